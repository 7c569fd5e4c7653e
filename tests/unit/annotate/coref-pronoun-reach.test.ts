import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a pronoun after an unnamed source cited further back', () => {
  it('gives "She asked …" to the woman named before an aide quoted a paragraph earlier', () => {
    const r = read(
      'Mrs Okafor said the tunnel was “a folly.” Building the tunnel within a year was a “wildly optimistic” plan, an aide said.\n\n' +
        'A memo dated May 3 recorded her misgivings about the cost of the project and its long delays in the council, which had approved the plan twice over the summer. ' +
        'Flooding had been found at the northern portal, and the contractor had twice asked for more time to survey the ground beneath the old canal. ' +
        'Two nearby streets were closed for a month while crews pumped water out of the shaft and checked the walls of the houses above it for new cracks.\n\n' +
        'She asked for the work to be “properly costed” before it began.',
    );
    expect(r.saidBy('properly costed')).toBe('Okafor');
  });
});
