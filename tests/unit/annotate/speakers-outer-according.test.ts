import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('"according to" inside a reported clause', () => {
  it('gives "X said that according to its count, … “…”" to X, not to the count', () => {
    const r = read('Win Htein said Tuesday that according to its analysis, the party has won, but “we are still counting.”');
    expect(r.saidBy('still counting')).toBe('Win Htein');
  });

  it('does so with a comma after "that" too', () => {
    const r = read('Win Htein said Tuesday that, according to its analysis, the party has won “82 percent.”');
    expect(r.saidBy('82 percent')).toBe('Win Htein');
  });

  it('still gives "“…,” Lee said of the vote, according to a pool report" to the pool report', () => {
    const r = read('“We won,” Lee said of the vote, according to a pool report.');
    expect(r.speakerSpanText('We won')).toBe('a pool report');
  });
});
