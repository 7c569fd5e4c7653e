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
  // Marked inverted as "according to Lee" is: the fronted phrase is no subject of the clause after it ("In Lee’s words, it was …").
  if (!prev.cap || !/(?:[’']s|s[’'])$/.test(prev.text)) return null;
  const ph = phraseEndingAt(toks, i - 1);
  return ph && ph.last === i - 1 && toks[ph.first - 1]?.lower === 'in' ? { ph, inverted: true } : null;
}

/**
 * Two-word cues, as the index of their second word, or -1: "As one aide put it, “…”" ("put it this
 * way" is not one), "as The Hill pointed out, “…”", "she points out that …".
 */
export function phrasalCue(toks: Token[], i: number): number {
  const w = toks[i]!.lower;
  const next = toks[i + 1];
  if (!next || !next.word) return -1;
  if ((w === 'put' || w === 'puts') && next.lower === 'it') {
    const after = toks[i + 2];
    return !after || !after.word ? i + 1 : -1;
  }
  return (w === 'pointed' || w === 'points') && next.lower === 'out' ? i + 1 : -1;
}
