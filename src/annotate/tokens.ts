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

// One iteration per separator: no nested quantifier can backtrack.
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:[’'\-.][\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu;
const UPPER_RE = /^\p{Lu}/u;

/**
 * Tokens of text[from, to). `insideQuote(i)` says whether offset i lies inside a quotation. A
 * final period stays on the word only for abbreviations and initialisms ("Mr.", "U.S.").
 */
export function tokenize(text: string, from: number, to: number, insideQuote: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    let t = m[0];
    const start = from + m.index;
    let end = start + t.length;
    let dot: Token | null = null;
    if (t.length > 1 && t.endsWith('.')) {
      const bare = t.slice(0, -1);
      const keep = bare.includes('.') || (bare.length === 1 && UPPER_RE.test(bare)) || ABBREVIATIONS.has(bare.toLowerCase());
      if (!keep) {
        t = bare;
        end -= 1;
        dot = make('.', end, end + 1, insideQuote);
      }
    }
    out.push(make(t, start, end, insideQuote));
    if (dot) out.push(dot);
  }
  return out;
}

function make(t: string, start: number, end: number, insideQuote: (i: number) => boolean): Token {
  const word = /[\p{L}\p{N}]/u.test(t[0]!);
  return {
    start,
    end,
    text: t,
    lower: t.toLowerCase().replace(/’/g, "'"),
    cap: UPPER_RE.test(t),
    word,
    quoted: insideQuote(start),
  };
}

/** "Minister's" → "minister"; "Trump’s" → "trump". */
export function stripPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("s'") ? lower.slice(0, -1) : lower;
}
