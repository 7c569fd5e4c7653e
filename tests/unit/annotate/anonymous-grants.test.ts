import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const kinds = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague').map((a) => a.kind);

describe('anonymity grants phrased in other ways', () => {
  it.each([
    ['"requested that his name be withheld"', 'The official requested that his name be withheld.'],
    ['"in exchange for anonymity"', 'The official spoke in exchange for anonymity.'],
    ['"were given anonymity"', 'The officials were given anonymity to discuss the investigation.'],
    ['"asked to remain anonymous"', 'The person, fearing retribution, asked to remain anonymous.'],
    ['"on the condition that they remain anonymous"', 'They described the talks on the condition that they remain anonymous.'],
    ['"not authorized to publicly discuss"', 'The official was not authorized to publicly discuss the matter.'],
    ['"not authorised to brief the media"', 'The official, who is not authorised to brief the media, said the probe continues.'],
    ['"is not identifying the insider"', 'The Globe is not identifying the insider because he could lose his job.'],
    ['"agreed to withhold his name"', 'The newspaper agreed to withhold his name.'],
    ['"only if not identified"', 'The official would speak only if not identified.'],
    ['"on the understanding that she would not be named"', 'The source spoke on the understanding that she would not be named.'],
  ])('reads %s as an anonymity grant', (_, text) => {
    expect(kinds(text)).toEqual(['anonymity-grant']);
  });

  it('does not read "referring to the mogul but not naming him" as a grant', () => {
    expect(kinds('“We need steady hands,” Ann Lee told the crowd, referring to the mogul but not naming him.')).toEqual([]);
  });

  it('does not read "the suspect has not been identified" as a grant', () => {
    expect(kinds('Police said the suspect has not been identified.')).toEqual([]);
  });
});
