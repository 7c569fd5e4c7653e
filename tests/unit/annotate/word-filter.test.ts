import { describe, expect, it } from 'vitest';
import { mayHold, wordFilter } from '../../../src/annotate/word-filter';

describe('word filter: a first test before a word list lookup', () => {
  it('lets through every word of its lists, whatever its letters or length', () => {
    const lists = [['said', 'according', 'communiqué', 'écrit'], new Set(['a', 'x'.repeat(40), "he's"])];
    const filter = wordFilter(...lists);
    for (const list of lists) for (const w of list) expect(mayHold(filter, w), w).toBe(true);
  });

  it('turns away most other words (another length, first or last letter)', () => {
    const filter = wordFilter(['said', 'told']);
    for (const w of ['the', 'sad', 'saids', 'paid', 'sail', 'minister']) expect(mayHold(filter, w), w).toBe(false);
  });

  it('may let through a word of the same length and first and last letters (the list lookup settles it)', () => {
    expect(mayHold(wordFilter(['said']), 'sand')).toBe(true);
  });
});
