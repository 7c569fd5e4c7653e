import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const names = (text: string) => read(text).speakers.map((s) => s.name);

describe('a capitalised word opening a sentence is a name only if the article capitalises it mid-sentence too', () => {
  it('lists no source for a common noun that opens a sentence before a verb read as a cue ("Dependence on … has shot up")', () => {
    expect(names('The harbour was quiet.\n\nDependence on seasonal crews has shot up since 2019. The port agreed to hire more.')).not.toContain('Dependence');
  });

  it('reads a word opening a paragraph under a heading with no full stop as opening its sentence ("Charted ¶ Dependence on …")', () => {
    expect(names('Charted\n\nDependence on seasonal crews has shot up since 2019.')).not.toContain('Dependence');
  });

  it('lists no source for a participle that opens a sentence ("Knowing … is vital")', () => {
    expect(names('The route climbs six hills. Knowing a detailed picture of the wind is vital. The ride is long.')).not.toContain('Knowing');
  });

  it('lists no source for a noun that opens a sentence as the modifier of a lowercase noun ("Retail stocks gained with Acme adding …")', () => {
    expect(names('Markets were flat on Friday.\n\nRetail stocks gained with Acme (ACM.N) adding 0.5 percent while Beta Works (BW.N) rose 4 percent.')).not.toContain('Retail');
  });

  it('makes a capitalised plural of a person noun a group that speaks ("Lodgers described …")', () => {
    const r = read('The fire spread fast from the lodge. Lodgers described “a wall of flame” on the balconies.');
    expect(r.speakers.find((s) => s.name === 'Lodgers')?.kind).not.toBe('person');
  });

  it('keeps a surname that opens sentences when the article also uses it mid-sentence ("Okafor said … said Okafor")', () => {
    const r = read('Okafor said the deal was “a trap.” The union backed him, said Okafor.');
    expect(r.saidBy('a trap')).toBe('Okafor');
  });
});

describe('a picture credit is no source', () => {
  it('gives a quotation after a credit line ("Images via …") no speaker from the credit', () => {
    const r = read('The old bridge was rebuilt in 1910.\n\nImages via Harbor Photo Archive and City Library\n\nThe town grew around it. In 1842 the bridge was “one of the finest on the coast,” crows the almanac.');
    expect(r.saidBy('finest on the coast')).toBeNull();
  });

  it('lists no source for the name in a "Courtesy of" credit', () => {
    const r = read('The old bridge was rebuilt in 1910.\n\nCourtesy of Ann Lee and City Library\n\nThe town grew around it. In 1842 the bridge was “one of the finest on the coast,” crows the almanac.');
    expect(r.saidBy('finest on the coast')).toBeNull();
  });
});

describe('a structure is no source', () => {
  it('gives a quotation no speaker from a bridge named before it ("The Larkin Bridge opened …")', () => {
    const r = read('The Larkin Bridge opened in 1883 to great crowds.\n\nIn 1884 the road was “one of the finest in the land,” crows the almanac.');
    expect(r.saidBy('finest in the land')).toBeNull();
  });
});

describe('where a source spoke is not who spoke', () => {
  it('attributes a quote after "posted to Twitter asking" to the poster, not to Twitter', () => {
    expect(read('Staff writer Ann Lee posted to Twitter asking if there were “any calm voters left?”').saidBy('calm voters')).toBe('Ann Lee');
  });

  it('attributes a quote after "went on Facebook saying" to the one who went on it', () => {
    expect(read('Ann Lee, a staff writer, went on Facebook saying the vote was “a farce.”').saidBy('a farce')).toBe('Ann Lee');
  });
});

describe('the possessive subject of a gerund after a preposition', () => {
  it('keeps the possessor as the source of "to respond to Lee\'s calling him …"', () => {
    const r = read('Mr. Stone went on television to respond to Ann Lee’s calling him “a fraud.”');
    expect(r.saidBy('a fraud')).toBe('Ann Lee');
  });
});

describe('a lone name the article calls a company elsewhere', () => {
  it('makes "as Orbicom notes" an organisation when another sentence says "the satellite company Orbicom"', () => {
    const r = read('In 1962 came the first satellite, which the Canadian satellite company Orbicom describes as “the first active satellite.” Later came cable. “By 1990, satellites carried most television,” as Orbicom notes.');
    expect(r.speakerOf(r.quote('By 1990'))?.kind).toBe('organization');
  });
});

describe('a place is judged as itself, not by a longer place name ending in it', () => {
  it('makes "Kenya has said" Kenya\'s government after "West Kenya" was named, not a person called West Kenya', () => {
    const r = read('Rebels fled to neighboring West Kenya. Kenya has said it will “open the border” soon.');
    expect(r.saidBy('open the border')).toBe('Kenya');
    expect(r.speakerOf(r.quote('open the border'))?.kind).toBe('organization');
  });
});

describe('"went" says something only in "went on" or before what was said', () => {
  it('lists no source for a company that "went bust"', () => {
    expect(read('Firms like Acme Cable, whose value peaked in 2000, laid pipe everywhere and then went bust.').speakers).toEqual([]);
  });
});

describe('a plural possessive before a name says where the person works', () => {
  it('names "Acme Airlines\' Kent Powell" Kent Powell', () => {
    expect(read('Acme Airlines\' Kent Powell said the storm was “mild.”').saidBy('mild')).toBe('Kent Powell');
  });

  it('keeps "Chris Jones\'" as Chris Jones', () => {
    expect(read('Chris Jones\' plan drew fire. “It is a plan,” Jones said.').saidBy('It is a plan')).toBe('Chris Jones');
  });
});

describe('a live blog entry opens its sentence after its time stamp', () => {
  it('makes "04.00 Searchers says …" a group of searchers, not a person called Searchers', () => {
    const r = read('The search resumed at dawn and the search teams were tired.\n\n04.00 Searchers says they have seen “a sonar image” of the wreck.');
    expect(r.speakerOf(r.quote('a sonar image'))?.kind).not.toBe('person');
  });
});

describe('labels and owners are not sources', () => {
  it('lists no source for a capitalised label before a colon ("NEW: …")', () => {
    const r = read('HIGHLIGHTS\n\nNEW: The worst of the storm is over, a new forecast says\n\nNEW: "Tomorrow will be a quieter day," says a weather forecaster');
    expect(r.speakers.map((s) => s.name)).not.toContain('NEW');
  });

  it('gives a quoted term no source from the owner that opens its subject ("His company’s cheap chips are “…”")', () => {
    expect(read('His company’s relatively cheap chips are “democratizing” access to its computers.').saidBy('democratizing')).toBeNull();
  });
});

describe('a crowd of a people is a group', () => {
  it('makes "Thousands of Mirenians … chanting" a group, not a person called Thousands', () => {
    const r = read('Thousands of Mirenians marched on Friday, chanting “No fear.”');
    expect(r.speakerOf(r.quote('No fear'))?.kind).not.toBe('person');
    expect(r.speakers.map((s) => s.name)).not.toContain('Thousands');
  });
});
