import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/annotate';
import type { Annotations } from '../../../src/model/analysis';

/** Inputs built to hurt a careless scanner: each must finish (no quadratic blow-up) with sane results. */
function sane(text: string, a: Annotations): void {
  const ids = new Set(a.speakers.map((s) => s.id));
  // One assertion over all items: hundreds of thousands of expect() calls would be the slow part.
  const badQuote = a.quotes.find(
    (q) => q.start < 0 || q.end > text.length || q.start > q.end || (q.speaker !== null && !ids.has(q.speaker)),
  );
  expect(badQuote).toBeUndefined();
  const badItem = a.anonymous.find((x) => x.start < 0 || x.end > text.length || x.start > x.end);
  expect(badItem).toBeUndefined();
}

describe('hostile inputs', { timeout: 60_000 }, () => {
  it('handles 1 MB of alternating quotation marks', () => {
    const text = '“”"«»‘’'.repeat(150_000).slice(0, 1_000_000);
    const a = annotate(text);
    sane(text, a);
    expect(a.quotes).toHaveLength(0); // no words between any pair of marks
  });

  it('handles 1 MB of one-word quotations in one paragraph', () => {
    const text = '“a” '.repeat(250_000);
    const a = annotate(text);
    sane(text, a);
  });

  it('handles 100,000 "said" tokens', () => {
    const text = 'said '.repeat(100_000) + '“Hello there,” said Mr. Hoekstra.';
    const a = annotate(text);
    sane(text, a);
    expect(a.quotes.at(-1)?.text).toBe('Hello there,');
  });

  it('handles a single 2 MB paragraph of ordinary sentences without a line break', () => {
    const sentence = '“We will win,” Mr. Hoekstra said, according to one senior official who spoke on condition of anonymity. ';
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const a = annotate(text);
    sane(text, a);
    expect(a.quotes.length).toBeGreaterThan(10_000);
    expect(a.anonymous.length).toBeGreaterThan(10_000);
  });

  it('handles a 2 MB paragraph with no sentence end at all', () => {
    const text = 'word “quoted words here” Mr. Smith said '.repeat(50_000);
    const a = annotate(text);
    sane(text, a);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(annotate('')).toEqual({ quotes: [], speakers: [], anonymous: [] });
    expect(annotate(' \n\r\n\t')).toEqual({ quotes: [], speakers: [], anonymous: [] });
  });
});
