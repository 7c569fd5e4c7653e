import type { ReadText } from './document';
import { lastStartingAtOrBefore } from './quote-mask';
import { quoteShape, quoteSurroundings, sentenceHasSpeechWord, type QuoteSurroundings } from './quote-signals';
import type { QuoteSpan } from './quotes';
import type { AttributedQuote } from './speakers';

/**
 * Is this quotation reported speech, or marks around a word, a title or a nickname? Titles
 * (MSNBC’s “Morning Joe,”), nicknames (Dwayne “The Rock” Johnson), words after "so-called", and
 * quotes inside a headline are not reported. Short quotes with no cue are kept: in news copy most
 * of them are someone's words ("called the meeting “perfunctory”"). Each test below was kept only
 * when, on the PolNeAR train split, it removed more scare quotes than it lost quotations.
 */
export function reportedSpeechFilter(doc: ReadText): (q: AttributedQuote) => boolean {
  // Whether each paragraph asked about is a headline, read once.
  const headlines = new Map<number, boolean>();
  // Where an article quotes mostly with double marks, a single-marked phrase is a headline's or a
  // term's; where single marks are its main style (British copy), they are its quotations.
  let doubles = 0;
  let singles = 0;
  for (const s of doc.quoteSpans) {
    if (s.mark === 'single') singles++;
    else if (s.mark === 'curly' || s.mark === 'straight') doubles++;
  }
  const usesDoubleMarks = doubles > 0 && doubles >= singles;
  // Quotations are filtered in text order: the end of the last one set aside, for lists of titles.
  let droppedEnd = -1;
  return (q) => {
    const keep = isReportedSpeech(doc, q, headlines, usesDoubleMarks, droppedEnd);
    if (!keep) droppedEnd = q.span.end;
    return keep;
  };
}

/** Paragraph i is a headline (isHeadline), read once into `headlines`. A module function: a closure made per article cost more than the call. */
function isHeadlineParagraph(doc: ReadText, headlines: Map<number, boolean>, i: number): boolean {
  let v = headlines.get(i);
  if (v === undefined) {
    v = isHeadline(doc.text, doc.paragraphs[i]!);
    headlines.set(i, v);
  }
  return v;
}

/** A title-cased name, a colon and a capitalised subtitle: “Harbour Wars: Episode II”, “Backfire: The Battle”. */
const TITLE_AND_SUBTITLE = /^[^:.!?]{2,40}: \p{Lu}[^:.!?]*$/u;

/** Only a comma, "and" or "or" between the end of the quotation before and `start`: the next item of a list. */
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/;

function isReportedSpeech(
  doc: ReadText,
  q: AttributedQuote,
  headlines: Map<number, boolean>,
  usesDoubleMarks: boolean,
  droppedEnd: number,
): boolean {
  const shape = quoteShape(doc.text, q.span);
  if (shape.words === 0) return false;
  // Glued to a hyphen and a word, it is part of a compound modifier: “moan”-worthy headlines.
  if (doc.text[q.span.end] === '-' && LETTER.test(doc.text[q.span.end + 1] ?? '')) return false;
  if (isHeadlineParagraph(doc, headlines, q.span.paragraph)) return false;
  if (q.span.mark === 'single' && usesDoubleMarks) return false; // Mayor defends ‘harbour values’ in speech
  // A long title, after a word naming the work or before its author: in her book “Backfire: The Battle
  // for the Soul of the Harbour Board.”; according to “Perfect Enough: Ann Roe and the Reinvention of the Port” by Jo Lee.
  if (shape.longTitle && isLongWorkTitle(quoteSurroundings(doc, q, shape))) return false;
  // A cued quotation longer than any title, not ending in a headline's comma: none of the tests below apply.
  if (q.ownCue && shape.words > 8 && !shape.endsComma) return true;
  // Each of these is read only when asked (quoteSurroundings): the cheap tests of the quotation go first.
  const s = quoteSurroundings(doc, q, shape);
  if (s.headlineByline) return false;
  if (s.afterByline) return false; // …," by the Gazette's Ann Roe: “Excerpt of the linked story …”
  if (s.beforeDate) return false; // “No to tolls” (2009) — “Yes to trams” (2012): dated posters, slogans, works
  // so-called “open” meetings, the pseudonym “Harbour Watcher”: a term or a name, whoever else speaks in the sentence
  if (shape.words <= 4 && s.afterScareWord) return false;
  if (!q.ownCue && excerptAfterWriter(doc, q.span)) return false; // From Ann Roe writing at the Gazette: “Excerpt …
  if (shape.titleCase) {
    if (s.afterPossessive) return false; // ABC’s “Good Morning America”
    // A work's title and its subtitle, with no cue of its own: “Harbour Wars: Episode II” could be the most secretive.
    if (!q.ownCue && shape.words <= 8 && TITLE_AND_SUBTITLE.test(doc.text.slice(q.span.innerStart, q.span.innerEnd))) return false;
    // the next title of a list whose first was set aside: appeared on “The View” and “Late Night Live.”
    if (droppedEnd >= 0 && q.span.start - droppedEnd <= 8 && LIST_GAP.test(doc.text.slice(droppedEnd, q.span.start))) return false;
    if (s.afterTitleWord) return false; // the TLC reality show “Cake Boss.”, her memoir, “Open Roads,”
    if (s.beforeTitleRole) return false; // the “Harbour Nights” star posted
    if (s.betweenNames) return false; // Dwayne “The Rock” Johnson
    // said in an interview with “Fox News Sunday.”; but not an exclamation, as in chants of “Go Roe! Go Roe!”
    if (q.ownCue && s.afterVenueWord && !endsInExclamationOrQuestion(doc.text, q.span)) return false;
    // a “Talk Bernie to Me” tote bag; but the “Gone Fishing” remark is someone's words
    if (!q.ownCue && s.beforeNoun && !s.beforeSpeechNoun) return false;
    if (!shape.endsSentence && !q.ownCue && shape.words <= 3 && q.kind === 'partial' && s.afterArticleOrPlace && !(s.beforeNoun && s.beforeSpeechNoun)) return false; // on “Saturday Night Live”; not the “Gone Fishing” remark
  }
  // A poll's answer after the share who gave it: Thirty percent of riders “strongly agree” that…
  if (!q.ownCue && shape.words <= 4 && s.afterPercent) return false;
  // A slogan on the sign, shirt or hat that carries it: waved their “Vote Green” signs.
  if (s.beforeSloganCarrier) return false;
  // A modifier nobody is said to have used: the “warm-up” debate, the “safe streets” issue.
  if (!q.speakerSpan && s.beforeNoun) return false;
  // One word opening a sentence, with no cue: a term under discussion (“Containment” has been the policy),
  // unless it is an exclamation or a question, which someone uttered (“Never!” the crowd roared back).
  if (!q.ownCue && q.kind === 'direct' && shape.words === 1 && !endsInExclamationOrQuestion(doc.text, q.span)) return false;
  // A short phrase as its sentence's subject, the sentence going on in lowercase: But “gridlock” is…, The “flex” plan…
  if (!q.ownCue && shape.words <= 4 && s.subjectSlot && !s.beforeSpeechNoun) return false;
  // A modifier in a noun phrase, in a sentence with no word of saying at all: a “harmony” dinner, the party's “insider” candidate.
  if (!q.ownCue && s.beforeNoun && s.afterDeterminer && !s.beforeSpeechNoun && !sentenceHasSpeechWord(doc, q.span.start)) return false;
  // One word inside a sentence with no word of saying, credited only to a source cited in an earlier
  // paragraph: the writer's term (a regional “divergence” between the ferry routes), not that source's word.
  if (!q.ownCue && q.kind === 'partial' && shape.words === 1 && !s.beforeSpeechNoun && speakerBeforeParagraph(doc, q) && !sentenceHasSpeechWord(doc, q.span.start)) return false;
  // A short title-cased phrase with no speaker found anywhere around it, no cue and no word of saying
  // in its sentence: the name of a group, a show or a slogan (the PAC “Keep the Promise” has become…).
  if (shape.titleCase && !q.ownCue && !q.speakerSpan && q.kind === 'partial' && shape.words >= 2 && shape.words <= 4 && !s.beforeSpeechNoun && !sentenceHasSpeechWord(doc, q.span.start)) return false;
  return true;
}

function isLongWorkTitle(s: QuoteSurroundings): boolean {
  return s.afterTitleWord || s.beforeAuthor;
}

/** The quotation's words end in ! or ? (before any closing mark or comma): an utterance, not a term. */
function endsInExclamationOrQuestion(text: string, s: QuoteSpan): boolean {
  let i = s.innerEnd - 1;
  while (i > s.innerStart && CLOSING_MARKS.has(text[i]!)) i--;
  return text[i] === '!' || text[i] === '?';
}

/** A letter. A module constant (esbuild, as tsx runs it, compiles a \p{…} literal to `new RegExp`). */
const LETTER = /\p{L}/u;

/** What may follow the words' last character inside the marks: a closing mark, a space, a comma (“Go Roe!,” she said). */
const CLOSING_MARKS = new Set(['”', '"', '’', "'", ' ', ',']);

/**
 * The quotation opens its paragraph, in a run of quoted paragraphs after a line introducing a
 * writer's article ("From Ann Roe writing at the Gazette:"): an aggregator's excerpt, not speech.
 */
function excerptAfterWriter(doc: ReadText, s: QuoteSpan): boolean {
  const { text, paragraphs } = doc;
  if (s.start !== paragraphs[s.paragraph]!.start) return false;
  // Bounded: an excerpt of a dozen paragraphs at most.
  for (let k = s.paragraph - 1; k >= 0 && k >= s.paragraph - 12; k--) {
    const p = paragraphs[k]!;
    if (!'"“‘'.includes(text[p.start]!)) return p.end - p.start < 120 && WRITER_LEAD.test(text.slice(p.start, p.end));
  }
  return false;
}

/** Not "Justice Roe, writing for the majority:" nor "writing in an email:", which introduce someone's words. */
const WRITER_LEAD = /^From\s.*\swriting (?:at|for|in)\s[^:]*:$/;

/** The quotation's speaker was found in an earlier paragraph, not in its own. */
function speakerBeforeParagraph(doc: ReadText, q: AttributedQuote): boolean {
  return q.speakerSpan !== null && lastStartingAtOrBefore(doc.paragraphs, q.speakerSpan.start) < q.span.paragraph;
}

/** A capitalised word, after an opening mark. A module constant (esbuild, as tsx runs it, compiles a \p{…} literal to `new RegExp`: inside a function it was rebuilt on every call). */
const CAPITALISED_WORD = /^[‘“"']?\p{Lu}/u;

/** Ends in . ! or ?, with one closing mark " ” ’ after it or none (/[.!?]["”’]?$/ by char code: an end-anchored regex tries every start). */
export function endsInStop(s: string): boolean {
  const n = s.length;
  let c = s.charCodeAt(n - 1);
  if (c === 34 || c === 0x201d || c === 0x2019) c = s.charCodeAt(n - 2);
  return c === 46 || c === 33 || c === 63;
}

/** Ends in ’ or ', with a period after it or none (/[’']\.?$/ by char code). */
export function endsInApostrophe(s: string): boolean {
  const n = s.length;
  let c = s.charCodeAt(n - 1);
  if (c === 46) c = s.charCodeAt(n - 2);
  return c === 0x2019 || c === 39;
}

/** A headline: a short paragraph with no final period where most words are capitalised. */
function isHeadline(text: string, p: { start: number; end: number }): boolean {
  if (p.end - p.start > 220) return false;
  const para = text.slice(p.start, p.end);
  if (endsInStop(para) && !endsInApostrophe(para)) {
    // Headlines may still end in a quoted sentence: ‘This Cannot Continue.’
    if (!/[‘’]/.test(para)) return false;
  }
  const words = para.split(/\s+/).filter((w) => /^[\p{L}‘“"']/u.test(w) && w.replace(/^[‘“"']/, '').length > 3);
  if (words.length < 3) return false;
  const caps = words.filter((w) => CAPITALISED_WORD.test(w)).length;
  return caps / words.length >= 0.75;
}
