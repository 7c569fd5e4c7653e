import type { ReadText } from './document';
import { SCARE_QUOTE_LEADS, TITLE_LEADS } from './scare-quote-leads';
import type { AttributedQuote } from './speakers';

const TITLE_CONNECTORS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'is', 'at', 'de', 'du', 'la', 'le']); // "Orange is the New Black"

/**
 * Is this quotation reported speech, or marks around a word, a title or a nickname? Titles
 * (MSNBC's “Morning Joe,”), nicknames (Dwayne “The Rock” Johnson), words after "so-called", and
 * quotes inside a headline are not reported. Short quotes with no cue are kept: in news copy most
 * of them are someone's words ("called the meeting “perfunctory”").
 */
export function reportedSpeechFilter(doc: ReadText): (q: AttributedQuote) => boolean {
  const headlines = new Map<number, boolean>();
  const isHeadlineParagraph = (i: number): boolean => {
    let v = headlines.get(i);
    if (v === undefined) {
      v = isHeadline(doc.text, doc.paragraphs[i]!);
      headlines.set(i, v);
    }
    return v;
  };
  return (q) => isReportedSpeech(doc, q, isHeadlineParagraph);
}

function isReportedSpeech(doc: ReadText, q: AttributedQuote, isHeadlineParagraph: (i: number) => boolean): boolean {
  const { text } = doc;
  // Only the first words matter (the tests below look at up to nine of them).
  const inner = text.slice(q.span.innerStart, Math.min(q.span.innerEnd, q.span.innerStart + 120)).trim();
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return false;
  if (isHeadlineParagraph(q.span.paragraph)) return false;
  const lead = text.slice(Math.max(0, q.span.start - 40), q.span.start).toLowerCase();
  const lastWords = lead.split(/[^\p{L}\p{N}’'-]+/u).filter(Boolean).slice(-2);
  if (lastWords.some((w) => SCARE_QUOTE_LEADS.has(w)) && words.length <= 4 && !q.ownCue) return false;
  const endsLikeSentence = /[.!?]$/.test(text.slice(q.span.innerStart, q.span.innerEnd).slice(-3).trim());
  if (looksLikeTitle(words)) {
    if (/[’']s\s?$/.test(lead)) return false; // ABC’s “Good Morning America”
    if (lastWords.some((w) => TITLE_LEADS.has(w))) return false; // the TLC reality show “Cake Boss.”
    const before = text.slice(Math.max(0, q.span.start - 20), q.span.start);
    if (/(?:^|\s)\p{Lu}\p{Ll}+\s$/u.test(before) && /^\s\p{Lu}/u.test(text.slice(q.span.end, q.span.end + 2))) return false; // Dwayne “The Rock” Johnson
    if (!endsLikeSentence && !q.ownCue && words.length <= 3 && q.kind === 'partial') return false;
  }
  // A fragment of one or two words that nobody in the context is said to have said: a scare quote.
  if (!q.ownCue && q.kind === 'partial' && words.length <= 2 && !q.speakerSpan) return false;
  return true;
}

function looksLikeTitle(words: string[]): boolean {
  if (words.length > 8) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_CONNECTORS.has(w.toLowerCase())));
}

/** A headline: a short paragraph with no final period where most words are capitalised. */
function isHeadline(text: string, p: { start: number; end: number }): boolean {
  if (p.end - p.start > 220) return false;
  const para = text.slice(p.start, p.end);
  if (/[.!?]["”’]?$/.test(para) && !/[’']\.?$/.test(para)) {
    // Headlines may still end in a quoted sentence: ‘This Cannot Continue.’
    if (!/[‘’]/.test(para)) return false;
  }
  const words = para.split(/\s+/).filter((w) => /^[\p{L}‘“"']/u.test(w) && w.replace(/^[‘“"']/, '').length > 3);
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^[‘“"']?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.75;
}
