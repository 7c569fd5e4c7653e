import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('an adverb inside a source phrase ("a highly placed source")', () => {
  it('reads "A highly placed source said" as the source', () => {
    const r = read('A highly placed source said the deal was “dead.”');
    expect(r.speakerSpanText('dead')).toBe('A highly placed source');
  });

  it('reads "said a highly placed source" after the quotation', () => {
    const r = read('“It is dead,” said a highly placed source.');
    expect(r.speakerSpanText('It is dead')).toBe('a highly placed source');
  });

  it('reads "According to the recently released playbook" as the source', () => {
    const r = read('According to the recently released playbook, salespeople were told, “You sell feelings.”');
    expect(r.speakerSpanText('You sell feelings')).toBe('the recently released playbook');
  });
});
