import { phraseEndingAt, phraseStartingAt, type Phrase } from './noun-phrase';
import type { Token } from './tokens';

/**
 * The source of "in the words of Ann Lee, “…”" (after the cue word "words", inverted) or of
 * "in Lee’s words, “…”" (before it); null for other uses of "words".
 */
export function wordsOfSource(toks: Token[], i: number): { ph: Phrase; inverted: boolean } | null {
  const prev = toks[i - 1];
  if (!prev || !prev.word || prev.quoted) return null;
  if (prev.lower === 'the' && toks[i - 2]?.lower === 'in' && toks[i + 1]?.lower === 'of') {
    const ph = phraseStartingAt(toks, i + 2);
    return ph && toks[ph.head]!.cap ? { ph, inverted: true } : null;
  }
  // "in Lee’s words", "in Forbes’ words": a possessive name right after "in".
  if (!prev.cap || !/(?:[’']s|s[’'])$/.test(prev.text)) return null;
  const ph = phraseEndingAt(toks, i - 1);
  return ph && ph.last === i - 1 && toks[ph.first - 1]?.lower === 'in' ? { ph, inverted: false } : null;
}

/** "As one aide put it, “…”": "put it" closing its clause is a cue ("put it this way" is not). */
export function isPutIt(toks: Token[], i: number): boolean {
  if (toks[i]!.lower !== 'put' || toks[i + 1]?.lower !== 'it') return false;
  const after = toks[i + 2];
  return !after || !after.word;
}
