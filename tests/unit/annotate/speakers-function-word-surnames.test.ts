import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('surnames that are also function words', () => {
  it('reads "Al From said" as the person Al From', () => {
    const r = read('“It was a movement,” Al From said.');
    expect(r.saidBy('movement')).toBe('Al From');
  });

  it('reads "said Al From, the founder" as Al From', () => {
    const r = read('“It was a movement,” said Al From, the founder.');
    expect(r.saidBy('movement')).toBe('Al From');
  });

  it('resolves a later "From said" to Al From', () => {
    const r = read('Al From founded the council in 1985.\n\n“It was a movement,” From said.');
    expect(r.saidBy('movement')).toBe('Al From');
  });

  it('resolves "May said" to Theresa May named before', () => {
    const r = read('Prime Minister Theresa May spoke first.\n\n“We will leave,” May said.');
    expect(r.saidBy('We will leave')).toBe('Theresa May');
  });

  it('keeps the whole name "Yin Myint May, 60, a doctor, said"', () => {
    const r = read('Yin Myint May, 60, a doctor, said she was “elated.”');
    expect(r.saidBy('elated')).toBe('Yin Myint May');
  });

  it('keeps a month after a date word out of a name: "on Tuesday May 5"', () => {
    const r = read('On Tuesday May 5, officials said the vote was “a mess.”');
    expect(r.saidBy('a mess')).toBe('officials');
  });
});

describe('a name particle opening the sentence', () => {
  it('keeps "Le Pen added that it was …" a person, Marine Le Pen', () => {
    const r = read('Marine Le Pen leads the party.\n\n“A triumph,” Le Pen said. Le Pen added that it was “historic.”');
    expect(r.saidBy('historic')).toBe('Marine Le Pen');
    expect(r.speakerOf(r.quote('historic'))?.kind).toBe('person');
  });
});
