/**
 * A first test before a word list's Map or Set lookup, for loops that ask it of every word: a table
 * read by the word's length and its first and last letters (five bits each). A word of the list
 * always passes (it has its own shape); on news text about one word in nine is shaped like a cue
 * verb, so most words skip the lookup (and the hashing of a fresh string it begins with).
 * One bit a shape: a filter is 4 kB, so the engine's filters stay in the first-level cache
 * together (a byte a shape took 33 kB each).
 */
export type WordFilter = Int32Array;

/** Lengths above this share one row of the table. */
const MAX_LENGTH = 32;

function shape(w: string): number {
  const n = w.length;
  // (An empty word reads NaN & 31 = 0: a shape of its own, like any other.)
  return ((n < MAX_LENGTH ? n : MAX_LENGTH) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(n - 1) & 31);
}

/** The filter for the words of the given lists. */
export function wordFilter(...lists: Iterable<string>[]): WordFilter {
  const bits = new Int32Array((MAX_LENGTH + 1) << 5);
  for (const list of lists) {
    for (const w of list) {
      const s = shape(w);
      bits[s >> 5]! |= 1 << (s & 31);
    }
  }
  return bits;
}

/** False when `w` is certainly in none of the filter's lists; true when it may be. */
export function mayHold(filter: WordFilter, w: string): boolean {
  const s = shape(w);
  return (filter[s >> 5]! & (1 << (s & 31))) !== 0;
}
