import { describe, expect, it } from 'vitest';
import { latin1Copy, tokenize, stripPossessive, type Token } from '../../../src/annotate/tokens';
import { paragraphs, sentences } from '../../../src/annotate/text-units';

const outside = () => false;
const toks = (text: string): Token[] => tokenize(text, 0, text.length, outside);
const texts = (text: string) => toks(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps the period on "Mr." and "U.S." but not on the word that ends the sentence', () => {
    expect(texts('Mr. Hoekstra met U.S. officials Tuesday.')).toEqual(['Mr.', 'Hoekstra', 'met', 'U.S.', 'officials', 'Tuesday', '.']);
  });

  it('keeps the period on a single initial, accented or not ("J. Smith", "É. Blanchet")', () => {
    expect(texts('J. Smith and É. Blanchet')).toEqual(['J.', 'Smith', 'and', 'É.', 'Blanchet']);
  });

  it('lowercases a capitalised word and straightens its curly apostrophe ("Trump’s" → "trump\'s")', () => {
    const [t] = toks('Trump’s');
    expect(t).toMatchObject({ text: 'Trump’s', lower: "trump's", cap: true, word: true });
  });

  it('reads "don’t" and "Yves-Francois" as one word each', () => {
    expect(toks('don’t Yves-Francois').map((t) => t.lower)).toEqual(["don't", 'yves-francois']);
  });

  it('keeps the apostrophe of a plural possessive ("Sanders’ campaign")', () => {
    expect(texts('Sanders’ campaign')).toEqual(['Sanders’', 'campaign']);
  });

  it('marks a word opening on an accented capital as capitalised and lowercases it ("Énergie")', () => {
    expect(toks('Énergie')[0]).toMatchObject({ lower: 'énergie', cap: true });
    expect(toks('énergie')[0]).toMatchObject({ lower: 'énergie', cap: false });
  });

  it('gives a lone curly apostrophe the straight one as its lowercase form', () => {
    expect(toks('’')[0]).toMatchObject({ text: '’', lower: "'", word: false, cap: false });
  });

  it('reads an emoji as one punctuation token and keeps every offset in the text', () => {
    const text = 'Wow 😀 “Yes,” said Ms. Joly.';
    const all = toks(text);
    expect(all.map((t) => t.text)).toEqual(['Wow', '😀', '“', 'Yes', ',', '”', 'said', 'Ms.', 'Joly', '.']);
    for (const t of all) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks the tokens inside a quotation as quoted', () => {
    const text = 'He said “no way” today';
    const open = text.indexOf('“');
    const close = text.indexOf('”') + 1;
    const quoted = tokenize(text, 0, text.length, (i) => i >= open && i < close).filter((t) => t.quoted).map((t) => t.text);
    expect(quoted).toEqual(['“', 'no', 'way', '”']);
  });

  it('marks the same tokens quoted from the quotation spans as from a function, in a sentence starting inside or between them', () => {
    const text = 'A “b c” d “e” f, “g h” i.';
    const spans: { start: number; end: number }[] = [];
    for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) spans.push({ start: i, end: text.indexOf('”', i) + 1 });
    const inside = (i: number) => spans.some((s) => s.start <= i && i < s.end);
    for (let from = 0; from < text.length; from++) {
      expect(tokenize(text, from, text.length, spans).map((t) => t.quoted)).toEqual(tokenize(text, from, text.length, inside).map((t) => t.quoted));
    }
  });
});

describe('stripPossessive', () => {
  it('drops "\'s" and the apostrophe of "s\'", and leaves other words alone', () => {
    expect([stripPossessive("minister's"), stripPossessive("sanders'"), stripPossessive('s'), stripPossessive("'s"), stripPossessive('press')]).toEqual(['minister', 'sanders', 's', '', 'press']);
  });
});

describe('sentence ends', () => {
  const split = (text: string) => paragraphs(text).flatMap((p) => sentences(text, p).map((s) => text.slice(s.start, s.end)));

  it('ends a sentence at "!" and "?" as at a period, with their closing marks', () => {
    expect(split('Is it over? “No!” He left. Then?! She stayed.')).toEqual(['Is it over?', '“No!”', 'He left.', 'Then?!', 'She stayed.']);
  });

  it('does not end a sentence at a period inside a number or before a lowercase word', () => {
    expect(split('It rose 3.5 per cent. in May. Then it fell.')).toEqual(['It rose 3.5 per cent. in May.', 'Then it fell.']);
  });

  it('splits paragraphs on lone CR as on LF, skipping blank lines', () => {
    expect(paragraphs('One.\rTwo.\n\n  \nThree.').length).toBe(3);
  });

  it('reads the same tokens from the one-byte copy of the text as from the text (curly marks, accents, Greek, Mr.)', () => {
    const text = '“Ça suffit,” said Mr. Nuñez’s aide Σωκράτης O’Neill — the Sanders’ plan… M. Blanchet’s U.S. tour.';
    const copy = latin1Copy(text);
    expect(copy.length).toBe(text.length);
    expect(tokenize(text, 0, text.length, outside, copy)).toEqual(toks(text));
  });
});
