import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the agent of a passive naming verb', () => {
  it('attributes "has been called “a folly” by Ann Lee" to Ann Lee, not to the person named before', () => {
    const r = read('Tom Hart spoke first. The plan has been called “a folly” by Ann Lee, the mayor.');
    expect(r.saidBy('a folly')).toBe('Ann Lee');
  });

  it('attributes "often labeled a “whitewash” by critics" to the critics', () => {
    const r = read('Tom Hart spoke first. The report, often labeled a “whitewash” by critics, was released on Monday.');
    expect(r.speakerSpanText('whitewash')).toBe('critics');
  });

  it('leaves "by any measure" after the quotation alone: no agent there', () => {
    const r = read('Tom Hart spoke first. Ann Lee called the plan “a mess” by any measure.');
    expect(r.saidBy('a mess')).toBe('Ann Lee');
  });
});
