import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the agent of a claim noun ("the contention of X that …")', () => {
  it('gives "the contention of Ann Lee that … “…”" to Ann Lee', () => {
    const r = read('Tom Hart spoke first. His remarks buttress the contention of former mayor Ann Lee that the files were subject to “over-classification.”');
    expect(r.saidBy('over-classification')).toBe('Ann Lee');
  });

  it('gives "the suggestion by a potential president that someone “…”" to the potential president', () => {
    const r = read('The attacks stand out for their tone and for the suggestion by a potential president that someone “ought to look into” the judge.');
    expect(r.speakerSpanText('ought to look into')).toBe('a potential president');
  });

  it('leaves "the claim of fraud that “…”" without a claimant', () => {
    const r = read('The claim of fraud that “everyone knows” is false.');
    expect(r.speakerSpanText('everyone knows')).toBeNull();
  });
});
