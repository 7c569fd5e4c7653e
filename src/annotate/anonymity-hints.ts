import type { Token } from './tokens';

/**
 * A cheap first test for the phrase tables of anonymous sourcing, read off the sentence's tokens
 * (already lowercased) instead of three case-insensitive regexes over its text. It may pass a
 * sentence no table matches (the tables still decide), but never fails one a table matches: every
 * table entry needs one of these words, either right after a space (so it starts a token: the
 * prefix lists) or right before a space or comma (so it ends a token: the suffix lists, which also
 * catch the word after a hyphen, "x-agreed", where a regex `\b` sees a word start).
 */

/** Sentences that may state or explain anonymity (GRANT_PATTERNS). */
export const HINT_GRANT = 1;
/** Sentences that may rest on an unnamed source by phrase alone (UNNAMED_PHRASES, PLAIN_UNNAMED_PHRASES). */
export const HINT_UNNAMED = 2;
/** Sentences that may cite a generic group by phrase alone (VAGUE_PHRASES). */
export const HINT_VAGUE = 4;

/** Words that start a token in some table entry, and the tables they open. */
const PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['anonym', HINT_GRANT], // "requested anonymity", "speaking anonymously"
  ['authori', HINT_GRANT], // "was not authorized to speak"
  ['permitted', HINT_GRANT], // "not permitted to discuss"
  ['allowed', HINT_GRANT], // "not allowed to comment"
  ['cleared', HINT_GRANT], // "not cleared to talk"
  ['named', HINT_GRANT], // "asked not to be named", "declined to be named"
  ['identified', HINT_GRANT], // "without being identified"
  ['quoted', HINT_GRANT], // "asked not to be quoted"
  ['want', HINT_GRANT], // "did not want his name used"
  ['background', HINT_GRANT], // "speaking on background"
  ['condition', HINT_GRANT], // "spoke on the condition"
  ['record', HINT_GRANT], // "didn't want to speak on the record", "speaking off the record"
  ['couvert', HINT_GRANT], // French "sous le couvert de l'anonymat"
  ['requis', HINT_GRANT], // French "a requis l'anonymat"
  ['familiar', HINT_UNNAMED], // "people familiar with the talks"
  ['close', HINT_UNNAMED], // "a person close to the minister"
  ['briefed', HINT_UNNAMED], // "officials briefed on the plan"
  ['knowledge', HINT_UNNAMED], // "with knowledge of", "knowledgeable about"
  ['privy', HINT_UNNAMED], // "sources privy to the talks"
  ['involved', HINT_UNNAMED], // "people involved in the negotiations"
  ['orbit', HINT_UNNAMED], // "people in the senator's orbit"
  ['source', HINT_UNNAMED], // "another source said", French "une source"
  ['official', HINT_UNNAMED], // "says a senior official", headline "…, official says"
  ['aide', HINT_UNNAMED], // "says a top aide"
  ['advis', HINT_UNNAMED], // "said one adviser", "advisors"
  ['insider', HINT_UNNAMED], // "said one party insider"
  ['strategist', HINT_UNNAMED], // "said a Republican strategist"
  ['operative', HINT_UNNAMED], // "said one operative"
  ['diplomat', HINT_UNNAMED], // "said a Western diplomat"
  ['staffer', HINT_UNNAMED], // "said a campaign staffer"
  ['democrat', HINT_UNNAMED | HINT_VAGUE], // "one senior Democrat said"; "…, say some Democrats"
  ['republican', HINT_UNNAMED | HINT_VAGUE], // "said a New Hampshire Republican"; "…, argue Republicans"
  ['who', HINT_UNNAMED], // "officials who spoke with the paper said", "a donor who attended"
  ['words', HINT_UNNAMED], // "in the words of a senior adviser"
  ['put', HINT_UNNAMED], // "as one official put it"
  ['privately', HINT_UNNAMED], // "aides privately concede"
  ['quietly', HINT_UNNAMED], // "officials quietly acknowledged"
  ['told', HINT_UNNAMED], // "I am told the plan is dead"
  ['informations', HINT_UNNAMED], // French "selon nos informations"
  ['critics', HINT_VAGUE], // "…, say critics"
  ['experts', HINT_VAGUE], // "…, experts warn"
  ['analysts', HINT_VAGUE], // "…, said analysts"
  ['observers', HINT_VAGUE], // "…, note observers"
  ['economists', HINT_VAGUE], // "…, warn economists"
  ['conservatives', HINT_VAGUE], // "…, say conservatives"
  ['liberals', HINT_VAGUE], // "…, say liberals"
  ['supporters', HINT_VAGUE], // "…, say supporters"
  ['opponents', HINT_VAGUE], // "…, argue opponents"
  ['skeptics', HINT_VAGUE], // "…, say skeptics"
  ['pundits', HINT_VAGUE], // "…, say pundits"
  ['scholars', HINT_VAGUE], // "…, note scholars"
  ['historians', HINT_VAGUE], // "…, say historians"
  ['polls', HINT_VAGUE], // "recent polls show"
  ['surveys', HINT_VAGUE], // "surveys suggest"
  ['studies', HINT_VAGUE], // "studies show"
  ['believe', HINT_VAGUE], // "many believe"
  ['think', HINT_VAGUE], // "some think"
  ['fear', HINT_VAGUE], // "many fear"
  ['worry', HINT_VAGUE], // "some worry"
];

/** Words that end a token in some table entry (after a space, or inside a hyphenated word). */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['condition', HINT_GRANT], // "on condition of anonymity"
  ['unauthorized', HINT_GRANT], // "unauthorized to speak"
  ['unauthorised', HINT_GRANT], // "unauthorised to comment"
  ['agreed', HINT_GRANT], // "agreed not to identify the insider"
  ['asked', HINT_GRANT], // "asked not to be named"
  ['whose', HINT_GRANT], // "whose name is being withheld"
  ['according', HINT_UNNAMED], // "according to two officials"
  ['anonymous', HINT_UNNAMED], // "anonymous sources"
  ['unnamed', HINT_UNNAMED], // "unnamed officials"
  ['privately', HINT_UNNAMED], // "Privately, aides concede"
  ['citing', HINT_UNNAMED], // "citing two officials"
  ['quoting', HINT_UNNAMED], // "quoting an anonymous official"
];

/** Entries by their first (or last) three characters, as one number: one Map lookup per token end. */
function index(entries: ReadonlyArray<readonly [string, number]>, fromEnd: boolean): Map<number, Array<readonly [string, number]>> {
  const out = new Map<number, Array<readonly [string, number]>>();
  for (const e of entries) {
    const w = e[0];
    const k = fromEnd ? key(w, w.length - 3) : key(w, 0);
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}

function key(s: string, at: number): number {
  return (s.charCodeAt(at) * 65536 + s.charCodeAt(at + 1)) * 65536 + s.charCodeAt(at + 2);
}

const BY_START = index(PREFIXES, false);
const BY_END = index(SUFFIXES, true);
const ALL = HINT_GRANT | HINT_UNNAMED | HINT_VAGUE;

/** Which phrase tables (HINT_* bits) may match a sentence of these tokens. */
export function hintFamilies(toks: readonly Token[]): number {
  let found = 0;
  for (const t of toks) {
    const w = t.lower;
    const n = w.length;
    if (n < 3 || !t.word) continue;
    const starts = BY_START.get(key(w, 0));
    if (starts) for (const [p, bits] of starts) if ((found & bits) !== bits && w.startsWith(p)) found |= bits;
    const ends = BY_END.get(key(w, n - 3));
    if (ends) for (const [s, bits] of ends) if ((found & bits) !== bits && w.endsWith(s)) found |= bits;
    if (found === ALL) break;
  }
  return found;
}
