import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('finding quotations', () => {
  it('finds a curly-quoted sentence with its marks in the span and the words in text', () => {
    const text = '“President Trump congratulated Prime Minister Carney on his recent election,” the Prime Minister’s Office said.';
    const { quotes } = read(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(text.slice(q.start, q.end)).toBe('“President Trump congratulated Prime Minister Carney on his recent election,”');
    expect(q.text).toBe('President Trump congratulated Prime Minister Carney on his recent election,');
    expect(q.kind).toBe('direct');
  });

  it('marks a quoted fragment inside a sentence as partial', () => {
    const r = read('White House press secretary Karoline Leavitt said Mr. Trump was “truthing, all the way” and not trolling.');
    expect(r.quote('truthing')?.kind).toBe('partial');
  });

  it('pairs straight double quotes', () => {
    const r = read('"It\'s too early to tell," said Cuban, who is also a host on the TV show.');
    expect(r.quotes.map((q) => q.text)).toEqual(["It's too early to tell,"]);
  });

  it('reads single curly quotes in a headline-style sentence without taking apostrophes for marks', () => {
    const r = read('Mr. Carney’s aides said the leaders would meet ‘in near future’ after the Liberals’ win, officials’ notes show.');
    expect(r.quotes.map((q) => q.text)).toEqual(['in near future']);
  });

  it('takes French guillemets with their non-breaking spaces, keeping the spaces out of the text', () => {
    const text = '«\u00a0Nous devons protéger nos emplois\u00a0», a déclaré M. Blanchet.';
    const { quotes } = read(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('Nous devons protéger nos emplois');
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('«\u00a0Nous devons protéger nos emplois\u00a0»');
  });

  it('gives a quotation that runs over paragraphs one quote per paragraph, all from the same speaker', () => {
    const text = [
      '“We will protect our workers,” Mr. Carney said. “We will build new trading relationships around the world.',
      '“And we will not back down.”',
    ].join('\n\n');
    const r = read(text);
    expect(r.quotes.map((q) => q.text)).toEqual([
      'We will protect our workers,',
      'We will build new trading relationships around the world.',
      'And we will not back down.',
    ]);
    expect(new Set(r.quotes.map((q) => r.speakerOf(q)?.name))).toEqual(new Set(['Carney']));
  });

  it('keeps a quote inside a quote as part of the outer one', () => {
    const r = read('“He told me ‘we will win’ and I believed him,” she said.');
    expect(r.quotes.map((q) => q.text)).toEqual(['He told me ‘we will win’ and I believed him,']);
  });

  it('does not report inch marks', () => {
    const r = read('The 65" screen and the 5\'11" candidate were both on display, officials said.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a show title after a possessive (“Morning Joe” on MSNBC)', () => {
    const r = read('Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the refusal was disqualifying.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a nickname between a first name and a surname', () => {
    const r = read('Dwayne “The Rock” Johnson attended the rally.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a word after "so-called"', () => {
    const r = read('It is difficult for the senator to win so-called “closed” primaries where only Democrats vote.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a one-word fragment nobody is said to have said (the “undercard” debate)', () => {
    const r = read('The earlier “undercard” debate drew few viewers on Tuesday.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a one-word fragment that a cue attributes: called the meeting “perfunctory”', () => {
    const r = read('McConnell said he won’t agree to a “perfunctory” sit-down with the nominee.');
    expect(r.quotes.map((q) => q.text)).toEqual(['perfunctory']);
  });

  it('does not report quotes inside a headline', () => {
    const r = read('Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\nOn Friday, at least nine people were killed.');
    expect(r.quotes).toHaveLength(0);
  });

  it('treats tweet markup attributes as markup, not quotations', () => {
    const r = read('<tweet pic="" author="JohnKasich" timestamp="1449075600">My thoughts are with the victims.</tweet>');
    expect(r.quotes.every((q) => !q.text.includes('author'))).toBe(true);
  });

  it('closes a quote whose closing mark was typed as an opening one (“a fascist?“ he asked)', () => {
    const r = read('Chuck Todd was shocked. “Do you want to be associated with a fascist?“ he asked.');
    expect(r.quotes.map((q) => q.text)).toEqual(['Do you want to be associated with a fascist?']);
    expect(r.saidBy('fascist')).toBe('Chuck Todd');
  });
});
