import { annotate } from '../../../src/annotate';
import type { Annotations, Quote, Speaker } from '../../../src/model/analysis';

/** The annotations of a text, with lookups by words, for readable assertions. */
export function read(text: string) {
  const a: Annotations = annotate(text);
  const speakerOf = (q: Quote | undefined): Speaker | undefined => a.speakers.find((s) => s.id === q?.speaker);
  const quote = (words: string): Quote | undefined => a.quotes.find((q) => q.text.includes(words));
  return {
    ...a,
    quote,
    speakerOf,
    /** The speaker name of the quote containing these words. */
    saidBy: (words: string): string | null => speakerOf(quote(words))?.name ?? null,
    /** The text at a quote's speakerSpan. */
    speakerSpanText: (words: string): string | null => {
      const q = quote(words);
      return q?.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null;
    },
  };
}
