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
