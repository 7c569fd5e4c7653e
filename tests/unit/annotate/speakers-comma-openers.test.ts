import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a sentence-opening adverb before a comma', () => {
  it('gives "Likewise, a paper from Brookings had this to say: “…”" to the paper, not to the source before', () => {
    const r = read(
      'The Washington Post recently ran a piece that noted his "plan would help the rich." Likewise, a paper from the left-leaning Brookings Institution had this to say about his proposal: "Families at the top would gain."',
    );
    expect(r.speakerSpanText('Families at the top')).toBe('a paper from the left-leaning Brookings Institution');
  });
});
