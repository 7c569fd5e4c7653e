import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const anonymousOnly = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague');
const flagged = (text: string) => anonymousOnly(text).map((a) => text.slice(a.start, a.end));

describe('anonymous sourcing: on-the-record sources are not flagged', () => {
  it('does not flag "“We are told all the time …,” Mr. Putin said": the named speaker’s own words', () => {
    expect(anonymousOnly('In 2008, he complained bitterly about Kosovo. “We are told all the time that Kosovo is a special case,” Mr. Putin said. “It is all lies.”')).toHaveLength(0);
  });

  it('still flags a named writer’s quoted passage that cites people close to someone', () => {
    expect(flagged('“People close to Sharpton say he likes Clinton but does not trust her,” Glenn Thrush wrote.')).toHaveLength(1);
  });
});
