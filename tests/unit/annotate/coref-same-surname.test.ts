import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('two people of one surname', () => {
  it('keeps "Fiona Vance said" apart from "Eloise Vance", named first', () => {
    const r = read('Eloise Vance was taken to hospital on Monday. Her mother said the pills were “poison.”\n\nFiona Vance issued a plea to parents.\n\n“Never buy them online,” she said.');
    expect(r.saidBy('Never buy them online')).toBe('Fiona Vance');
  });

  it('gives "Ellie Hall tweeted" to Ellie Hall, not to the police chief Hall quoted before', () => {
    const r = read('“We will decide in the morning,” Patrol Chief James Hall said.\n\n“Window seat. Quiet car,” Ellie Hall tweeted early Wednesday.');
    expect(r.saidBy('Window seat')).toBe('Ellie Hall');
    expect(r.saidBy('decide in the morning')).toBe('James Hall');
  });

  it('lists "her mother, Fiona" and a later "Fiona Vance" as one source', () => {
    const r = read('Eloise Vance was taken to hospital on Monday. “It was poison,” her mother, Fiona, said.\n\nFiona Vance issued a plea to parents.\n\n“Never buy them online,” she said.');
    expect(r.speakers.filter((s) => s.name === 'Fiona Vance')).toHaveLength(1);
    expect(r.speakerOf(r.quote('It was poison'))?.id).toBe(r.speakerOf(r.quote('Never buy'))?.id);
  });

  it('still reads a longer form of one name as the same person', () => {
    const r = read('“We will win,” Debra Wasserman Lutz said. Wasserman Lutz added that it was “close.”');
    expect(r.saidBy('close')).toBe('Debra Wasserman Lutz');
  });
});
