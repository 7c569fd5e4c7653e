import { ABBREVIATIONS } from './abbreviations';

/** A word or punctuation mark with its offsets in the article text. */
export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lowercase, curly apostrophes straightened, possessive "'s" kept. */
  lower: string;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Inside a quotation: never a cue or a subject. */
  quoted: boolean;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const UPPER_RE = /^\p{Lu}/u;

/** Letters, digits and combining marks; ASCII by table, the rest by one Unicode test. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters (emoji) stand alone
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: ’ “ ” — … (the commonest non-ASCII in news copy)
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Latin Extended letters: é, ç, ł
  return WORD_RE.test(String.fromCharCode(c));
}

/** Inside a word only when a word character follows: "don’t", "Yves-Francois", "U.S". */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 46;
}

/**
 * Tokens of text[from, to): words (joined over ’ ' - . when a letter follows) and single
 * punctuation marks. One left-to-right scan, no backtracking. `insideQuote(i)` says whether
 * offset i lies inside a quotation. A final period stays on the word only for abbreviations and
 * initialisms ("Mr.", "U.S.").
 */
export function tokenize(text: string, from: number, to: number, insideQuote: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) {
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      out.push(make(text.slice(i, i + len), i, i + len, false, insideQuote));
      i += len;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < to && isWordCode(text.charCodeAt(j))) j++;
      if (j + 1 < to && isJoiner(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    // "Sanders’ campaign": a plural possessive keeps its apostrophe.
    const apo = j < to ? text.charCodeAt(j) : 0;
    if ((apo === 0x2019 || apo === 39) && text.charCodeAt(j - 1) === 115 && (j + 1 >= to || text.charCodeAt(j + 1) === 32)) j++;
    let t = text.slice(i, j);
    if (j < to && text.charCodeAt(j) === 46) {
      const keep = t.includes('.') || (t.length === 1 && UPPER_RE.test(t)) || ABBREVIATIONS.has(t.toLowerCase());
      if (keep) {
        j++;
        t += '.';
      }
    }
    out.push(make(t, i, j, true, insideQuote));
    i = j;
  }
  return out;
}

function make(t: string, start: number, end: number, word: boolean, insideQuote: (i: number) => boolean): Token {
  const c = t.charCodeAt(0);
  const lower = t.toLowerCase();
  return {
    start,
    end,
    text: t,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    cap: c < 128 ? c >= 65 && c <= 90 : word && UPPER_RE.test(t),
    word,
    quoted: insideQuote(start),
  };
}

/** "Minister's" → "minister"; "Trump’s" → "trump". */
export function stripPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("s'") ? lower.slice(0, -1) : lower;
}
