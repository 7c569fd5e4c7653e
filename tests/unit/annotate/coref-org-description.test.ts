import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('"the airline", "the network" after an organisation is cited', () => {
  it('gives "The airline said … “…”" to the airline named just before', () => {
    const r = read('Nordic Airlines said it was helping the families.\n\nThe airline said in a statement that relatives would be flown to the coast, “where a team of carers will meet them.”');
    expect(r.saidBy('team of carers')).toBe('Nordic Airlines');
  });

  it('never gives it to a place speaking as its government', () => {
    const r = read('Norway said the talks were over.\n\nThe newspaper said the decision was “a mistake.”');
    expect(r.saidBy('a mistake')).not.toBe('Norway');
  });
});
