import { CAPITALISED_NON_NAMES } from './function-words';
import { HONORIFICS } from './honorifics';
import { ORG_HEADS } from './organisations';
import { ROLE_HEADS, TITLE_WORDS } from './titles';
import { stripPossessive, type Token } from './tokens';

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

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/;

/** Every name-like run in narration (quotations skipped), in text order. One pass over the tokens. */
export function indexNames(toks: Token[]): NameRun[] {
  const out: NameRun[] = [];
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
      if (j > i && /[’']s$/.test(toks[j - 1]!.text)) break; // "Hoekstra’s first statement": stop after a possessive
      j++;
    }
    // toks[i, j) is a capitalised run; keep what follows titles, honorifics and sentence openers.
    let s = i;
    let role: string | null = null;
    for (let k = i; k < j; k++) {
      const lower = toks[k]!.lower;
      if (CAPITALISED_NON_NAMES.has(lower) || TITLE_WORDS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ''))) {
        s = k + 1;
        if (ROLE_HEADS.has(lower)) role = lower;
      }
    }
    let e = j;
    while (e > s && SUFFIX.test(toks[e - 1]!.lower)) e--;
    if (e > s) {
      const words = toks.slice(s, e);
      const last = stripPossessive(words[words.length - 1]!.lower);
      const isOrg = words.some((w) => ORG_HEADS.has(stripPossessive(w.lower)));
      const isInitialism = words.length === 1 && /^[\p{Lu}.]+$/u.test(words[0]!.text);
      if (!isOrg && !isInitialism && /^\p{L}/u.test(last)) {
        out.push({
          start: toks[i]!.start,
          end: toks[j - 1]!.end - (/[’']s$/.test(toks[j - 1]!.text) ? 2 : 0),
          name: words.map((w) => w.text).join(' ').replace(/[’']s$/, ''),
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
