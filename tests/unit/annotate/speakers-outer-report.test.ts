import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('an outlet named after a report cue closing the sentence', () => {
  it('gives "“…,” said Ann Lee, director of the fund, reports the Daily Star." to the outlet that relays it', () => {
    const r = read('The platform was published on Monday.\n\n“This is wrong,” said Ann Lee, director of the Lee Fund, reports the Daily Star.');
    expect(r.speakerSpanText('This is wrong')).toBe('the Daily Star');
  });

  it('gives "…, reported the Daily Star." to the outlet', () => {
    const r = read('Ann Lee noted that the plan is “central” to the party’s platform, reported the Daily Star.');
    expect(r.speakerSpanText('central')).toBe('the Daily Star');
  });

  it('does not read "reported the plan" with words after it as an outlet', () => {
    const r = read('Ann Lee said the council “failed,” and the paper reported the plan was late.');
    expect(r.speakerSpanText('failed')).toBe('Ann Lee');
  });
});

describe('"according to" after a cue in the sentence after the quotation', () => {
  it('gives "“…?” Ann Lee said at a press conference, according to the Daily Star." to the outlet', () => {
    const r = read('Tom Hart spoke.\n\n“Is this a priority for them?” Ann Lee said at a press conference, according to the Daily Star.');
    expect(r.speakerSpanText('priority')).toBe('the Daily Star');
  });
});
