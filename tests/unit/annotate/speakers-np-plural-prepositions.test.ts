import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('plural sources in "-men" before the cue', () => {
  it('gives "Treasury spokesmen said the new rule …" to the spokesmen, not to "the new rule"', () => {
    const r = read('Treasury spokesmen said the new rule “blocked every plan for the harbour.”');
    expect(r.speakerSpanText('blocked every plan')).toBe('Treasury spokesmen');
  });
});

describe('prepositional phrases between a source and its cue', () => {
  it('skips "on and off the peninsula" back to "Many officials"', () => {
    const r = read('Many officials on and off the peninsula believe the deal is “the only way out.”');
    expect(r.speakerSpanText('the only way out')).toBe('Many officials');
  });

  it('skips "outside the court" back to "Protesters"', () => {
    const r = read('Protesters outside the court said the verdict was “a disgrace.”');
    expect(r.speakerSpanText('a disgrace')).toBe('Protesters');
  });
});
