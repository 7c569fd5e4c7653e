import type { Cue, Span } from '../model/analysis';
import type { Attribution } from './cues';
import type { Entity } from './coref';
import type { ReadText, Sentence } from './document';
import type { QuoteSpan } from './quotes';
import { lastStartingAtOrBefore } from './quote-mask';
import { DOCUMENT_HEADS } from './organisations';
import { CUE_TIME_WORDS } from './cue-verbs';
import { stripPossessive } from './tokens';

/** A quotation with the source the engine settled on. */
export interface AttributedQuote {
  span: QuoteSpan;
  entity: Entity | null;
  speakerSpan: Span | null;
  cue: Cue | null;
  kind: 'direct' | 'partial';
  /** The attribution came from the quote's own sentence (not inherited from context). */
  ownCue: boolean;
}

export type EntityOf = (a: Attribution) => Entity | null;

const ENDS_INVITING_CUE = /[,!?—–-]$/; // “…,” he said / “…?” she asked / “…—” he added

/**
 * Attributes each quotation: a cue right after it ("“…,” the statement said"), else the last cue
 * before it in its sentence ("Leavitt said Mr. Trump was “truthing”"), else any cue after it in
 * the sentence; without one, the speaker of the previous quotation in the paragraph, of the
 * quotation it continues (multi-paragraph quotes), or the last source cited in this or the two
 * previous paragraphs.
 */
export function attributeQuotes(doc: ReadText, entityOf: EntityOf): AttributedQuote[] {
  const { text, sentences, quoteSpans } = doc;
  const out: AttributedQuote[] = [];
  for (let qi = 0; qi < quoteSpans.length; qi++) {
    const q = quoteSpans[qi]!;
    const s0 = sentences[sentenceAt(sentences, q.start)]!;
    const s1 = sentences[sentenceAt(sentences, Math.max(q.start, q.end - 1))]!;
    const inner = withoutNestedClose(text.slice(q.innerStart, q.innerEnd));
    const closeFollowedByComma = text[q.end] === ',';
    const invitesAfter = ENDS_INVITING_CUE.test(inner) || closeFollowedByComma;
    const nextQuoteStart = quoteSpans[qi + 1]?.start ?? Infinity;
    let after: Attribution | null = null;
    const ai = firstCueAtOrAfter(s1.attributions, q.end);
    const firstAfter = s1.attributions[ai];
    // A cue past the next quotation belongs to that one ("“A,” he said. … “B,” she said").
    // …unless it closes the sentence: "… “a great deal of weight” and … “grass-roots firepower” …, DFA spokesman Neil Sroka said."
    if (firstAfter && (firstAfter.cue.start < nextQuoteStart || (firstAfter.source && closesSentence(s1, firstAfter)))) after = firstAfter;
    let before: Attribution | null = null;
    for (let k = firstCueAtOrAfter(s0.attributions, q.start) - 1, seen = 0; k >= 0 && seen < 50; k--, seen++) {
      const a = s0.attributions[k]!;
      if (a.cue.end <= q.start && a.source) {
        before = outerSpeech(text, s0, k) ?? a;
        break;
      }
    }
    if (!after && s1.index + 1 < sentences.length) {
      // “Why's he attacking me?” Lee said. — the splitter ended the sentence at the quote.
      const ns = sentences[s1.index + 1]!;
      const a = ns.attributions[0];
      // (Near means the source or the cue, whichever opens the sentence: "“…?” Will Estrada, the party chairman, said.")
      const srcStart = a?.source?.[0]?.start ?? Infinity;
      if (ns.paragraph === s1.paragraph && a && a.source && Math.min(a.cue.start, srcStart) - q.end < 60 && a.cue.start < nextQuoteStart && /[.!?]$/.test(inner)) {
        // …but "“…” Reid said both men are “non-entities.”" opens a report of its own.
        // …and "“…?” Mills then writes back, “…”" introduces its own quotation.
        if ((a.inverted || srcStart - ns.start < 4) && !opensComplement(ns, a) && !introducesNext(text, a, nextQuoteStart, /^(?: back)?(?:\s*[,:])?\s*$/, 9)) after = a;
      }
    }
    let chosen: Attribution | null = null;
    // "… a “summer of agony” for Clinton …, said Brad Bannon, a pollster.": a closing attribution set off by a comma governs the whole sentence.
    // "“…,” Beck joked": the comma invites the cue right after it; one further on ("“…,” for instance, and Trump vowed") belongs to its own clause.
    // …but "After Lee said that … “less advanced schools,” Trump said: “…”": a cue that introduces the next quotation with a colon is that one's.
    if (after && before && before.source && introducesNext(text, after, nextQuoteStart)) after = null;
    const invited = invitesAfter && (!before || !before.source || (after !== null && startsRightAfter(text, q.end, after)));
    if (after && after.source && (invited || closesSentence(s1, after))) chosen = after;
    else if (before && before.source) chosen = before;
    // "… the “Super Tuesday” primary …, which he's expected to win, Jones said.": a cue inside a clause after the quotation
    // yields to the attribution that closes the sentence.
    else if (after && after.source) chosen = closingAfter(s1, ai) ?? after;
    // "Guns are “a crisis” and “stunt growth,” Howard Dean proclaimed …": with no cue of its own, a quotation takes the one its sentence ends with.
    else if (firstAfter && firstAfter.source && !before) chosen = firstAfter;
    // (The chosen cue may sit in the sentence after the quotation's: "“…?” Lee said, according to CNN.")
    if (chosen) chosen = outerAccordingTo(text, sentences[chosen.sentence] ?? s1, chosen);
    const kind = isSentenceStart(text, q.start, s0.start) ? 'direct' : 'partial';
    if (chosen) {
      const src = chosen.source!;
      out.push({
        span: q,
        entity: entityOf(chosen),
        speakerSpan: { start: src[0]!.start, end: src[src.length - 1]!.end },
        cue: { start: chosen.cue.start, end: chosen.cue.end, text: chosen.cue.text },
        kind,
        ownCue: true,
      });
    } else {
      out.push({ span: q, entity: null, speakerSpan: null, cue: null, kind, ownCue: false });
    }
  }
  inheritFromContext(doc, out, entityOf);
  return out;
}

/**
 * The quoted words without trailing space and the closing mark of a quotation nested at their end:
 * "“They asked, ‘Why now?’” Lee said." ends on "?" as far as the cue after it is concerned.
 */
function withoutNestedClose(inner: string): string {
  let end = inner.length;
  while (end > 0) {
    const c = inner.charCodeAt(end - 1);
    if (c === 0x2019 || c === 39 || c <= 32 || c === 0xa0) end--; // ’ ' and spaces
    else break;
  }
  return end === inner.length ? inner : inner.slice(0, end);
}

/** The attribution ends on a colon right before the next quotation: "Trump said: “…”". */
function introducesNext(text: string, a: Attribution, nextQuoteStart: number, gap = /^\s*:\s*$/, reach = 3): boolean {
  const end = Math.max(a.cue.end, a.source ? a.source[a.source.length - 1]!.end : 0);
  return nextQuoteStart - end <= reach && gap.test(text.slice(end, nextQuoteStart));
}

/** The attribution (its cue or source, whichever comes first) follows the quotation with only punctuation between. */
function startsRightAfter(text: string, at: number, a: Attribution): boolean {
  const first = Math.min(a.cue.start, a.source ? a.source[0]!.start : a.cue.start);
  return first - at <= 4 && /^[\s,;:!?.”"’—–-]*$/.test(text.slice(at, first));
}

/** Cues that report speech, whose complement clause may hold another cue ("Obama said he expected that Americans will say “no”", "prosecutors say that he told …", "the emails show that Lee asked …", "…, adding that Lee said: “…”"). */
const SPEECH_CUES: ReadonlySet<string> = new Set(['said', 'says', 'say', 'shows', 'adding', 'wrote', 'writes', 'told', 'added', 'noted', 'argued', 'insisted', 'claimed', 'recalled', 'explained', 'saying', 'arguing', 'noting', 'claiming', 'insisting']);

const CLAUSE_BREAK = /\b(?:as|when|after|while|because|before|since|and|but)\b/i;

/**
 * "Obama said he expected that Americans will say “no”": an attribution inside the complement of
 * an earlier speech cue in the sentence is reported by that cue's source, which PolNeAR takes.
 */
function outerSpeech(text: string, s: Sentence, k: number): Attribution | null {
  const inner = s.attributions[k]!;
  const innerStart = inner.source![0]!.start;
  let outer: Attribution | null = null;
  // Bounded: the few cues just before, within reach (a sentence may hold thousands).
  for (let m = k - 1; m >= Math.max(0, k - 6); m--) {
    const a = s.attributions[m]!;
    if (innerStart - a.cue.end > 200) break;
    if (!a.source || a.cueless || a.inverted || !SPEECH_CUES.has(a.cue.text.toLowerCase())) continue;
    // ("said that, according to its count, …": the comma that sets off an inner "according to" is inside the complement.)
    const between = isAccording(inner) ? text.slice(a.cue.end, inner.cue.start).replace(/\bthat\s*,\s*$/, 'that ') : text.slice(a.cue.end, innerStart);
    // Only inside the complement: not past a comma, a colon or a new clause ("…,” Cruz said as the heckler yelled").
    if (/[;:,“”"]/.test(between) || CLAUSE_BREAK.test(between)) continue;
    outer = a;
  }
  return outer;
}

/** The attribution after index `from` (a few at most) that closes the sentence, set off by a comma ("…, Jones said."), if any. */
function closingAfter(s: Sentence, from: number): Attribution | null {
  for (let k = from + 1; k < Math.min(s.attributions.length, from + 4); k++) {
    const a = s.attributions[k]!;
    if (a.source && !a.cueless && closesSentence(s, a)) return a;
  }
  return null;
}

/** Words an attribution may be followed by and still close its sentence ("said Bannon, a Democratic pollster and consultant."). */
const CLOSING_TAIL_WORDS = 8;

/**
 * The attribution ends its sentence and a comma (or dash) sets it off from what was said:
 * "…, said Brad Bannon, a Democratic pollster." / "…, DFA spokesman Neil Sroka said."
 */
function closesSentence(s: Sentence, a: Attribution): boolean {
  const toks = s.toks;
  const src = a.source!;
  const opener = a.inverted ? a.cue.start : src[0]!.start;
  const end = Math.max(a.cue.end, src[src.length - 1]!.end);
  // Binary search: a sentence may hold thousands of tokens and many quotations.
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < opener) lo = mid + 1;
    else hi = mid;
  }
  const k = lo;
  const before = toks[k - 1];
  if (!before || before.quoted || !(before.text === ',' || before.text === '—' || before.text === '–')) return false;
  let words = 0;
  // Bounded: a source phrase and a short tail are a few dozen tokens at most.
  const stop = Math.min(toks.length, k + 120);
  for (let i = k; i < stop; i++) {
    const t = toks[i]!;
    if (t.start < end) continue;
    if (t.quoted) return false;
    if (t.word && ++words > CLOSING_TAIL_WORDS) return false;
  }
  return stop === toks.length;
}

/** Words that open a reported clause right after "said": "Reid said both men …", "Lee said he …", "Lee said that …". */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'that', 'the', 'both', 'his', 'her', 'their', 'its', 'there', 'this', 'a', 'an']);

/** Cues whose object is the listener, not what was said: "told ITV", "asked the host". */
const OBJECT_CUES: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'told reporters']);

/** The cue (not inverted) is followed at once by a clause of its own, not by "in a statement", "Tuesday" or the end. */
function opensComplement(s: Sentence, a: Attribution): boolean {
  // "Trump told Britain’s ITV …", "she asked the host": these cues take their listener first.
  if (a.inverted || OBJECT_CUES.has(a.cue.text.toLowerCase())) return false;
  const toks = s.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < a.cue.end) lo = mid + 1;
    else hi = mid;
  }
  const next = toks[lo];
  if (!next || !next.word || next.quoted) return false;
  return COMPLEMENT_OPENERS.has(next.lower) || (next.cap && !CUE_TIME_WORDS.has(next.lower));
}

/**
 * "“…,” Sanders said, according to CNN." / "According to White House pool reports, Obama said “…”":
 * the speech reaches the article through the "according to" source, which PolNeAR takes as the source.
 */
function outerAccordingTo(text: string, s: Sentence, chosen: Attribution): Attribution {
  if (chosen.sentence !== s.index) return chosen;
  const attrs = s.attributions;
  const i = firstCueAtOrAfter(attrs, chosen.cue.start);
  if (attrs[i] !== chosen || isAccording(chosen)) return chosen;
  const next = attrs[i + 1];
  const chosenEnd = Math.max(chosen.cue.end, chosen.source![chosen.source!.length - 1]!.end);
  // ", according to CNN" after the cue clause ("Obama said of the families, according to a pool report"), or
  // "…, CNN reported." closing the sentence: the outlet the speech reached the article through.
  if (next && next.source && next.cue.start - chosenEnd < OUTER_REACH && !hasQuoteMark(text, chosenEnd, next.cue.start)) {
    // (…but "said Tuesday that according to its analysis, …": an "according to" inside the reported clause is the speaker's own.)
    if ((isAccording(next) && !opensReport(text, chosenEnd, next.cue.start)) || (REPORT_CUES.has(next.cue.text.toLowerCase()) && closesSentence(s, next))) return next;
  }
  // "According to X, Y said" opening the sentence.
  const first = attrs[0];
  if (first && first !== chosen && first.source && isAccording(first) && first.cue.start === s.toks[0]?.start) return first;
  return chosen;
}

/** How far after the cue clause an outer "according to X" may come ("said Monday in Cheyenne, according to audio provided by …"). */
const OUTER_REACH = 120;

/** Cues of an outlet relaying what was said: "…, CNN reported." / "…, reports USA Today." */
const REPORT_CUES: ReadonlySet<string> = new Set(['reported', 'reports']);

/** A "that" opening the reported clause stands between the cue and `to`: "said Tuesday that, according to …". */
function opensReport(text: string, from: number, to: number): boolean {
  return /\bthat\W*$/.test(text.slice(from, to));
}

function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '”') return true;
  }
  return false;
}

function isAccording(a: Attribution): boolean {
  return a.inverted && /^according\b/i.test(a.cue.text);
}

/** Index of the first attribution whose cue starts at or after `at` (attributions are in text order). */
function firstCueAtOrAfter(attrs: Attribution[], at: number): number {
  let lo = 0;
  let hi = attrs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attrs[mid]!.cue.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSentenceStart(text: string, at: number, sentenceStart: number): boolean {
  if (at <= sentenceStart) return true;
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return k < 0 || text[k] === ':' || text[k] === '\n';
}

/** Quotes with no cue of their own take the speaker their context gives them. */
function inheritFromContext(doc: ReadText, quotes: AttributedQuote[], entityOf: EntityOf): void {
  // Multi-paragraph quotations: a chain shares one speaker, whichever paragraph holds the cue.
  for (let i = 1; i < quotes.length; i++) {
    const prev = quotes[i - 1]!;
    const q = quotes[i]!;
    if (prev.span.openEnded && q.span.paragraph === prev.span.paragraph + 1 && q.span.start === doc.paragraphs[q.span.paragraph]!.start) {
      q.chainedTo = prev;
    }
  }
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    const prev = q.chainedTo;
    // …unless the paragraph above the chain introduces it with a colon ("As the newspaper reported, …: ¶ “…” ¶ “…,” the spokesman said"): the whole block is that source's.
    if (prev && !prev.entity && !prev.speakerSpan && q.speakerSpan && !introducedByColon(doc, prev)) copySpeaker(prev, q);
  }
  const attrs = doc.context;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.speakerSpan) continue;
    if (q.chainedTo?.speakerSpan) {
      copySpeaker(q, q.chainedTo);
      continue;
    }
    // "“…” ¶ - Bernie Sanders.": a credit line under the quotation's paragraph.
    const credit = dashCredit(doc, q.span.paragraph + 1);
    if (credit && q.span.end >= doc.paragraphs[q.span.paragraph]!.end - 2) {
      setFrom(q, credit, entityOf);
      continue;
    }
    // "Transcript as follows: ¶ “…”" / "17-year-old Jared Potts echoed: ¶ “…”": a paragraph ending in a colon introduces the quotation below it.
    const intro = q.span.start === doc.paragraphs[q.span.paragraph]?.start ? colonIntroduction(doc, q.span.paragraph - 1) : null;
    if (intro) {
      setFrom(q, intro, entityOf);
      continue;
    }
    // "He rails against its “Great Wall of Protectionism”": the subject of the quote's own sentence.
    // …and "Trump leaned in and boomed: “…”": a whole sentence quoted after its introducing clause.
    const ownSentence = doc.sentences[Math.max(0, lastStartingAtOrBefore(doc.sentences, q.span.start))]!;
    const own = q.kind === 'partial' || q.span.start > ownSentence.start + 1 ? ownSentence.subject : null;
    // …and "A footnote in the report makes that clear: “…”": a clause ending in a colon right before the quotation names its source.
    if (own && own.source && own.cue.end <= q.span.start && (entityOf(own) || ownIsWriting(own) || colonClause(doc.text, own, q.span.start))) {
      setFrom(q, own, entityOf);
      continue;
    }
    const prev = quotes[i - 1];
    if (prev && prev.speakerSpan && prev.span.paragraph === q.span.paragraph) {
      copySpeaker(q, prev);
      continue;
    }
    // The last source cited (or sentence subject) before the quote, in its paragraph or the two before.
    const a = lastAttributionBefore(attrs, q.span.start, q.span.paragraph - 2, entityOf);
    if (a && a.source) {
      const src = a.source;
      q.entity = entityOf(a);
      q.speakerSpan = { start: src[0]!.start, end: src[src.length - 1]!.end };
    } else if (prev && prev.speakerSpan && prev.span.paragraph === q.span.paragraph - 1) copySpeaker(q, prev);
  }
}

/** The quotation opens a chain (or is one) under a paragraph that ends in a colon and cites a source. */
function introducedByColon(doc: ReadText, q: AttributedQuote): boolean {
  let head = q;
  for (let n = 0; head.chainedTo && n < 50; n++) head = head.chainedTo;
  return head.span.start === doc.paragraphs[head.span.paragraph]?.start && colonIntroduction(doc, head.span.paragraph - 1) !== null;
}

/** The source of a paragraph that ends in a colon: its last cited source, else its subject ("Partial transcript as follows:"). */
function colonIntroduction(doc: ReadText, paragraph: number): Attribution | null {
  const p = doc.paragraphs[paragraph];
  if (!p || !doc.text.slice(p.start, p.end).trimEnd().endsWith(':')) return null;
  const s = doc.sentences[lastStartingAtOrBefore(doc.sentences, p.end - 1)];
  if (!s || s.paragraph !== paragraph) return null;
  for (let k = s.attributions.length - 1; k >= 0; k--) if (s.attributions[k]!.source) return s.attributions[k]!;
  return s.subject?.source ? s.subject : null;
}

/** The "- Bernie Sanders." credit that makes up a whole paragraph, if this paragraph is one. */
function dashCredit(doc: ReadText, paragraph: number): Attribution | null {
  const p = doc.paragraphs[paragraph];
  if (!p) return null;
  const s = doc.sentences[lastStartingAtOrBefore(doc.sentences, p.start)];
  if (!s || s.paragraph !== paragraph) return null;
  const a = s.attributions[0];
  return a && a.source && a.cue.start === s.toks[0]?.start && /^[-–—]$/.test(a.cue.text) ? a : null;
}

/** The subject's clause runs to a colon right before the quotation, no comma between ("Each election cycle, there’s a threat:" is not one). */
function colonClause(text: string, own: Attribution, at: number): boolean {
  const from = own.source![own.source!.length - 1]!.end;
  return /:\s*$/.test(text.slice(at - 3, at)) && at - from < 200 && !text.slice(from, at).includes(',');
}

/** "The statement talked about …", "Hoff’s letter makes a case: “…”": a document subject is the source as written, even unresolved. */
function ownIsWriting(a: Attribution): boolean {
  const head = a.source![a.head]!;
  return !head.cap && DOCUMENT_HEADS.has(stripPossessive(head.lower));
}

function copySpeaker(to: AttributedQuote, from: AttributedQuote): void {
  to.entity = from.entity;
  to.speakerSpan = from.speakerSpan;
}

function setFrom(q: AttributedQuote, a: Attribution, entityOf: EntityOf): void {
  const src = a.source!;
  q.entity = entityOf(a);
  q.speakerSpan = { start: src[0]!.start, end: src[src.length - 1]!.end };
}

function lastAttributionBefore(attrs: Attribution[], at: number, minParagraph: number, entityOf: EntityOf): Attribution | null {
  let lo = 0;
  let hi = attrs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (attrs[mid]!.cue.end <= at) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = ans; k >= 0 && ans - k < 50; k--) {
    const a = attrs[k]!;
    if (a.paragraph < minParagraph) return null;
    if (!a.source) continue;
    if (!a.cueless) return a;
    // A cueless sentence subject carries over only when it is a person or an organisation ("Clinton touted …"), not "the plan".
    const e = entityOf(a);
    if (e && (e.kind === 'person' || e.kind === 'organization')) return a;
  }
  return null;
}

export interface AttributedQuote {
  /** The open-ended quotation in the paragraph before that this one continues. */
  chainedTo?: AttributedQuote;
}

/** Index of the sentence holding offset i (the first when none starts before it). */
function sentenceAt(sentences: readonly Span[], i: number): number {
  return Math.max(0, lastStartingAtOrBefore(sentences, i));
}
