import type { AnonymousItem } from '../model/analysis';
import { CLAUSE_OPENERS, CLAUSE_SUBJECTS, POSSESSIVE_LEADS, POSSESSIVE_SUBJECT_AFTER, DIRECTIVE_CUES, NO_CLAIM_CUES, TELLING_CUES, EXCERPT_CUES, FINDING_WORDS, GRANT_HINT, INCLUDING_MARKS, GRANT_PATTERNS, NO_INFORMATION, EXPERT_VIEWS, ON_THE_RECORD, POLLS_FIND, UNCUED_HINT, VAGUE_HINT, VAGUE_PHRASES, PLAIN_UNNAMED_PHRASES, UNNAMED_HINT, UNNAMED_PHRASES } from './anonymity-phrases';
import type { Attribution } from './cues';
import type { Entity } from './coref';
import type { ReadText, Sentence } from './document';
import { describesSomeone, judgeSource, namedPoll, namesBefore, plainPeople, type SourceVerdict } from './anonymous-source';
import { anyOf } from './any-pattern';
import { EXPERT_TRIGGERS, GRANT_TRIGGERS, PLAIN_UNNAMED_TRIGGERS, POLL_TRIGGERS, UNNAMED_TRIGGERS, VAGUE_TRIGGERS } from './anonymity-triggers';
import { tableTriggers } from './phrase-triggers';
import { lastStartingAtOrBefore } from './quote-mask';
import type { Token } from './tokens';
import type { AttributedQuote, EntityOf } from './speakers';

export interface FoundAnonymous {
  start: number;
  end: number;
  kind: AnonymousItem['kind'];
  entity: Entity | null;
  confidence: 'high' | 'low';
}

/** Longest sentence the phrase tables are run on; past it only the opening is read (keeps hostile input linear). */
const MAX_SENTENCE = 4000;

/** The phrase tables, each asked whether any of its patterns matches a sentence (one scan per flag set, see anyOf). */
const ANY_GRANT = anyOf(GRANT_PATTERNS);
const ANY_PLAIN_UNNAMED = anyOf(PLAIN_UNNAMED_PHRASES);
const ANY_UNNAMED = anyOf(UNNAMED_PHRASES);
const ANY_VAGUE = anyOf(VAGUE_PHRASES);

/**
 * Which of the tables a sentence's words allow it to match (a bit each): most sentences hold none
 * of the words every match of a table needs, and skip that table, its hints included, unread.
 */
export const tablesAllowedBy = tableTriggers([GRANT_TRIGGERS, PLAIN_UNNAMED_TRIGGERS, UNNAMED_TRIGGERS, VAGUE_TRIGGERS, POLL_TRIGGERS, EXPERT_TRIGGERS]);
const GRANT = 1;
const PLAIN_UNNAMED = 2;
const UNNAMED = 4;
const VAGUE = 8;
const POLLS = 16;
const EXPERTS = 32;
/** A sentence cut at MAX_SENTENCE may end inside a word its tokens hold whole: every table is tried. */
const ALL_TABLES = GRANT | PLAIN_UNNAMED | UNNAMED | VAGUE | POLLS | EXPERTS;

/** Shared empty list for sentences no quotation starts or ends in (no allocation per sentence). */
const NO_QUOTES: readonly AttributedQuote[] = [];

/** How far back (characters) "the person added" still reaches the last unnamed source. */
const BACK_REFERENCE_REACH = 1500;

/**
 * What the sentences read so far leave for the next ones: the last withheld source and where it
 * was cited, where a named one last was, and the quotation whose further words it still speaks.
 */
interface Trail {
  lastUnnamed: Entity | null;
  /** Where the last sentence resting on an unnamed source starts, and its index. */
  lastSeenAt: number;
  lastSeenSentence: number;
  /** The index of the last sentence that states or explains anonymity. */
  lastGrantSentence: number;
  /** Where the last sentence citing a named source starts. */
  lastNamedAt: number;
  /** Unnamed sources some sentence has rested on. */
  withheldEntities: Set<Entity>;
  /** The last quotation cued to a withheld source. */
  carry: AttributedQuote | null;
  /** Where the withheld source's words (that quotation or one continuing it) end. */
  carryEnd: number;
  carryEntity: Entity | null;
  carryConfidence: 'high' | 'low';
}

/** What one sentence's cues say of its sources. */
interface SentenceSources {
  unnamed: Entity | null;
  /** An unnamed source this sentence rests on, even one no entity stands for. */
  withheld: boolean;
  /** Where its source phrase starts. */
  withheldAt: number;
  confidence: 'high' | 'low';
  group: Entity | null;
  /** A generic group is a cue's source (its entity, `group`, may be unknown). */
  grouped: boolean;
  /** The group has a cue of its own, apart from any named source's ("Although Reynolds says …, others argue …"). */
  groupApart: boolean;
  named: boolean;
  /** A named source's own words: a cue other than a reporter's "wrote", "reported". */
  namedSpeaks: boolean;
  /** Where the first named speaker's cue ends: an unnamed subject past it is inside their words. */
  namedCueEnd: number;
  /** A source this sentence's cue reads as someone named before ("The lawmaker said") or as no subject ("her claim"): not withheld in its quotation either. */
  notWithheld: Entity | null;
  /** Where the last cue of this sentence resting on no unnamed source ends ("about half said they think …": "they" is that subject). */
  otherCueEnd: number;
}

/** Why a sentence is a finding, which decides what later sentences may carry on from it. */
type FindingReason = 'grant' | 'withheld' | 'phrase' | 'group';

/**
 * Anonymous sourcing, one sentence at a time: a sentence that explains anonymity is an
 * anonymity-grant; one whose cue rests on an unnamed source is unnamed-source; one whose source
 * is a generic group is vague. A named person or organisation on the record never counts.
 */
export function findAnonymous(doc: ReadText, entityOf: EntityOf, quotes: AttributedQuote[] = []): FoundAnonymous[] {
  const out: FoundAnonymous[] = [];
  const quotedBy = sentencesQuotingWithheldSources(doc, quotes);
  // Quotations by the sentence they start in and the one they end in, for carrying a withheld source over its further words.
  const startingIn = new Map<number, AttributedQuote[]>();
  const endingIn = new Map<number, AttributedQuote[]>();
  for (const q of quotes) {
    push(startingIn, lastStartingAtOrBefore(doc.sentences, q.span.start), q);
    push(endingIn, lastStartingAtOrBefore(doc.sentences, q.span.end - 1), q);
  }
  const trail: Trail = { lastUnnamed: null, lastSeenAt: -Infinity, lastSeenSentence: -Infinity, lastGrantSentence: -Infinity, lastNamedAt: -Infinity, withheldEntities: new Set(), carry: null, carryEnd: -1, carryEntity: null, carryConfidence: 'high' };
  for (const s of doc.sentences) {
    const src = readSources(s, entityOf, trail, doc.text);
    if (src.named) trail.lastNamedAt = s.start;
    carryOnWithheldWords(s, src, trail, startingIn.get(s.index) ?? NO_QUOTES, doc);
    creditQuotedSource(s, src, trail, quotedBy.get(s.index), doc.text);
    if (src.unnamed) {
      trail.lastUnnamed = src.unnamed;
      trail.withheldEntities.add(src.unnamed);
    }
    if (src.withheld) markWithheldSeen(trail, s);
    const reason = findingIn(doc, s, src, trail, out);
    // A sentence that states anonymity or names an unnamed source in a phrase is one later back-references reach.
    if (reason === 'grant' || reason === 'phrase') markWithheldSeen(trail, s);
    if (reason === 'grant') trail.lastGrantSentence = s.index;
    startCarry(trail, endingIn.get(s.index) ?? NO_QUOTES, reason === 'grant' || reason === 'withheld', src.unnamed, out[out.length - 1]?.confidence ?? 'high');
  }
  return out;
}

/** Sentences holding a quotation that an unnamed source gave ("“…,” a source said. “More words.”"), with that source. */
function sentencesQuotingWithheldSources(doc: ReadText, quotes: AttributedQuote[]): Map<number, Entity> {
  const quotedBy = new Map<number, Entity>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (!q.entity?.anonymous || plainPeople(q.entity)) continue;
    // Only a quotation cued to the source, or the next one in the same paragraph ("“…,” a source said. “…”").
    const prev = quotes[i - 1];
    const cued =
      q.ownCue ||
      (prev !== undefined && prev.entity === q.entity && prev.span.paragraph === q.span.paragraph && prev.ownCue) ||
      // "“…,” one aide said. ¶ “We lost.”": a paragraph that opens on the same source's words, carried on from the one before.
      (prev !== undefined && prev.entity === q.entity && (prev.ownCue || prev.span.openEnded) && q.span.paragraph === prev.span.paragraph + 1 && q.span.start === doc.paragraphs[q.span.paragraph]?.start);
    if (!cued) continue;
    const si = lastStartingAtOrBefore(doc.sentences, q.span.start);
    if (si >= 0 && !quotedBy.has(si)) quotedBy.set(si, q.entity);
  }
  return quotedBy;
}

/** Each cue of the sentence, its source judged in the light of the sentences before, added up. */
function readSources(s: Sentence, entityOf: EntityOf, trail: Trail, text: string): SentenceSources {
  const src: SentenceSources = { unnamed: null, withheld: false, withheldAt: s.start, confidence: 'low', group: null, grouped: false, groupApart: false, named: false, namedSpeaks: false, namedCueEnd: Infinity, notWithheld: null, otherCueEnd: -1 };
  for (const a of s.attributions) addVerdict(src, a, verdictInContext(judgeSource(a, entityOf(a), s.toks), a, s, src, trail, text), s, trail);
  return src;
}

/** `v`, the source read alone, corrected by what the sentence and the ones before make of it. */
function verdictInContext(v: SourceVerdict, a: Attribution, s: Sentence, src: SentenceSources, trail: Trail, text: string): SourceVerdict {
  // "About half said [that] they think …": the pronoun subject of a clause another cue reports is that cue's subject.
  const embedded = src.otherCueEnd >= 0 && a.source?.length === 1 && CLAUSE_SUBJECTS.has(a.source[0]!.lower) && a.source[0]!.start >= src.otherCueEnd && wordsBetween(s.toks, src.otherCueEnd, a.source[0]!.start) <= 1;
  if (embedded) v = { type: 'none' };
  // "… he said, on condition of anonymity. ¶ “Not even one,” he said.": a pronoun opening its clause right after a sentence stating anonymity is the source it hid, whoever else the pronoun might stand for.
  else if (s.index - trail.lastGrantSentence === 1 && a.source?.length === 1 && (a.source[0]!.lower === 'he' || a.source[0]!.lower === 'she' || a.source[0]!.lower === 'they') && opensClause(s.toks, a) && !namesBefore(s.toks, a.source[0]!)) v = { type: 'backref' };
  // "They said …", "…, they said": a "they" opening its clause; "how much they expected" inside another clause is someone else.
  else if (v.type === 'near') v = s.index - trail.lastSeenSentence <= 1 && opensClause(s.toks, a) ? { type: 'backref' } : { type: 'none' };
  // "… showing how much they expected": a pronoun inside another clause is no new cue of the unnamed source it resolves to.
  if (v.type === 'unnamed' && a.source?.length === 1 && CLAUSE_SUBJECTS.has(a.source[0]!.lower) && !opensClause(s.toks, a)) v = { type: 'none' };
  // "About 7 in 10 voters say …, based on an AP-NORC poll": the share is a named pollster's finding, on the record.
  if (v.type === 'group' && namedPoll(s.toks)) v = { type: 'none' };
  // "As voters went to the polls …", "Democrats are expected to follow …": a generic group's act, not a claim of theirs.
  if (v.type === 'group' && NO_CLAIM_CUES.has(a.cue.text.toLowerCase()) && !a.source?.some((t) => FINDING_WORDS.has(t.lower))) v = { type: 'none' };
  // "Several candidates, including Ann Lee, said …", "Intelligence officials — including Adm. Ray Cole — argued …": named people stand for the group.
  if ((v.type === 'group' || v.type === 'unnamed') && a.source && !a.inverted && namedMembersFollow(s.toks, a.source)) v = { type: 'named' };
  // "Party officials urged surrogates to …": a directive the unnamed group gave, not information it gave the reporter.
  if (v.type !== 'named' && v.type !== 'group' && v.type !== 'none' && (DIRECTIVE_CUES.has(a.cue.text.toLowerCase()) || toldTo(s.toks, a))) v = { type: 'none' };
  // "a diplomat said … “…,” Admiral Harris said. … he wrote": a named source cited since the withheld one more likely is "he".
  if (v.type === 'unnamed' && a.source?.length === 1 && (a.source[0]!.lower === 'he' || a.source[0]!.lower === 'she') && trail.lastNamedAt > trail.lastSeenAt) v = { type: 'none' };
  // "A senior official said … He said …": a "he" opening its sentence is the unnamed source only when that source was cited in the sentence just before ("… Obama's announcement. He announced …" is not a spokeswoman cited earlier).
  else if (v.type === 'unnamed' && a.source?.length === 1 && a.source[0] === s.toks[0] && (a.source[0]!.lower === 'he' || a.source[0]!.lower === 'she') && !(v.entity === trail.lastUnnamed && s.index - trail.lastSeenSentence <= 1)) v = { type: 'none' };
  // "A lawmaker is calling for a ban. … Joey Salceda said … The lawmaker said": a description of someone introduced, never as a withheld source, before a named one was cited, is that named person.
  if (v.type === 'unnamed' && v.entity && !trail.withheldEntities.has(v.entity) && renamed(a, v.entity, trail.lastNamedAt)) {
    src.notWithheld = v.entity;
    v = { type: 'none' };
  }
  if (v.type === 'weak') {
    if (lastWithheldReaches(s.start, v.entity, trail.lastSeenAt, trail.lastNamedAt, text)) v = { type: 'unnamed', entity: v.entity, confidence: v.entity.confidence };
    else v = { type: 'none' };
  }
  // "the changes his aides have asked for", "between her claim that …": a possessive source right after a noun or a preposition is inside a phrase, not a clause's subject.
  if (v.type === 'unnamed' && !a.inverted && a.source && POSSESSIVE_LEADS.has(a.source[0]!.lower) && !opensPossessiveClause(s.toks, a)) {
    src.notWithheld = v.entity; // nor is the quotation it holds ("her claim that she “never sent …”")
    v = { type: 'none' };
  }
  // "Mr. Trump said his advisers had told him …": the unnamed advisers are inside a named speaker's account.
  if (v.type === 'unnamed' && !a.inverted && a.source && insideWordsOf(s.toks, src.namedCueEnd, a.source)) v = { type: 'none' };
  return v;
}

/** One cue's verdict added to what the sentence's sources are. */
function addVerdict(src: SentenceSources, a: Attribution, v: SourceVerdict, s: Sentence, trail: Trail): void {
  if (v.type === 'backref' && s.start - trail.lastSeenAt < BACK_REFERENCE_REACH) {
    src.unnamed ??= trail.lastUnnamed;
    src.withheld = true;
    src.confidence = trail.lastUnnamed?.confidence ?? 'high';
  } else if (v.type === 'unnamed') {
    src.unnamed ??= v.entity;
    if (!src.withheld && a.source) src.withheldAt = a.source[0]!.start;
    if (!src.withheld || v.confidence === 'high') src.confidence = v.confidence;
    src.withheld = true;
  } else if (v.type === 'group') {
    src.group ??= v.entity;
    src.grouped = true;
    // "Although Reynolds says …, others argue …" (a group with its own cue) vs "Edwards and others said" (one source).
    // "Lee added that some Democrats have called her": a group right after a named speaker's cue is inside their words.
    if (a.source && !a.inverted && !v.crowd && s.toks[a.sourceAt - 1]?.lower !== 'and' && !insideWordsOf(s.toks, src.namedCueEnd, a.source)) src.groupApart = true;
  } else if (v.type === 'named') {
    src.named = true;
    if (!EXCERPT_CUES.has(a.cue.text)) src.namedSpeaks = true; // as written: the cues are lowercase but for a rare sentence-opening "Wrote"
    if (!a.inverted) src.namedCueEnd = Math.min(src.namedCueEnd, a.cue.end);
  }
  if (v.type !== 'unnamed' && v.type !== 'backref') src.otherCueEnd = a.cue.end;
}

/** "“…,” one aide said. “We lost. It is over.”": more words of the withheld source, in its own quotation or the next one it gives, rest on it. */
function carryOnWithheldWords(s: Sentence, src: SentenceSources, trail: Trail, starting: readonly AttributedQuote[], doc: ReadText): void {
  let continued = s.start < trail.carryEnd;
  for (const q of starting) {
    if (trail.carry && continues(q, trail.carry, doc)) {
      continued = true;
      trail.carry = q;
      trail.carryEnd = Math.max(trail.carryEnd, q.span.end);
    }
  }
  if (!src.withheld && !src.named && continued) {
    src.unnamed = trail.carryEntity;
    src.withheld = true;
    src.confidence = trail.carryConfidence;
  }
}

/** A sentence with no other withheld source rests on the unnamed source of a quotation it holds (`quoted`), unless that source is someone named after all. */
function creditQuotedSource(s: Sentence, src: SentenceSources, trail: Trail, quoted: Entity | undefined, text: string): void {
  // "Ann Lee said … “…,” said the former aide to the governor.": a definite description of a role points back to someone named, unless a withheld source was just cited.
  if (quoted && (quoted === src.notWithheld || (describesSomeone(quoted, text) && !lastWithheldReaches(s.start, quoted, trail.lastSeenAt, trail.lastNamedAt, text)))) return;
  if (!src.withheld && quoted) {
    src.unnamed = quoted;
    src.withheld = true;
    src.confidence = quoted.confidence;
  }
}

function markWithheldSeen(trail: Trail, s: Sentence): void {
  trail.lastSeenAt = s.start;
  trail.lastSeenSentence = s.index;
}

/** The sentence as a finding, pushed to `out`, and why it is one (or null: it is none). */
function findingIn(doc: ReadText, s: Sentence, src: SentenceSources, trail: Trail, out: FoundAnonymous[]): FindingReason | null {
  const sentence = doc.text.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE));
  // The hints, a first test before the phrase tables read `sentence`, read the one-byte copy (faster):
  // it holds every character they match (’ as ', and they take ’ and ' alike).
  const hinted = doc.latin1.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE));
  // The phrase tables describe a cue ("said", "according to", "show"), which the cue reader found even when it missed the source; skipping cueless sentences keeps them cheap.
  const cued = s.attributions.length > 0;
  // A table the sentence's words rule out is not run, nor the hint tests in front of it (nor is
  // UNNAMED_PHRASES, hints included, where a named source is cited: it would not be asked).
  const tables = s.end - s.start > MAX_SENTENCE ? ALL_TABLES : tablesAllowedBy(s.toks);
  if (statesAnonymity(tables, hinted, sentence)) {
    out.push(found(doc.text, s, 'anonymity-grant', src.unnamed ?? trail.lastUnnamed, 'high'));
    return 'grant';
  }
  if (src.withheld && !givesNothing(sentence, src.withheldAt - s.start) && !ON_THE_RECORD.test(sentence)) {
    out.push(found(doc.text, s, 'unnamed-source', src.unnamed, src.confidence));
    return 'withheld';
  }
  if (phraseNamesUnnamedSource(tables, cued, hinted, sentence, s, src)) {
    out.push(found(doc.text, s, 'unnamed-source', null, 'high'));
    return 'phrase';
  }
  if (src.grouped && (!src.named || src.groupApart)) {
    out.push(found(doc.text, s, 'vague', src.group, 'high'));
    return 'group';
  }
  if ((cued && (tables & VAGUE) !== 0 && VAGUE_HINT.test(hinted) && ANY_VAGUE(sentence)) || unnamedPollsOrExperts(tables, sentence, src)) {
    out.push(found(doc.text, s, 'vague', null, 'low'));
    return 'group';
  }
  return null;
}

/** "who spoke on condition of anonymity", "was not authorized to speak publicly": the sentence states or explains anonymity. */
function statesAnonymity(tables: number, hinted: string, sentence: string): boolean {
  return (tables & GRANT) !== 0 && GRANT_HINT.test(hinted) && ANY_GRANT(sentence);
}

/** "according to people familiar with the talks", "as one official put it": a phrase the cue reader does not read as a source names an unnamed one (where a named source speaks, only one outside its quotation, and only the plainest). */
function phraseNamesUnnamedSource(tables: number, cued: boolean, hinted: string, sentence: string, s: Sentence, src: SentenceSources): boolean {
  if ((tables & (src.named ? PLAIN_UNNAMED : PLAIN_UNNAMED | UNNAMED)) === 0 || !(cued || UNCUED_HINT.test(hinted)) || !UNNAMED_HINT.test(hinted)) return false;
  if ((tables & PLAIN_UNNAMED) !== 0 && ANY_PLAIN_UNNAMED(sentence) && (!src.namedSpeaks || unquotedMatch(PLAIN_UNNAMED_PHRASES, sentence, s.toks, s.start))) return true;
  return !src.named && (tables & UNNAMED) !== 0 && ANY_UNNAMED(sentence);
}

/** "Despite polls showing her behind, …", "Experts see the vote as a test": unnamed polls or experts carry the sentence, unless a named source does ("Rubio says the polls showing … are wrong"). */
function unnamedPollsOrExperts(tables: number, sentence: string, src: SentenceSources): boolean {
  return !src.named && (((tables & POLLS) !== 0 && POLLS_FIND.test(sentence)) || ((tables & EXPERTS) !== 0 && EXPERT_VIEWS.test(sentence)));
}

/** A quotation cued in this sentence starts (or ends) what later sentences may carry on: a withheld source's words only when the sentence rests on it. */
function startCarry(trail: Trail, ending: readonly AttributedQuote[], restsOnWithheld: boolean, unnamed: Entity | null, lastConfidence: 'high' | 'low'): void {
  for (const q of ending) {
    if (!q.ownCue) continue;
    trail.carry = restsOnWithheld ? q : null;
    trail.carryEnd = restsOnWithheld ? q.span.end : -1;
    trail.carryEntity = unnamed;
    trail.carryConfidence = lastConfidence;
  }
}

/**
 * A source that may only continue a withheld one ("the spokesman added") does when one was cited
 * just before (the last at `lastSeenAt`), and, for a description of someone's role ("the former
 * aide to the governor"), after any named source (the last at `lastNamedAt`). A module function: a
 * closure over the two made per article cost more than passing them.
 */
function lastWithheldReaches(at: number, e: Entity, lastSeenAt: number, lastNamedAt: number, text: string): boolean {
  return at - lastSeenAt < BACK_REFERENCE_REACH && (lastSeenAt >= lastNamedAt || !describesSomeone(e, text));
}

/** "The lawmaker": a definite singular source whose entity was first mentioned earlier, before the last named source was cited. */
function renamed(a: Attribution, e: Entity, lastNamedAt: number): boolean {
  const src = a.source;
  const first = e.mentions[0];
  return src !== null && src.length > 0 && src[0]!.lower === 'the' && !e.plural && first !== undefined && first.start < src[0]!.start && lastNamedAt > first.start;
}

/** Right after the source, ", including" or "— including" and a capitalised word: named members of the group ("Several candidates, including Ann Lee, said"). */
function namedMembersFollow(toks: Token[], source: Token[]): boolean {
  const i = toks.indexOf(source[source.length - 1]!);
  if (i < 0) return false;
  const mark = toks[i + 1];
  const including = toks[i + 2];
  const first = toks[i + 3];
  return mark !== undefined && !mark.word && INCLUDING_MARKS.has(mark.text) && including?.lower === 'including' && first !== undefined && first.cap;
}

/** How many words after "told" its infinitive may start ("told Flint residents not to drink"). */
const TOLD_TO_REACH = 4;

/** "Officials have told residents not to drink the water": "told" with an object and an infinitive is an instruction, not information given ("told reporters that …", "told the paper they planned to …"). */
function toldTo(toks: Token[], a: Attribution): boolean {
  if (!TELLING_CUES.has(a.cue.text.toLowerCase())) return false;
  let k = 0;
  while (k < toks.length && toks[k]!.start < a.cue.end) k++;
  for (let n = 0; k < toks.length && n <= TOLD_TO_REACH; k++, n++) {
    const t = toks[k]!;
    if (!t.word) return false;
    if (t.lower === 'to') return n > 0;
    if (t.lower === 'that' || CLAUSE_SUBJECTS.has(t.lower)) return false;
  }
  return false;
}

/** The word before a source that opens on "his"/"her"/"their" lets it be a subject: none (it opens the sentence), punctuation, a capitalised word, "of" ("many of her aides"), or a word that opens a clause ("and", "even", "since"). */
function opensPossessiveClause(toks: Token[], a: Attribution): boolean {
  const t = a.source![0]!;
  const i = toks[a.sourceAt] === t ? a.sourceAt : toks.indexOf(t);
  const before = i > 0 ? toks[i - 1]! : null;
  return before === null || !before.word || before.cap || before.lower === 'of' || CLAUSE_OPENERS.has(before.lower) || POSSESSIVE_SUBJECT_AFTER.has(before.lower);
}

/** The source opens its clause: the sentence's first word, or after punctuation or a conjunction ("And they said", "…, they said"). */
function opensClause(toks: Token[], a: Attribution): boolean {
  // The cue reader gives the source's index in its sentence; a search only for a source read from elsewhere.
  const t = a.source![0]!;
  const i = toks[a.sourceAt] === t ? a.sourceAt : toks.indexOf(t);
  const before = i > 0 ? toks[i - 1]! : null;
  return before === null || !before.word || CLAUSE_OPENERS.has(before.lower);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The next quotation of the same source with no cue of its own, in the same paragraph or opening the next one ("“…,” a source said. “More.”"). */
function continues(q: AttributedQuote, prev: AttributedQuote, doc: ReadText): boolean {
  if (q === prev || q.ownCue || q.entity !== prev.entity) return false;
  if (q.span.paragraph === prev.span.paragraph) return true;
  return q.span.paragraph === prev.span.paragraph + 1 && q.span.start === doc.paragraphs[q.span.paragraph]?.start;
}

/** A source phrase right after a named speaker's cue ("said [that] his advisers"): inside that speaker's words. */
function insideWordsOf(toks: Token[], namedCueEnd: number, source: Token[]): boolean {
  return source[0]!.start >= namedCueEnd && wordsBetween(toks, namedCueEnd, source[0]!.start) <= 1;
}

/** Words of a sentence between two offsets ("said [that] his advisers"), counted up to 2. */
function wordsBetween(toks: Token[], from: number, to: number): number {
  let n = 0;
  for (const t of toks) if (t.start >= from && t.end <= to && t.word && ++n > 1) break;
  return n;
}

/** "his aides referred requests for comment …": after the unnamed source, it says nothing ("X declined to comment and aides said …" does). */
function givesNothing(sentence: string, sourceAt: number): boolean {
  const m = NO_INFORMATION.exec(sentence);
  return m !== null && m.index >= sourceAt;
}

/**
 * Some pattern matches `sentence` outside a quotation. Asked where a named speaker is cited: "“We
 * are told all the time …,” Mr. Putin said" is the speaker's own words, not the article citing an
 * unnamed informant (a quoted excerpt of another paper's reporting, "“People close to him say …,”
 * Ann Lee wrote", still is).
 * Asked only of the few sentences a table matched, each pattern's first match only.
 */
function unquotedMatch(patterns: readonly RegExp[], sentence: string, toks: Token[], offset: number): boolean {
  for (const re of patterns) {
    const m = re.exec(sentence);
    if (m === null) continue;
    const at = offset + m.index;
    let k = 0;
    while (k < toks.length - 1 && toks[k]!.end <= at) k++;
    if (!toks[k]?.quoted) return true;
  }
  return false;
}

/** The sentence, trimmed, as a finding: made only for the few sentences that are one. */
function found(text: string, span: { start: number; end: number }, kind: FoundAnonymous['kind'], entity: Entity | null, confidence: 'high' | 'low'): FoundAnonymous {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e, kind, entity, confidence };
}
