import { CAPITALISED_NON_NAMES } from './function-words';
import { HONORIFICS } from './honorifics';
import { ORG_HEADS } from './organisations';
import { MEMBER_LEADS } from './coref-words';
import { ROLE_HEADS, TITLE_WORDS } from './titles';
import { isOccupationNoun } from './occupations';
import { FUNCTION_WORD_SURNAMES } from './speaker-words';
import { endsAnyPossessive, endsPluralPossessive, endsPossessive, joinTexts, possessiveForms, stripPossessive, withoutApostrophe, withoutPossessive, type Token } from './tokens';

/** A run of capitalised words that reads as a person's name, with its place in the text. */
export interface NameRun {
  /** The whole run, honorific and titles included ("Mr. Hoekstra", "U.S. President Donald Trump"). */
  start: number;
  end: number;
  /** Just the name words ("Donald Trump"). */
  name: string;
  surname: string;
  words: number;
  /** The role its title gives, when one comes before the name ("president", "minister"). */
  role: string | null;
  /** A name of one word: its sentence's tokens, read again only if the name's kind is in doubt (coref's retypeLoneNames); else null. */
  toks: Token[] | null;
  /** Index of the name's word in its sentence (the run may start before it, at a title). */
  at: number;
}

/** Name suffixes, not surnames: "Martin Luther King Jr.", "Henry Ford II". */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** What the name reader asks of a capitalised word, by its lowercase form: one Map read a word, not a Set lookup per list. */
const NON_NAME = 1; // CAPITALISED_NON_NAMES: "The", "But"
const TITLE = 2; // TITLE_WORDS: "President", "Senator"
const HONORIFIC = 4; // HONORIFICS, with or without a final period: "Mr", "Mr."
const ROLE = 8; // ROLE_HEADS
const SUFFIX = 16; // SUFFIXES
const ORG = 32; // ORG_HEADS, possessive or not (stripPossessive): "Party", "Party's", "Airlines'"
const MEMBER = 64; // MEMBER_LEADS: "One", "Several"

const WORD_ROLES: ReadonlyMap<string, number> = wordRoles();

function wordRoles(): Map<string, number> {
  const roles = new Map<string, number>();
  const mark = (w: string, bit: number) => roles.set(w, (roles.get(w) ?? 0) | bit);
  for (const w of CAPITALISED_NON_NAMES) mark(w, NON_NAME);
  for (const w of TITLE_WORDS) mark(w, TITLE);
  // withoutFinalDot(lower) is an honorific: the honorific itself (if it has no final period of its own) or it and a period.
  for (const w of HONORIFICS.keys()) {
    if (!w.endsWith('.')) mark(w, HONORIFIC);
    mark(`${w}.`, HONORIFIC);
  }
  for (const w of ROLE_HEADS) mark(w, ROLE);
  for (const w of SUFFIXES) mark(w, SUFFIX);
  // stripPossessive(lower) is an organisation's head.
  for (const w of ORG_HEADS) for (const form of possessiveForms(w)) mark(form, ORG);
  for (const w of MEMBER_LEADS) mark(w, MEMBER);
  return roles;
}

function rolesOf(lower: string): number {
  return WORD_ROLES.get(lower) ?? 0;
}

/** An initialism standing alone ("FBI", "U.S."): uppercase letters and periods; ASCII by code, the rest by the Unicode test. */
function isInitialism(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return INITIALISM.test(w);
    if (c !== 46 && (c < 65 || c > 90)) return false;
  }
  return w.length > 0;
}

const INITIALISM = /^[\p{Lu}.]+$/u;

/** Starts with a letter: ASCII by code, the rest by one Unicode test. */
function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /^\p{L}/u.test(s);
}

/** Every name-like run in narration (quotations skipped), in text order, added to `out`. One pass over the tokens. */
export function indexNames(toks: Token[], out: NameRun[] = []): NameRun[] {
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.word || t.quoted || !t.cap) {
      i++;
      continue;
    }
    // A lone capitalised word that is a sentence opener ("The", "But") starts no name.
    const n1 = toks[i + 1];
    if (rolesOf(t.lower) & NON_NAME && !(n1 && n1.word && n1.cap)) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length && toks[j]!.word && !toks[j]!.quoted && toks[j]!.cap && j - i < 8) {
      if (j > i && endsAnyPossessive(toks[j - 1]!.text)) break; // "Hoekstra’s first statement", "Acme Airlines' Kent Powell": stop after a possessive
      j++;
    }
    // toks[i, j) is a capitalised run; keep what follows titles, honorifics and sentence openers.
    let s = i;
    let role: string | null = null;
    for (let k = i; k < j; k++) {
      const lower = toks[k]!.lower;
      const roles = rolesOf(lower);
      // "One Trump adviser said" opening a sentence: "One" is a quantifier, not a first name ("One Wisconsin Now" mid-sentence stays whole).
      const opener = k === i && (i === 0 || !toks[i - 1]!.word) && (roles & MEMBER) !== 0;
      // "Guitarist Bo Lee": an occupation noun opening a run of three words or more is no first name.
      const occupation = k === i && j - i >= 3 && isOccupationNoun(lower);
      // "Theresa May", "Al From": a function word that is also a surname ends a run begun by a name.
      const surname = k === j - 1 && k > s && (roles & NON_NAME) !== 0 && FUNCTION_WORD_SURNAMES.has(lower);
      if (opener || occupation || ((roles & (NON_NAME | TITLE | HONORIFIC)) !== 0 && !surname)) {
        s = k + 1;
        if (roles & ROLE) role = lower;
      }
    }
    let e = j;
    while (e > s && rolesOf(toks[e - 1]!.lower) & SUFFIX) e--;
    if (e > s) {
      const last = stripPossessive(toks[e - 1]!.lower);
      let isOrg = false;
      for (let k = s; k < e && !isOrg; k++) isOrg = (rolesOf(toks[k]!.lower) & ORG) !== 0;
      if (!isOrg && !(e - s === 1 && isInitialism(toks[s]!.text)) && startsWithLetter(last)) {
        out.push({
          start: toks[i]!.start,
          end: toks[j - 1]!.end - (endsPossessive(toks[j - 1]!.text) ? 2 : endsPluralPossessive(toks[j - 1]!.text) ? 1 : 0),
          name: withoutApostrophe(withoutPossessive(joinTexts(toks, s, e))),
          surname: last,
          words: e - s,
          role: s > i ? role : null,
          toks: e - s === 1 ? toks : null,
          at: s,
        });
      }
    }
    i = j;
  }
  return out;
}

/** Capitalised quantifiers a plural verb follows as a pronoun would ("Both say …"): no name. */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each', 'either', 'neither', 'none', 'few']);

/** Base verb forms that agree with a plural subject: a lone name taking one is a body's ("Brightway believe …", British style). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['say', 'believe', 'claim', 'argue', 'think', 'insist', 'warn', 'are', 'were', 'have']);

/** A title or an honorific stands before the name: "Mr. Lee", "Guitarist Bo Lee". */
export function isTitled(run: NameRun): boolean {
  // (The run may also start at a sentence opener: "But Hachette said" is no title.)
  if (run.toks === null || run.toks[run.at]!.start === run.start) return false;
  const before = run.toks[run.at - 1]!.lower;
  return !CAPITALISED_NON_NAMES.has(before) && !MEMBER_LEADS.has(before);
}

/**
 * What, around a lone untitled name, says it is a company or a body rather than a person: a plural
 * verb right after it opening a clause ("Brightway believe"), or "for comment" later in the sentence
 * it opens (an outlet asking: "Glimmer is asking the studio for comment"). Asked only of names in doubt.
 */
export function usedAsBody(run: NameRun): boolean {
  const toks = run.toks;
  if (toks === null || isTitled(run) || toks[run.at + 1]?.cap) return false;
  const i = run.at;
  const next = toks[i + 1];
  if ((i === 0 || !toks[i - 1]!.word) && next && next.word && !next.quoted && PLURAL_VERBS.has(next.text) && !run.surname.endsWith('s') && !QUANTIFIERS.has(run.surname)) return true;
  if (i === 0) for (let k = i + 2; k < toks.length; k++) if (toks[k]!.text === 'comment' && toks[k - 1]!.lower === 'for' && !toks[k]!.quoted) return true;
  return false;
}

/** The lone capitalised words joined to a lone name by "and"/"or" ("between Halvorsen and Zentrix"), lowercase, possessive stripped. */
export function joinedNames(run: NameRun): string[] {
  const toks = run.toks;
  if (toks === null || isTitled(run)) return [];
  const out: string[] = [];
  const i = run.at;
  const link = (k: number) => toks[k]?.word === true && !toks[k]!.quoted && (toks[k]!.lower === 'and' || toks[k]!.lower === 'or');
  const lone = (k: number) => toks[k]?.word === true && toks[k]!.cap && !toks[k]!.quoted && !toks[k - 1]?.cap && !toks[k + 1]?.cap;
  if (link(i - 1) && lone(i - 2)) out.push(stripPossessive(toks[i - 2]!.lower));
  if (link(i + 1) && lone(i + 2)) out.push(stripPossessive(toks[i + 2]!.lower));
  return out;
}
