import type { ReadText } from './document';
import type { AttributedQuote } from './speakers';

const TITLE_CONNECTORS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'is', 'at', 'de', 'du', 'la', 'le']); // "Orange is the New Black"

/**
 * Is this quotation reported speech, or marks around a word, a title or a nickname? Scare quotes
 * ("the so-called “undercard” debate"), titles (“Saturday Night Live”) and nicknames are not
 * reported: short, with no cue of their own, or title-cased right after a possessive.
 */
export function isReportedSpeech(doc: ReadText, q: AttributedQuote): boolean {
  const { text } = doc;
  const inner = text.slice(q.span.innerStart, Math.min(q.span.innerEnd, q.span.innerStart + 400)).trim();
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return false;
  const endsLikeSpeech = /[.!?,;:—–-]$/.test(inner);
  if (looksLikeTitle(words) && !endsLikeSpeech) {
    const before = text.slice(Math.max(0, q.span.start - 3), q.span.start);
    if (/[’']s\s?$/.test(before)) return false; // ABC’s “Good Morning America”
    if (/\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, q.span.start - 20), q.span.start)) && /^\s\p{Lu}/u.test(text.slice(q.span.end, q.span.end + 2))) return false; // Dwayne “The Rock” Johnson
    if (!q.ownCue) return false;
  }
  if (q.ownCue) return true;
  if (q.kind === 'direct' && words.length >= 3) return true;
  return words.length >= 5;
}

function looksLikeTitle(words: string[]): boolean {
  if (words.length > 8) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_CONNECTORS.has(w.toLowerCase())));
}
