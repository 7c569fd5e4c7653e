import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a speaker given with age and home town ("Ann Lee, 45, of Dayton said")', () => {
  it('attributes the quote to the person, not to the town', () => {
    const r = read('Ann Lee, 45, of Dayton said the plan was “dead.”');
    expect(r.saidBy('dead')).toBe('Ann Lee');
  });

  it('does so with the cue after the quotation too', () => {
    const r = read('“It is dead,” Ann Lee, 45, of Dayton said.');
    expect(r.saidBy('It is dead')).toBe('Ann Lee');
  });
});
