import type { Token } from './tokens';
import { mayHold, wordFilter } from './word-filter';

/**
 * Which phrase tables a sentence may match, read from its tokens (already made) instead of its
 * text: a table lookup a word, where a hint regex scans every character of every sentence.
 *
 * `tables[i]` holds words every match of table i holds as a whole ASCII word (see
 * anonymity-triggers.ts); the returned function gives, as bit i, whether the sentence has one.
 * Exact: a whole ASCII word of the text is either a plain token's lowercase form, or, in a token
 * the tokenizer joined or that holds other letters ("Trump's", "ex-official", "U.S.", "Josée"),
 * one of its runs of ASCII letters and digits, which are looked up too (in the text as written
 * where it holds other letters: a few lowercase to ASCII, the Kelvin sign to "k", and the regexes
 * do not take them as such).
 */
export function tableTriggers(tables: readonly ReadonlySet<string>[]): (toks: readonly Token[]) => number {
  const bitsOf = new Map<string, number>();
  let longest = 0;
  tables.forEach((words, i) => {
    for (const w of words) {
      bitsOf.set(w, (bitsOf.get(w) ?? 0) | (1 << i));
      longest = Math.max(longest, w.length);
    }
  });
  // Most words of a sentence ("the", "said", "that", "with") have no table word's shape: passed without a Map lookup.
  const shapes = wordFilter(bitsOf.keys());
  const lookup = (w: string): number => (mayHold(shapes, w) ? (bitsOf.get(w) ?? 0) : 0);
  /** The bits of the runs of ASCII letters and digits in `s` ("ex-official's" → "ex", "official", "s"); `s` lowercase unless `fold`. */
  const runBits = (s: string, fold: boolean): number => {
    let bits = 0;
    let from = -1;
    for (let i = 0; i <= s.length; i++) {
      const alnum = i < s.length && isAsciiAlnum(s.charCodeAt(i));
      if (alnum && from < 0) from = i;
      else if (!alnum && from >= 0) {
        if (i - from <= longest) bits |= lookup(fold ? s.slice(from, i).toLowerCase() : s.slice(from, i));
        from = -1;
      }
    }
    return bits;
  };
  return (toks) => {
    let bits = 0;
    for (const t of toks) {
      if (!t.word) continue;
      if (t.plain) bits |= lookup(t.lower);
      // An ASCII-only token's lowercase form is its text lowercased; one with other letters is read as written.
      else bits |= isAscii(t.text) ? runBits(t.lower, false) : runBits(t.text, true);
    }
    return bits;
  };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
