import { CAPITALISED_NON_NAMES } from './function-words';
import { HONORIFICS } from './honorifics';
import { ORG_HEADS } from './organisations';
import { MEMBER_LEADS } from './coref-words';
import { ROLE_HEADS, TITLE_WORDS } from './titles';
import { isOccupationNoun } from './occupations';
import { endsAnyPossessive, endsPluralPossessive, endsPossessive, joinTexts, stripPossessive, withoutApostrophe, withoutFinalDot, withoutPossessive, type Token } from './tokens';

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
}

/** Name suffixes, not surnames: "Martin Luther King Jr.", "Henry Ford II". */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

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
    if (CAPITALISED_NON_NAMES.has(t.lower) && !(n1 && n1.word && n1.cap)) {
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
      // "One Trump adviser said" opening a sentence: "One" is a quantifier, not a first name ("One Wisconsin Now" mid-sentence stays whole).
      const opener = k === i && (i === 0 || !toks[i - 1]!.word) && MEMBER_LEADS.has(lower);
      // "Guitarist Bo Lee": an occupation noun opening a run of three words or more is no first name.
      const occupation = k === i && j - i >= 3 && isOccupationNoun(lower);
      if (opener || occupation || CAPITALISED_NON_NAMES.has(lower) || TITLE_WORDS.has(lower) || HONORIFICS.has(withoutFinalDot(lower))) {
        s = k + 1;
        if (ROLE_HEADS.has(lower)) role = lower;
      }
    }
    let e = j;
    while (e > s && SUFFIXES.has(toks[e - 1]!.lower)) e--;
    if (e > s) {
      const last = stripPossessive(toks[e - 1]!.lower);
      let isOrg = false;
      for (let k = s; k < e && !isOrg; k++) isOrg = ORG_HEADS.has(stripPossessive(toks[k]!.lower));
      const isInitialism = e - s === 1 && /^[\p{Lu}.]+$/u.test(toks[s]!.text);
      if (!isOrg && !isInitialism && startsWithLetter(last)) {
        const words = toks.slice(s, e);
        out.push({
          start: toks[i]!.start,
          end: toks[j - 1]!.end - (endsPossessive(toks[j - 1]!.text) ? 2 : endsPluralPossessive(toks[j - 1]!.text) ? 1 : 0),
          name: withoutApostrophe(withoutPossessive(joinTexts(words))),
          surname: last,
          words: words.length,
          role: s > i ? role : null,
        });
      }
    }
    i = j;
  }
  return out;
}
