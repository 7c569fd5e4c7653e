import { BACK_REFERENCE_HEADS, BACK_REFERENCE_LEADS, BACK_REFERENCE_SOURCE, CLAUSE_OPENERS, COUNTED_LEADS, CROWD_CLAIM_CUES, CROWD_CUE_GAP, CROWD_HEADS, CROWD_SHARES, NO_CLAIM_CUES, NOT_A_CROWD_SUBJECT_AFTER, DESCRIBED_SOURCE_LEADS, GENERIC_QUANTIFIERS, NOT_A_SOURCE_LEAD, PEOPLE_WITHHELD, SOURCE_DESCRIPTION_STARTS, SPEAKS_FOR, UNNAMED_HEADS, UNNAMED_PARTISAN, VAGUE_GROUPS, WITHHELD_SOURCE } from './anonymity-phrases';
import type { Entity } from './coref';
import type { Attribution } from './cues';
import type { Token } from './tokens';

/** How one attribution's source bears on anonymous sourcing. */
export type SourceVerdict =
  | { type: 'unnamed'; entity: Entity | null; confidence: 'high' | 'low' }
  | { type: 'backref' } // "the person added": the last unnamed source again
  | { type: 'near' } // an unresolved "they": the unnamed source of the sentence just before, if there is one
  | { type: 'weak'; entity: Entity } // "the spokesman said", "they" for plain "People": unnamed only if a withheld source was just cited
  | { type: 'group'; entity: Entity | null; crowd?: true } // crowd: a crowd the phrase reader did not make a group, which a named source in the sentence outweighs
  | { type: 'named' }
  | { type: 'none' };

/** "he"/"she" may mean a named person just mentioned; "they" cannot mean one named person. */
const SINGULAR_PRONOUNS = new Set(['he', 'she']);

/** First words of an unnamed source conjoined to a named one ("Sanders and his aides"). */
const CONJOINED_LEADS = new Set(['his', 'her', 'their', 'another']);

/** Cues that report speech even inside a relative clause ("information that officials said would …"). */
const SPEECH_CUES = new Set(['said', 'say', 'says', 'told', 'tell', 'tells']);

const sourceText = (src: Token[]) => src.map((t) => t.lower).join(' ');

/**
 * Reads an attribution's source for anonymity, correcting the phrase reader where its reading is
 * known to mislead: "one Democrat familiar with the discussion" (a capitalised head, yet withheld),
 * "Business Insider" (a name ending in an unnamed head), "the former staffer's claims" (a
 * possessive, not a speaker), "the message that party officials expect" (a relative clause),
 * "People … are keen on telling" (a plain "people" is nobody in particular).
 */
export function judgeSource(a: Attribution, e: Entity | null, sentenceToks: Token[]): SourceVerdict {
  const src = a.source;
  if (!src || src.length === 0) {
    if (e) return verdictOf(e);
    if (a.inverted || a.cueless) return { type: 'none' };
    if (crowdBeforeCue(sentenceToks, a)) return { type: 'group', entity: null, crowd: true };
    // "U.S. law enforcement and security officials said …", "Party members and officials even insist …": an unnamed head the phrase reader did not take as the source.
    const unnamed = unnamedBeforeCue(sentenceToks, a);
    return unnamed ? { type: 'unnamed', entity: null, confidence: unnamed } : { type: 'none' };
  }
  // Lowercased only for the short phrases the three whole-phrase tables can match.
  const lowered = src.length >= 2 && src.length <= 12 && mayBeWholePhrase(src) ? sourceText(src) : '';
  if (lowered && (WITHHELD_SOURCE.test(lowered) || (UNNAMED_PARTISAN.test(lowered) && partyMember(src[src.length - 1]!)))) return { type: 'unnamed', entity: e?.anonymous ? e : null, confidence: 'high' };
  const head = src[a.head] ?? src[src.length - 1]!;
  if (e?.anonymous) {
    const at = sentenceToks.indexOf(src[0]!);
    const before = at > 0 ? sentenceToks[at - 1]! : null;
    // "the message that party officials expect", "a system that they think has failed them": a relative clause.
    // "… one of the staffers who went to Flint": the cue is the verb of a relative clause about them.
    // "That official added …" opening the sentence is a demonstrative pointing back, not a relative clause.
    if (((NOT_A_SOURCE_LEAD.has(src[0]!.lower) && !(at === 0 && src[0]!.lower === 'that')) || (before && NOT_A_SOURCE_LEAD.has(before.lower)) || (src[src.length - 1]!.lower === 'who' && before?.word && !CLAUSE_OPENERS.has(before.lower))) && !SPEECH_CUES.has(a.cue.text.toLowerCase())) return { type: 'none' };
    // "Sanders and his aides believe", "Mills and another Clinton aide asked": the named person leads.
    if (before?.lower === 'and' && at >= 2 && CONJOINED_LEADS.has(src[0]!.lower) && (sentenceToks[at - 2]!.cap || SINGULAR_PRONOUNS.has(sentenceToks[at - 2]!.lower))) return { type: 'named' };
    if (head === src[src.length - 1] && /['’]s$/.test(head.text) && !head.quoted) return { type: 'none' };
    if (plainPeople(e)) return { type: 'weak', entity: e };
    const words = src.filter((t) => t.word && !/^(?:the|a|an)$/i.test(t.text));
    if (words.length >= 2 && head.cap && head === words[words.length - 1] && words.every((t) => t.cap)) return { type: 'named' };
    if (src.length === 1 && SINGULAR_PRONOUNS.has(head.lower) && namesBefore(sentenceToks, head)) return { type: 'none' };
    // "as most D.C. insiders believe": a quantified crowd is a generic group, not a withheld identity.
    if (GENERIC_QUANTIFIERS.has(src[0]!.lower) && e.plural && src[1]?.lower !== 'of') return { type: 'group', entity: e };
    // "Kirby, a State Department spokesman, said … The spokesman added": a definite first mention points back to someone named.
    if (src[0]!.lower === 'the' && !e.plural && e.mentions[0]?.start === src[0]!.start) return { type: 'weak', entity: e };
    // "That official added …": points back, to the withheld source just cited if there is one, else to whoever was described before.
    if (at === 0 && src[0]!.lower === 'that') return { type: 'weak', entity: e };
    return { type: 'unnamed', entity: e, confidence: e.confidence };
  }
  if (!e && src.length === 1 && head.lower === 'they') return { type: 'near' };
  // "the person added", "these people said": a definite back-reference the phrase reader left unresolved.
  if (src.length <= 3 && BACK_REFERENCE_LEADS.has(src[0]!.lower) && BACK_REFERENCE_HEADS.has(head.lower) && head === src[src.length - 1]) return { type: 'backref' };
  // "another intelligence source speaking to a TV network said": the phrase reader took a word of the description for the head.
  const described = describedHead(src);
  if (described) return { type: 'unnamed', entity: e?.anonymous ? e : null, confidence: described };
  // "The mayor, a top aide said, “is confident”": the cue's subject is the unnamed aide after the comma; the name before it is the topic.
  const aside = !a.inverted ? asideHead(src, a, sentenceToks) : null;
  if (aside) return { type: 'unnamed', entity: null, confidence: aside };
  // "a spokesman for committee Democrats said", "officials in the FBI and at the Justice Department said": the phrase reader kept only the group the unnamed source speaks for.
  if (e?.kind === 'group' || e?.kind === 'organization') {
    const speaksFor = speakerForGroup(sentenceToks, sentenceToks.indexOf(src[0]!));
    if (speaksFor) return { type: 'unnamed', entity: null, confidence: speaksFor };
  }
  // "according to several senior Democrats": seniority makes a party's members insiders, not a crowd.
  if (e?.kind === 'group' && src.some((t) => t.lower === 'senior')) return { type: 'unnamed', entity: null, confidence: 'high' };
  // "One of the people said", "a third person said": a share of the unnamed group just cited.
  if (lowered && src.length <= 5 && BACK_REFERENCE_SOURCE.test(lowered)) return { type: 'backref' };
  // "Some candidates have called for …", "conservative leaders have questioned …": a crowd the phrase reader kept as a description.
  // Not "the two voters", "both candidates" (people counted out, likely named) nor "the candidates are expected to speak" (no claim).
  const crowd = e && e.kind === 'unnamed' ? crowdOf(src, head) : null;
  if (crowd && !NO_CLAIM_CUES.has(a.cue.text.toLowerCase())) {
    const at = sentenceToks.indexOf(src[0]!);
    // "46 percent of voters in a CBS News poll said": the named pollster's finding.
    if (crowd === 'share' ? !namedPoll(sentenceToks) : e!.plural && !COUNTED_LEADS.has(src[0]!.lower) && !COUNTED_LEADS.has(sentenceToks[at - 1]?.lower ?? '') && !(src[src.length - 1]!.lower === 'who' && at > 0)) return { type: 'group', entity: e!, crowd: true };
  }
  return e ? verdictOf(e) : { type: 'none' };
}

/** A singular source first mentioned as "the …" ("the former aide to the governor"): it more likely points back to someone named than withholds a name. */
export function pointsBack(e: Entity, text: string): boolean {
  const m = e.mentions[0];
  if (!m || e.plural) return false;
  const w = text.slice(m.start, m.start + 4);
  return w === 'the ' || w === 'The ';
}

/** Prepositions that tie a definite description to someone ("the former aide to the governor", "the head of the agency"). */
const DESCRIBING = / (?:to|of|for) /;

/** "the former aide to the governor": a definite first mention describing someone's role, which names more likely stand behind than "the insider" does. */
export function describesSomeone(e: Entity, text: string): boolean {
  const m = e.mentions[0];
  return m !== undefined && pointsBack(e, text) && DESCRIBING.test(text.slice(m.start, Math.min(m.end, m.start + 120)));
}

/** "People", "20 percent of people": the word alone withholds no identity ("people familiar with …" does). */
export function plainPeople(e: Entity): boolean {
  return (e.head === 'people' || e.head === 'person') && !PEOPLE_WITHHELD.test(e.name);
}

/** "a senior Liberal", "one Democrat": a party's member, capitalised where the word is also a leaning ("a liberal think tank"). */
function partyMember(last: Token): boolean {
  return last.cap || last.lower === 'democrat' || last.lower === 'republican';
}

/** Words one of the whole-phrase tables needs (a cheap test before joining the phrase). */
const PHRASE_WORDS = new Set(['familiar', 'briefed', 'privy', 'knowledgeable', 'knowledge', 'involved', 'democrat', 'republican', 'liberal', 'conservative', 'tory', 'person', 'individual', 'people', 'individuals', 'them', 'those', 'these']);

function mayBeWholePhrase(src: Token[]): boolean {
  for (const t of src) if (PHRASE_WORDS.has(t.lower)) return true;
  return false;
}

/** How far into a source phrase its unnamed head may sit ("another intelligence source"), and how far back "a spokesman for" may start ("a spokesman for committee Democrats"). */
const HEAD_REACH = 4;

/** "Another intelligence source speaking to …": an indefinite lead, lowercase modifiers, an unnamed head, then a description (its confidence, or null). */
function describedHead(src: Token[]): 'high' | 'low' | null {
  if (src.length < 3 || !DESCRIBED_SOURCE_LEADS.has(src[0]!.lower)) return null;
  for (let i = 1; i < src.length - 1 && i <= HEAD_REACH; i++) {
    const t = src[i]!;
    if (!t.word) return null;
    // "a person who voted for him": whether people are withheld is plainPeople's call.
    if (t.lower === 'person' || t.lower === 'people') return null;
    const conf = UNNAMED_HEADS.get(t.lower);
    if (conf) return SOURCE_DESCRIPTION_STARTS.has(src[i + 1]!.lower) ? conf : null;
  }
  return null;
}

/** Longest unnamed source set off after a comma ("…, a top campaign aide said"). */
const ASIDE_MAX = 5;

/** "The mayor, a top aide said, …": a source ending in ", a/an/one … <unnamed head>" with the cue right after it (no closing comma, which would make it an appositive: "Ann Lee, a top aide, said"); its confidence, or null. */
function asideHead(src: Token[], a: Attribution, toks: Token[]): 'high' | 'low' | null {
  let comma = -1;
  for (let i = src.length - 2; i >= 1 && i >= src.length - 1 - ASIDE_MAX; i--) if (src[i]!.text === ',') { comma = i; break; }
  if (comma < 0 || !DESCRIBED_SOURCE_LEADS.has(src[comma + 1]!.lower)) return null;
  for (let i = comma + 1; i < src.length; i++) if (!src[i]!.word) return null;
  const conf = UNNAMED_HEADS.get(src[src.length - 1]!.lower);
  if (!conf) return null;
  const next = toks[toks.indexOf(src[src.length - 1]!) + 1];
  return next !== undefined && next.start === a.cue.start ? conf : null;
}

/** "a spokesman for committee Democrats", "officials in the FBI and at the Justice Department": an unnamed head (one with a lead, or plural) before a preposition ahead of the group (its confidence, or null). */
function speakerForGroup(toks: Token[], at: number): 'high' | 'low' | null {
  for (let i = at - 1; i >= 1 && i >= at - 2 * HEAD_REACH; i--) {
    const t = toks[i]!;
    const conf = SPEAKS_FOR.has(t.lower) ? UNNAMED_HEADS.get(toks[i - 1]!.lower) : undefined;
    if (conf && (toks[i - 1]!.lower.endsWith('s') || DESCRIBED_SOURCE_LEADS.has(toks[i - 2]?.lower ?? ''))) return conf;
    if (!t.word) return null;
  }
  return null;
}

function verdictOf(e: Entity): SourceVerdict {
  if (e.anonymous) return { type: 'unnamed', entity: e, confidence: e.confidence };
  if (e.kind === 'group') return { type: 'group', entity: e };
  if (e.kind === 'person' || e.kind === 'organization') return { type: 'named' };
  return { type: 'none' };
}

/** A capitalised word ahead of the pronoun, past the sentence's first word: a named person it more likely refers to ("Clinton caught flak … when she said"). */
export function namesBefore(toks: Token[], pronoun: Token): boolean {
  // From the second word (the first, capitalised as any sentence opener is, says nothing), up to the pronoun: none when the pronoun opens the sentence.
  for (let i = 1; i < toks.length && toks[i] !== pronoun && toks[0] !== pronoun; i++) {
    const t = toks[i]!;
    if (t.cap && t.word && !t.quoted && t.lower !== 'i' && toks[i - 1]!.text !== '.' && toks[i - 1]!.text !== '“' && toks[i - 1]!.text !== '"') return true;
  }
  return false;
}

const crowdNoun = (w: string) => CROWD_HEADS.has(w) || VAGUE_GROUPS.has(w);

/** A crowd's head ("leaders"; "that critics", a group the phrase reader took a word before), or a share of one ("46 percent of voters", "a majority of her backers"). */
function crowdOf(src: Token[], head: Token): 'head' | 'share' | null {
  if (crowdNoun(head.lower)) return 'head';
  return CROWD_SHARES.has(head.lower) && src[src.indexOf(head) + 1]?.lower === 'of' && crowdNoun(src[src.length - 1]!.lower) ? 'share' : null;
}

/** Words for a poll, which a capitalised word before names ("a recent CBS News poll", "a Bloomberg survey"). */
const POLL_WORDS = new Set(['poll', 'survey']);

/** "78 percent of voters in a recent CBS News poll said": the share is the named pollster's finding, on the record. */
export function namedPoll(toks: Token[]): boolean {
  for (let i = 1; i < toks.length; i++) if (POLL_WORDS.has(toks[i]!.lower) && toks[i - 1]!.cap) return true;
  return false;
}

/** Where the cue starts in `toks`, and the first word before it that is not a CROWD_CUE_GAP word ("officials even insist"), or -1. */
function subjectBeforeCue(toks: Token[], a: Attribution): number {
  let k = 0;
  while (k < toks.length && toks[k]!.start < a.cue.start) k++;
  let j = k - 1;
  for (let gap = 0; j >= 0 && gap < 2 && CROWD_CUE_GAP.has(toks[j]!.lower); gap++) j--;
  return j;
}

/**
 * "Law enforcement and security officials said …": a cue the cue reader found no source for, right
 * after a plural unnamed head ("officials", "sources", "aides"), which is its subject unless a word
 * before makes it an object or a clause's ("to brief officials", "the plan that aides said …"). Its confidence, or null.
 */
function unnamedBeforeCue(toks: Token[], a: Attribution): 'high' | 'low' | null {
  if (!CROWD_CLAIM_CUES.has(a.cue.text.toLowerCase())) return null;
  const j = subjectBeforeCue(toks, a);
  if (j < 1) return null;
  const head = toks[j]!;
  const conf = UNNAMED_HEADS.get(head.lower);
  if (!conf || !head.lower.endsWith('s') || head.lower === 'people') return null;
  const before = toks[j - 1]!.lower;
  return NOT_A_CROWD_SUBJECT_AFTER.has(before) || NOT_A_SOURCE_LEAD.has(before) ? null : conf;
}

/**
 * "Democrats don’t think …", "Some activists even insist …", "half of GOP primary voters said …": a
 * cue the cue reader found no source for, right after a crowd's noun (a word or two like "even",
 * "don’t" between), which is its subject unless a word before makes it an object ("to woo voters with promises").
 */
function crowdBeforeCue(toks: Token[], a: Attribution): boolean {
  if (!CROWD_CLAIM_CUES.has(a.cue.text.toLowerCase())) return false;
  const j = subjectBeforeCue(toks, a);
  if (j < 0 || !crowdNoun(toks[j]!.lower)) return false;
  return j === 0 || !NOT_A_CROWD_SUBJECT_AFTER.has(toks[j - 1]!.lower);
}
