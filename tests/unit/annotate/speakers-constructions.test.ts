import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('cues after a quotation', () => {
  it('reads the cue after a quotation that ends on a nested quotation: "“… ‘Why now?’” Lee said."', () => {
    const r = read('The hearing ran late.\n\n“We asked them, ‘Why now?’” Ann Lee said.');
    expect(r.saidBy('Why now')).toBe('Ann Lee');
  });

  it('reads a comma before the nested closing mark as inviting the cue: "“… ‘best’ day,” Lee said"', () => {
    const r = read('Tom Hart spoke first. Then it was Ann Lee’s turn.\n\n“It was the ‘best’ day,” Lee said.');
    expect(r.saidBy('best')).toBe('Ann Lee');
  });
});

describe('names that look like function words', () => {
  it('reads a capitalised "Will" before a cue as a name, not an auxiliary: "“…,” Will wrote"', () => {
    const r = read('The columnist Ann Will was not impressed.\n\n“It was a long night for the party,” Will wrote on Monday.');
    expect(r.saidBy('long night')).toBe('Ann Will');
  });

  it('still skips a lowercase auxiliary: "she will say"', () => {
    const r = read('Ann Lee spoke first. Tom Hart will say the plan is “a disaster” on Monday.');
    expect(r.saidBy('disaster')).toBe('Tom Hart');
  });
});

describe('reading a source phrase', () => {
  it('keeps a lowercase description before a name out of the name: "the columnist Ann Lee"', () => {
    const r = read('The columnist Ann Lee disagreed. She called the plan “a disaster.”');
    const s = r.speakerOf(r.quote('disaster'))!;
    expect(s.name).toBe('Ann Lee');
  });

  it('does not take a sentence-opening "One" into a name: "One Lee adviser said" leaves Ann Lee her name', () => {
    const r = read('Lee spoke on Monday. One Lee adviser said the plan was “a mess.” Ann Lee said it was “fine.”');
    expect(r.saidBy('fine')).toBe('Ann Lee');
    expect(r.saidBy('a mess')).not.toContain('One');
  });

  it('reads "Another Iowa Democrat" as one member of a group, not a person named Democrat', () => {
    const r = read('The caucus met late. Another Iowa Democrat said the vote was “a mess.”');
    const s = r.speakerOf(r.quote('a mess'))!;
    expect(s.kind).not.toBe('person');
    expect(r.speakerSpanText('a mess')).toBe('Another Iowa Democrat');
  });
});
