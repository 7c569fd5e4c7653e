import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('quotations with no cue word take the subject of their own clause', () => {
  it('gives the chant to "the crowd" that reprised it, not to the person named earlier in the sentence', () => {
    const r = read('Boos rang out when the mayor spoke, and the crowd loudly reprised the old chant “Fix the roads!”');
    expect(r.speakerSpanText('Fix the roads')).toBe('the crowd');
  });

  it('steps over a relative aside closed before the quotation: "praising Ellis, who retired Friday, as “…”"', () => {
    const r = read('Mayor Jane Park is praising Tom Ellis, who retired from the council on Friday, as “a man of his word.”');
    expect(r.saidBy('a man of his word')).toBe('Jane Park');
  });

  it('prefers the main clause’s subject to the subject of a "because" clause', () => {
    const r = read('On Monday, Senator Jane Miller tried to turn the tables because her rival had accepted “about $200,000” from lobbyists.');
    expect(r.saidBy('about $200,000')).toBe('Jane Miller');
  });

  it('takes the subject of an "if" clause when the main clause has none before the quotation', () => {
    const r = read('Tom Ellis ran for mayor. At the debate, even if he reserved his passion for “cleaner streets,” few noticed.');
    expect(r.speakerSpanText('cleaner streets')).toBe('he');
    expect(r.saidBy('cleaner streets')).toBe('Tom Ellis');
  });

  it('gives the words to the asker, not to the subject of the "whether" clause', () => {
    const r = read('Governor Tom Ellis is questioning whether the mayor would have attended the parade “if it were held downtown.”');
    expect(r.saidBy('if it were held downtown')).toBe('Tom Ellis');
  });

  it('gives a whole sentence quoted after a colon to the subject of the introducing clause', () => {
    const r = read('Sam Ortiz waved, and Ann Lee leaned in and boomed: “Let us win this in November.”');
    expect(r.saidBy('Let us win')).toBe('Ann Lee');
  });

  it('reads a subject after a short opening phrase: "and at one point the crowd reprised"', () => {
    const r = read('Boos rang out, and at one point the crowd loudly reprised the chant “Fix the roads!”');
    expect(r.speakerSpanText('Fix the roads')).toBe('the crowd');
  });

  it('reads a name and a present-tense verb that ends its clause: "and then Mayor Jane Park continues:"', () => {
    const r = read('The crowd cheers, and then Mayor Jane Park continues: “We will build the new bridge.”');
    expect(r.saidBy('new bridge')).toBe('Jane Park');
  });

  it('reads "the former secretary of state" as one subject, its head before "of"', () => {
    const r = read('Reprising a favourite line, the former secretary of state talked about continuing the “progress we had under the last mayor.”');
    expect(r.speakerSpanText('progress we had')).toBe('the former secretary of state');
  });

  it('gives the quote in a relative clause to its antecedent, the pronoun in the span: "his daughter Ivy Park, who portrayed him as “…”"', () => {
    const r = read('Ann Lee spoke first. The evening opened with his daughter Ivy Park, who portrayed him as “the people’s champion.”');
    expect(r.saidBy('people’s champion')).toBe('Ivy Park');
    expect(r.speakerSpanText('people’s champion')).toBe('his daughter Ivy Park, who');
  });

  it('marks "the statement" as the source of a quotation its clause gives, even with no author to resolve it to', () => {
    const r = read('Ann Lee spoke first. Instead, the statement talked about giving voters the right to “decide who they want as mayor.”');
    expect(r.speakerSpanText('decide who they want')).toBe('the statement');
  });
});

