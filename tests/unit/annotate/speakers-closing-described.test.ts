import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a name closing a sentence after its cue and a lowercase description', () => {
  const text =
    'Ann Lee rejects the polls. She said the count was “rigged.”\n\n' +
    'Housing is the top issue for the region, said longtime union organizer Carl Brandt.\n\n' +
    'Still, he’s worried about his union’s “weak turnout” in the suburbs.';

  it('makes "said longtime union organizer Carl Brandt." a source, so the next "he" is his', () => {
    expect(read(text).saidBy('weak turnout')).toBe('Carl Brandt');
  });

  it('keeps the description out of the name', () => {
    expect(read(text).speakers.map((s) => s.name)).toContain('Carl Brandt');
  });
});
