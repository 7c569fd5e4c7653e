import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a pronoun no earlier source explains', () => {
  it('gives "what he described as the “brilliant” decision" to the person the sentence names before it', () => {
    const r = read('Rush Limbaugh Explains It.\n\nRadio talk host Rush Limbaugh used his platform Friday to discuss what he described as the “brilliant” decision.\n\nLimbaugh said the debate was “a trap.”');
    expect(r.saidBy('brilliant')).toBe('Rush Limbaugh');
  });

  it('lists no speaker for a pronoun when only a place was named before it', () => {
    const r = read('Ohio voted on Tuesday. He called it “a disaster.”');
    expect(r.speakers.map((s) => s.name)).toEqual([]);
    expect(r.saidBy('a disaster')).toBeNull();
  });
});

describe('a pronoun no earlier source explains, after a place named in passing', () => {
  it('gives "because she feared a “chaotic” start" to the woman named before the place', () => {
    const r = read('Vera Lund delayed the launch of the trams in Oslo because she feared a “chaotic” start.\n\nLater Lund said the trams were “ready.”');
    expect(r.saidBy('chaotic')).toBe('Vera Lund');
  });
});

describe('a pronoun chain begun before the name it stands for', () => {
  const text =
    'The ferry maker’s founder is known for a few sayings. Of late, she seems focused on one idea: “Harbour freedom.”\n\n' +
    'It is a fine plan for Mara Velden, who gets to sell fleets of ferries to port cities. But it is a little more tangled than she lets on.\n\n' +
    'The trouble was best shown by Velden herself. At the Northern Harbour Summit in Oslo this May, she praised ports.\n\n' +
    'She then told the leaders, who were gathered in a city that bans cars, what she would do: “The first thing I would do is build ports.”';

  it('gives the quote after an event’s name in passing to the person named before it', () => {
    const r = read(text);
    expect(r.saidBy('build ports')).toBe('Mara Velden');
  });

  it('gives the first pronoun of the chain, before the name, to that person too', () => {
    const r = read(text);
    expect(r.saidBy('Harbour freedom')).toBe('Mara Velden');
  });
});
