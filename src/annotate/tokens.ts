import type { Span } from '../model/analysis';
import { ABBREVIATIONS } from './abbreviations';

/** A word or punctuation mark with its offsets in the article text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** Lowercase, curly apostrophes straightened, possessive "'s" kept. */
  readonly lower: string;
  /** Starts with an uppercase letter. */
  readonly cap: boolean;
  /** A word (letters or digits), not punctuation. */
  readonly word: boolean;
  /** Inside a quotation: never a cue or a subject. */
  readonly quoted: boolean;
  /** Written in ASCII letters and digits only (no joiner, no kept period or apostrophe): one whole ASCII word, so the phrase tables' words are looked up by `lower` alone (phrase-triggers.ts). */
  readonly plain: boolean;
}

/** Bits of TokenOf.flags. */
const CAP = 1;
const WORD = 2;
const QUOTED = 4;
const PLAIN = 8;

/**
 * The tokenizer's tokens: the four yes/no properties held as bits of one field. Every token of the
 * article is kept until it is annotated, so on a long text their size is what the garbage collector
 * copies (an object of eight fields took 88 bytes, five take 64).
 */
class TokenOf implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    private readonly flags: number,
  ) {}
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  get word(): boolean {
    return (this.flags & WORD) !== 0;
  }
  get quoted(): boolean {
    return (this.flags & QUOTED) !== 0;
  }
  get plain(): boolean {
    return (this.flags & PLAIN) !== 0;
  }
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const UPPER_RE = /^\p{Lu}/u;

/** Letters, digits and combining marks; ASCII by table, the rest by one Unicode test. */
function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters (emoji) stand alone
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: ’ “ ” — … (the commonest non-ASCII in news copy)
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Latin Extended letters: é, ç, ł
  return WORD_RE.test(String.fromCharCode(c));
}

/** ASCII letters and digits, by char code: the tokenizer asks this of every character. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = ASCII_WORD[c + 32] = 1;

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Inside a word only when a word character follows: "don’t", "Yves-Francois", "U.S". */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 46;
}

/**
 * Tokens of text[from, to): words (joined over ’ ' - . when a letter follows) and single
 * punctuation marks. One left-to-right scan, no backtracking. `quotes`, the quotation spans
 * (sorted, not overlapping) or a function of an offset, says whether a token is inside a
 * quotation. A final period stays on the word only for abbreviations and initialisms ("Mr.", "U.S.").
 *
 * Speed (every stage reads these tokens, so this runs over every character of the article): the
 * scan notes whether a word has an uppercase letter, a non-ASCII character or a joining period as
 * it goes, so a plain lowercase ASCII word (most of running text) is sliced once and is its own
 * lowercase form, with no regex and no second pass. `narrow`, the text's latin1Copy, gives the
 * words a one-byte copy of themselves where it holds them.
 */
export function tokenize(text: string, from: number, to: number, quotes: readonly Span[] | ((i: number) => boolean), narrow: string = text): Token[] {
  const out: Token[] = [];
  // Spans are read as a cursor, the first span not yet passed: two comparisons a token, no call.
  let q = typeof quotes === 'function' ? 0 : firstEndingAfter(quotes, from);
  let qStart = to;
  let qEnd = to;
  if (typeof quotes !== 'function' && q < quotes.length) ({ start: qStart, end: qEnd } = quotes[q]!);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let quoted: boolean;
    if (typeof quotes === 'function') quoted = quotes(i);
    else {
      while (i >= qEnd && ++q < quotes.length) ({ start: qStart, end: qEnd } = quotes[q]!);
      quoted = i >= qStart && i < qEnd;
    }
    if (!isWordCode(c)) {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const t = text.slice(i, i + len);
      // (A mark of the general punctuation block, “ ” — …, has no lowercase: no call for it.)
      const lower = c === 0x2019 ? "'" : len === 1 && (c < 128 || (c >= 0x2000 && c <= 0x206f)) ? t : t.toLowerCase();
      out.push(new TokenOf(i, i + len, t, lower, quoted ? QUOTED : 0));
      i += len;
      continue;
    }
    // What the word holds, noted during the scan: an ASCII capital, a non-ASCII character, a joining period.
    let upper = c >= 65 && c <= 90;
    let wide = c >= 128;
    let beyondLatin1 = c > 255; // a character `narrow` does not hold as written
    let curly = false; // a ’, which `narrow` holds as '
    let dotted = false;
    let joined = false; // a joiner crossed, or a final period or apostrophe kept
    let j = i + 1;
    for (;;) {
      let d = 0;
      while (j < to) {
        d = text.charCodeAt(j);
        if (d < 128) {
          if (ASCII_WORD[d] !== 1) break;
          if (d <= 90) upper ||= d >= 65;
        } else if (isWordCode(d)) {
          wide = true;
          if (d > 255) beyondLatin1 = true;
        } else break;
        j++;
      }
      if (j + 1 < to && isJoiner(d) && isWordCode(text.charCodeAt(j + 1))) {
        if (d === 46) dotted = true;
        else if (d === 0x2019) wide = curly = true;
        joined = true;
        j++;
      } else break;
    }
    // "Sanders’ campaign": a plural possessive keeps its apostrophe.
    const apo = j < to ? text.charCodeAt(j) : 0;
    if ((apo === 0x2019 || apo === 39) && text.charCodeAt(j - 1) === 115 && (j + 1 >= to || text.charCodeAt(j + 1) === 32)) {
      if (apo === 0x2019) wide = curly = true;
      joined = true;
      j++;
    }
    // Sliced from `narrow` where it holds the word as written (its lowercase form too, with ’ already '):
    // a one-byte string, which every later lookup, comparison and lowercasing reads faster.
    const src = beyondLatin1 ? text : narrow;
    const one = src.slice(i, j);
    const bare = curly ? text.slice(i, j) : one;
    let lower = upper || wide ? one.toLowerCase() : bare;
    let t = bare;
    if (j < to && text.charCodeAt(j) === 46) {
      const keep = dotted || (j - i === 1 && (upper || (wide && UPPER_RE.test(bare)))) || ABBREVIATIONS.has(lower);
      if (keep) {
        joined = true;
        j++;
        const withDot = src.slice(i, j);
        t = curly ? text.slice(i, j) : withDot;
        lower = upper || wide ? withDot.toLowerCase() : t;
      }
    }
    if (curly && lower.includes('’')) lower = lower.replace(/’/g, "'");
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t);
    out.push(new TokenOf(i, j, t, lower, WORD | (cap ? CAP : 0) | (quoted ? QUOTED : 0) | (!wide && !joined ? PLAIN : 0)));
    i = j;
  }
  return out;
}

/** The index of the first span ending after offset i (spans sorted, not overlapping), or spans.length. */
function firstEndingAfter(spans: readonly Span[], i: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Decodes bytes as Latin-1 (the "latin1" label reads 0x80–0x9F otherwise, which latin1Copy never writes); null where there is none. */
const LATIN1 = latin1Decoder();

function latin1Decoder(): TextDecoder | null {
  try {
    return new TextDecoder('latin1');
  } catch {
    return null;
  }
}

/**
 * The text with each character beyond Latin-1 replaced (’ by ', the others and the C1 controls by
 * U+001A), same length and offsets. News text holds ’ and “ ”, so V8 stores it, and every slice of
 * it, two bytes a character; this copy is one byte a character, and so are the words sliced from it.
 */
export function latin1Copy(text: string): string {
  if (LATIN1 === null) return text; // the words are then sliced from the text itself, as before
  // A text with no character the copy would replace is its own copy (a native search, where the copy is a loop over every character).
  if (!REPLACED.test(text)) return text;
  const n = text.length;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c < 128 || (c >= 160 && c < 256) ? c : c === 0x2019 ? 39 : 26;
  }
  return LATIN1.decode(bytes);
}

/** The characters latin1Copy replaces: the C1 controls and everything beyond Latin-1. */
const REPLACED = /[\x80-\x9f\u0100-\uffff]/;

/**
 * A live blog entry's time stamp, which may open a sentence before its subject: "00.30", "13.08".
 * (A colon is no joiner: "14:53" is three tokens, and its first, "14", is no stamp.)
 */
export function isLiveTimeStamp(t: Token): boolean {
  return LIVE_TIME_STAMP.test(t.text);
}

const LIVE_TIME_STAMP = /^\d{1,2}\.\d\d$/;

/** A hyphen, en or em dash standing alone (by char code: asked of every punctuation mark). */
export function isDash(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** "Minister's" → "minister"; "Trump’s" → "trump". */
export function stripPossessive(lower: string): string {
  // By char code: asked of most words the phrase readers look at.
  const n = lower.length;
  if (n < 2) return lower;
  const last = lower.charCodeAt(n - 1);
  const before = lower.charCodeAt(n - 2);
  if (last === 115 && before === 39) return lower.slice(0, -2); // 's
  if (last === 39 && before === 115) return lower.slice(0, -1); // s'
  return lower;
}

/**
 * Every lowercase form `stripPossessive` takes to the listed word `w`: itself (unless stripping would
 * change it), with 's, and with ' after a final s. A table built of these is read with the word as
 * it stands, no stripping per lookup.
 */
export function possessiveForms(w: string): string[] {
  const forms = stripPossessive(w) === w ? [w] : [];
  forms.push(`${w}'s`);
  if (w.endsWith('s')) forms.push(`${w}'`);
  return forms;
}

/** "mr." → "mr": the honorific table holds them without the period. */
export function withoutFinalDot(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/** Ends in a possessive "’s" or "'s" ("Hoekstra’s"), as written: by char code, asked of every capitalised word. */
export function endsPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return false;
  const a = text.charCodeAt(n - 2);
  return a === 0x2019 || a === 39;
}

/** "Airlines'", "Jones’": a word in s with a possessive apostrophe after it. */
export function endsPluralPossessive(text: string): boolean {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 2) !== 115) return false;
  const c = text.charCodeAt(n - 1);
  return c === 39 || c === 0x2019;
}

/** Either possessive: "Hoekstra’s", "Acme Airlines'" (a name ends there). */
export function endsAnyPossessive(text: string): boolean {
  return endsPossessive(text) || endsPluralPossessive(text);
}

/**
 * Whether `longer` may be the fuller form of the name `known`: it keeps its first name ("Kamala Devi
 * Harris" for "Kamala Harris"; not "Shyamala Gopalan Harris", her mother), or `known` is a lone word.
 */
export function keepsFirstName(known: string, longer: string): boolean {
  const space = known.indexOf(' ');
  return space < 0 || longer.startsWith(known.slice(0, space + 1));
}

/** "Pete Hoekstra’s" → "Pete Hoekstra": a final "’s" or "'s" dropped, case kept. */
export function withoutPossessive(text: string): string {
  return endsPossessive(text) ? text.slice(0, -2) : text;
}

/** "Rachel Reeves'" → "Rachel Reeves": a final possessive apostrophe is not part of the name. */
export function withoutApostrophe(name: string): string {
  const last = name[name.length - 1];
  return last === "'" || last === '’' ? name.slice(0, -1) : name;
}

/** Spaces in a name: its words less one, counted without splitting it (asked once per name mention). */
export function spaceCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** The tokens' texts (those of toks[from, to) when given) joined by single spaces (a loop: no array of strings, nor of tokens, on the way). */
export function joinTexts(toks: readonly Token[], from = 0, to = toks.length): string {
  if (to <= from) return '';
  let s = toks[from]!.text;
  for (let k = from + 1; k < to; k++) s += ' ' + toks[k]!.text;
  return s;
}
