import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('pairing quotation marks in mixed and careless typing', () => {
  it('ends a straight-quoted excerpt at a curly quotation inside it and reports the curly one on its own', () => {
    const text =
      'The mayor wrote in her newsletter:\n\n"The council finally passed the housing bill, with its “sunset clause,” which lets the law lapse in ten years.';
    const r = read(text);
    expect(r.quotes.map((q) => q.text)).toContain('sunset clause,');
    const excerpt = r.quote('The council finally passed');
    expect(excerpt?.text).toBe('The council finally passed the housing bill, with its');
  });

  it('opens a straight quotation glued to the word before it when a word follows the mark', () => {
    const r = read('The minister spoke warmly about"closer ties between our two cities." Then she left.');
    expect(r.quotes.map((q) => q.text)).toEqual(['closer ties between our two cities.']);
  });

  it('still reads a straight mark glued to a word and followed by a space as a closing mark', () => {
    const r = read('She called the plan "bold" and moved on.');
    expect(r.quotes.map((q) => q.text)).toEqual(['bold']);
  });

  it('does not open a quotation at a lone straight mark typed inside a name (Ann O"Neill)', () => {
    const r = read('The report was written by Ann O"Neill and released on Monday.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not open a quotation at the mark closing a tag attribute whose value ran onto a new line (date="May 9\n">)', () => {
    const r = read('The mayor posted a reply.\n\n<post author="@citymayor" date="May 9, 2024\n\n">Great turnout at the harbour fair today. Thanks to all.</post>.');
    expect(r.quotes).toHaveLength(0);
  });

  it('reads an opening single mark as an elision when its only close falls inside a double quotation (how ‘bout “…residents’ streets…”)', () => {
    const r = read('And how ‘bout this line from the mayor: “Our crews will fix the residents’ streets by June.” The council agreed.');
    expect(r.quotes.map((q) => q.text)).toEqual(['Our crews will fix the residents’ streets by June.']);
  });
});

describe('the low opening mark „', () => {
  it('never closes a quotation, even glued to a word with a space after it (only “ is typed for ”)', () => {
    const text = '“ said Ⰰ„ next';
    const q = read(text).quotes[0]!;
    expect(text[q.end - 1]).not.toBe('„');
    expect(q.text).toBe(' said Ⰰ');
  });
});
