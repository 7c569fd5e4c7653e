import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/annotate';

/**
 * Whatever the text, the engine never throws and its result is well formed: offsets inside the
 * text, spans ordered, quote text equal to what lies between the marks, speaker ids that exist.
 */
const MARKS = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '«\u00a0', '\u00a0»', '\u202f»'];
const WORDS = ['said', 'Mr.', 'Hoekstra', 'he', 'she', 'they', 'according to', 'a senior official', 'the source', 'critics say',
  'on condition of anonymity', 'a déclaré', 'selon', 'U.S.', 'Dr.', 'the Prime Minister’s Office', 'told reporters', ',', '.', '?', ':'];
const ODD = ['\u0000', '\u0007', '\r\n', '\r', '\n\n', '\u200f', '\u202e', 'مرحبا', 'שלום', '😀', '👩‍👩‍👧', '\ud800', '\udc00', '\u00a0', '\ufeff', '\t'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const articleLike = fc.array(token, { maxLength: 120 }).map((t) => t.join(' '));
const anyString = fc.string({ unit: 'binary', maxLength: 400 });
const longSentence = fc
  .tuple(fc.constantFrom(...WORDS), fc.integer({ min: 200, max: 3000 }), fc.constantFrom(...MARKS))
  .map(([w, n, m]) => `${m}${(w + ' ').repeat(n)}${m} said Mr. Smith`);

const CLOSERS = ['"', '”', '»', '’', '“'];
const OPENERS = ['"', '“', '„', '«', '‘'];
const SPACES = /^[ \u00a0\u202f\u2009]*/;

function checkWellFormed(text: string): void {
  const a = annotate(text);
  const ids = new Set(a.speakers.map((s) => s.id));
  expect(ids.size).toBe(a.speakers.length);
  for (const q of a.quotes) {
    expect(0 <= q.start && q.start <= q.end && q.end <= text.length).toBe(true);
    expect(OPENERS).toContain(text[q.start]);
    // The words between the marks: after the opening mark (and a guillemet's spaces), before the closing one.
    let innerStart = q.start + 1;
    innerStart += SPACES.exec(text.slice(innerStart, innerStart + 8))![0].length * (text[q.start] === '«' ? 1 : 0);
    const inner = text.slice(innerStart, q.end);
    const withoutClose = CLOSERS.includes(text[q.end - 1]!) && q.end - 1 >= innerStart ? inner.slice(0, -1) : inner;
    const candidates = [inner, withoutClose, withoutClose.replace(/[ \u00a0\u202f\u2009]+$/, ''), inner.replace(/[ \u00a0\u202f\u2009]+$/, '')];
    expect(candidates).toContain(q.text);
    if (q.speaker !== null) expect(ids.has(q.speaker)).toBe(true);
    if (q.speakerSpan) expect(0 <= q.speakerSpan.start && q.speakerSpan.start <= q.speakerSpan.end && q.speakerSpan.end <= text.length).toBe(true);
    if (q.cue) {
      expect(0 <= q.cue.start && q.cue.start <= q.cue.end && q.cue.end <= text.length).toBe(true);
      expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  }
  for (let i = 1; i < a.quotes.length; i++) expect(a.quotes[i - 1]!.end <= a.quotes[i]!.start).toBe(true);
  for (const s of a.speakers) {
    for (const m of s.mentions) expect(0 <= m.start && m.start <= m.end && m.end <= text.length).toBe(true);
  }
  for (const x of a.anonymous) {
    expect(0 <= x.start && x.start <= x.end && x.end <= text.length).toBe(true);
    expect(text.slice(x.start, x.end)).toBe(x.text);
    if (x.speaker !== null) expect(ids.has(x.speaker)).toBe(true);
  }
}

describe('annotate on any input', () => {
  it('is well formed on random Unicode strings', () => {
    fc.assert(fc.property(anyString, (t) => checkWellFormed(t)), { numRuns: 4000 });
  });

  it('is well formed on article-like text with unbalanced and nested marks of every kind, RTL, emoji and control characters', () => {
    fc.assert(fc.property(articleLike, (t) => checkWellFormed(t)), { numRuns: 4000 });
  });

  it('is well formed with CRLF paragraphs', () => {
    fc.assert(fc.property(fc.array(articleLike, { maxLength: 6 }), (ps) => checkWellFormed(ps.join('\r\n\r\n'))), { numRuns: 1500 });
  });

  it('is well formed on very long sentences', () => {
    fc.assert(fc.property(longSentence, (t) => checkWellFormed(t)), { numRuns: 300 });
  });

  it('gives the same result twice for the same text (stable ids)', () => {
    fc.assert(
      fc.property(articleLike, (t) => {
        expect(JSON.stringify(annotate(t))).toBe(JSON.stringify(annotate(t)));
      }),
      { numRuns: 500 },
    );
  });
});
