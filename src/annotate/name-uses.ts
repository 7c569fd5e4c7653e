/**
 * Where a string (a name, "Acme, ", " Tawhiri") occurs in an article's text: the searches for a
 * name's other uses (speaker-check.ts) ask this for every lone name they check, within a window of
 * the text around the source. A native indexOf over the window is fastest for an article; on a
 * long text (a feed pasted whole) each search would read up to the whole window, so the time per
 * MB grew with the length of the text. Past INDEX_FROM characters the text's capitals are indexed
 * once, by the few characters that start there, and a search for a name reads only the capitals
 * that start as the name does. Both answer exactly as `text.indexOf` would: every occurrence, in
 * order, mid-word ones too ("Donald, " in "McDonald, ").
 */
export class NameUses {
  private index: CapitalIndex | null = null;

  constructor(
    readonly text: string,
    /** Texts at least this long are indexed (a parameter so the tests can index a short text). */
    private readonly indexFrom = INDEX_FROM,
  ) {}

  /** The first occurrence of `key` at or after `from` that ends by `to`, or -1. */
  next(key: string, from: number, to: number): number {
    const { text } = this;
    if (text.length < this.indexFrom || !CapitalIndex.fits(key)) {
      // (A short text's windows are the whole text: indexOf never reads past `to` for nothing.)
      const i = to >= text.length ? text.indexOf(key, from) : text.slice(0, to).indexOf(key, from);
      return i >= 0 && i + key.length <= to ? i : -1;
    }
    this.index ??= new CapitalIndex(text);
    return this.index.next(key, from, to);
  }
}

/**
 * Shorter texts are searched with indexOf (every article of the corpus is; the longest is 34 kB).
 * Up to speaker-check's SEARCH_REACH every window is the whole text and a name's answer is kept, so
 * its searches are few; past it the windows differ from source to source and the index pays
 * (profiled: it costs about 4 ms per MB to build and search, the searches it replaces 13 at 300 kB).
 */
const INDEX_FROM = 100_000;

/** Characters from its capital a key is indexed by: a shorter key is searched with indexOf. */
const PREFIX = 4;

/**
 * The text's capital letters (A-Z), grouped by a hash of the PREFIX characters starting at each,
 * each group in text order. Names are what is searched, and a name starts with a capital ("Acme, ",
 * " Tawhiri"): indexing only capitals (a few in a hundred characters) keeps the index small and
 * quick to build. Keys that do not start so are searched with indexOf.
 */
class CapitalIndex {
  private readonly shift: number;
  /** Group g's capitals are at positions[starts[g] .. starts[g + 1]). */
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;

  constructor(private readonly text: string) {
    const at: number[] = [];
    const hashes: number[] = [];
    // The regex finds the capitals natively, three times as fast as a loop over every character.
    const capital = /[A-Z]/g;
    for (let n = text.length - PREFIX + 1; capital.test(text); ) {
      const i = capital.lastIndex - 1;
      if (i >= n) break;
      at.push(i);
      hashes.push(hashAt(text, i));
    }
    let bits = 8;
    while (bits < 20 && 1 << bits < at.length) bits++;
    this.shift = 32 - bits;
    const starts = new Int32Array((1 << bits) + 1);
    for (let k = 0; k < at.length; k++) starts[(hashes[k] = hashes[k]! >>> this.shift) + 1]!++;
    for (let g = 1; g < starts.length; g++) starts[g]! += starts[g - 1]!;
    const fill = starts.slice(0, -1);
    const positions = new Int32Array(at.length);
    for (let k = 0; k < at.length; k++) positions[fill[hashes[k]!]!++] = at[k]!;
    this.starts = starts;
    this.positions = positions;
  }

  /** Whether `key` is searched here: its first character, or the one after a leading space, a capital with PREFIX characters from it. */
  static fits(key: string): boolean {
    const lead = key.charCodeAt(0) === 32 ? 1 : 0;
    const c = key.charCodeAt(lead);
    return c >= 65 && c <= 90 && key.length - lead >= PREFIX;
  }

  /** As NameUses.next, for a key that fits. */
  next(key: string, from: number, to: number): number {
    const lead = key.charCodeAt(0) === 32 ? 1 : 0;
    const g = hashAt(key, lead) >>> this.shift;
    const { positions, text } = this;
    // The key's capital stands `lead` characters into it.
    const first = from + lead;
    const last = to - key.length + lead;
    let lo = this.starts[g]!;
    let hi = this.starts[g + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo, end = this.starts[g + 1]!; k < end; k++) {
      const p = positions[k]!;
      if (p > last) return -1;
      if (text.startsWith(key, p - lead)) return p - lead;
    }
    return -1;
  }
}

/** A hash of the PREFIX characters of `s` at `i` (all 32 bits mixed: the index keeps the top ones). */
function hashAt(s: string, i: number): number {
  let h = 0;
  for (let k = 0; k < PREFIX; k++) h = Math.imul(h ^ s.charCodeAt(i + k), 0x9e3779b1);
  return h;
}
