import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a cue word that is a plural noun in a verbless fragment', () => {
  it('reads "Price quotes." in a list of fragments as a noun, naming no source', () => {
    const r = read('What do we take for granted? Video calls. Price quotes. Music on demand.');
    expect(r.speakers.map((s) => s.name)).toEqual([]);
  });
});

describe('an occupation noun before a name opening a sentence', () => {
  it('gives "Guitarist Bo Lee said" to Bo Lee, with the occupation as his description', () => {
    const r = read('The band played late. Guitarist Bo Lee said the crowd was “electric.”');
    expect(r.saidBy('electric')).toBe('Bo Lee');
    expect(r.speakerOf(r.quote('electric'))?.description).toBe('Guitarist');
  });
});

describe('"in X’s words" names a person, whatever the sentence calls "it"', () => {
  it('keeps Lee a person in "In Lee’s words, it was “a long shot.”"', () => {
    const r = read('The shelter opened in May. In Lee’s words, it was “a long shot.”');
    expect(r.speakerOf(r.quote('a long shot'))?.kind).toBe('person');
  });
});
