import type { Span } from '../model/analysis';
import { findAttributions, subjectAttribution, type Attribution } from './cues';
import { findQuoteSpans, type QuoteSpan } from './quotes';
import { paragraphs, sentences } from './text-units';
import { latin1Copy, tokenize, type Token } from './tokens';

export interface Sentence extends Span {
  paragraph: number;
  index: number;
  toks: Token[];
  attributions: Attribution[];
  /** The sentence's subject when it has no cue, else null. */
  subject: Attribution | null;
}

/** The article read once: paragraphs, quotation spans, sentences with their tokens and cues. */
export interface ReadText {
  text: string;
  /** `text` with the characters beyond Latin-1 replaced, one byte a character (see latin1Copy). */
  latin1: string;
  paragraphs: Span[];
  quoteSpans: QuoteSpan[];
  sentences: Sentence[];
  /** All attributions in text order. */
  attributions: Attribution[];
  /** Attributions and cueless sentence subjects, in text order (what coreference reads). */
  context: Attribution[];
}

/**
 * Reads the article once. `visit` is handed each sentence's tokens as soon as they are made, so
 * other passes over every token (names, pronouns) run while those tokens are still in cache.
 */
export function readText(text: string, visit?: (toks: Token[]) => void): ReadText {
  const paras = paragraphs(text);
  const quoteSpans = findQuoteSpans(text, paras);
  const narrow = latin1Copy(text);
  const out: Sentence[] = [];
  const attributions: Attribution[] = [];
  const context: Attribution[] = [];
  paras.forEach((p, pi) => {
    for (const s of sentences(text, p)) {
      const toks = tokenize(text, s.start, s.end, quoteSpans, narrow);
      const index = out.length;
      const attrs = findAttributions(text, toks, pi, index);
      const subject = hasSource(attrs) ? null : subjectAttribution(text, toks, pi, index);
      out.push({ start: s.start, end: s.end, paragraph: pi, index, toks, attributions: attrs, subject });
      visit?.(toks);
      if (subject) context.push(subject);
      for (const a of attrs) {
        attributions.push(a);
        context.push(a);
      }
    }
  });
  return { text, latin1: narrow, paragraphs: paras, quoteSpans, sentences: out, attributions, context };
}

/** Some cue of the sentence has a source phrase (then its subject is not read as context). */
function hasSource(attrs: readonly Attribution[]): boolean {
  for (const a of attrs) if (a.source) return true;
  return false;
}
