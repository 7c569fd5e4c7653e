import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a count after an ordinal', () => {
  it('reads "the first five questioners" whole as the subject that introduces the questions after a colon', () => {
    const r = read('His plan has not worked. At his news conference, the first five questioners ranged from skeptical to hostile: “Is it time for your plan to change?”');
    expect(r.speakerSpanText('time for your plan')).toBe('the first five questioners');
  });

  it('keeps the possessive before the ordinal: "Lee’s first five questioners"', () => {
    const r = read('His plan has not worked. On Monday, Lee’s first five questioners ranged from skeptical to hostile: “Is it time for your plan to change?”');
    expect(r.speakerSpanText('time for your plan')).toBe('Lee’s first five questioners');
  });
});

describe('two joined plurals', () => {
  it('reads "Cyber security experts and U.S. officials, however, said" whole, not "the attack" after the cue', () => {
    const r = read('The attack came on Monday. Cyber security experts and U.S. officials, however, said the attack was “sophisticated.”');
    expect(r.speakerSpanText('sophisticated')).toBe('Cyber security experts and U.S. officials');
  });
});
