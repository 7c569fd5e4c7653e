import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('an extraposed "it is … that"', () => {
  it('gives the quotation to the subject of the that-clause, not to "it"', () => {
    const r = read('National Review ran an editorial on Monday. It is strange that Donald Trump would denounce “self-deportation,” which is mild.');
    expect(r.saidBy('self-deportation')).toBe('Donald Trump');
  });

  it('still gives "It said that …" to what "it" stands for', () => {
    const r = read('National Review ran an editorial on Monday. It said that the plan was “a disaster.”');
    expect(r.saidBy('a disaster')).toBe('National Review');
  });
});
