import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a live blog entry opening with its time stamp', () => {
  it('reads the name after "14.10" as the subject, so the next "he told reporters" is his', () => {
    const r = read(
      'Divers found debris, said Carl Brandt, a navy officer.\n\n' +
        '14.10 Tim Lund, the airline chief, has been speaking at the airport about the search.\n\n' +
        '“The weather is not good,” he told reporters.',
    );
    expect(r.saidBy('weather is not good')).toBe('Tim Lund');
  });
});
