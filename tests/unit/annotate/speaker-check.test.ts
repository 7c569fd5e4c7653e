import { describe, expect, it } from 'vitest';
import { canSpeak, wordsOf } from '../../../src/annotate/speaker-check';
import { read } from './helpers';

const kindOf = (r: ReturnType<typeof read>, words: string) => r.speakerOf(r.quote(words))?.kind ?? null;

describe('places: a government where they are the subject of a cue, never a person', () => {
  it('makes "Norway said" an organisation speaking for its government', () => {
    const r = read('Norway said the fishing quota was “not negotiable.”');
    expect(r.saidBy('not negotiable')).toBe('Norway');
    expect(kindOf(r, 'not negotiable')).toBe('organization');
  });

  it('gives no speaker to a city after a preposition ("an engineer in Denver told")', () => {
    const r = read('“The pumps failed at dawn,” an engineer in Denver told the radio station.');
    expect(r.speakers.some((s) => s.name === 'Denver')).toBe(false);
  });

  it('lists no street or harbour that merely opens a sentence before a quotation', () => {
    const r = read('Boats crowded the bay. Pelican Harbour drew “record crowds” this summer.');
    expect(r.saidBy('record crowds')).toBeNull();
  });

  it('keeps a person whose surname is also a place name ("Jim Jordan … Jordan said")', () => {
    const r = read('Jim Jordan spoke first. “We will not back down,” Jordan said.');
    expect(r.saidBy('not back down')).toBe('Jim Jordan');
    expect(kindOf(r, 'not back down')).toBe('person');
  });
});

describe('organisations by cheap cues', () => {
  it('makes an all-caps acronym of a few letters an organisation ("the FDA said")', () => {
    const r = read('“The recall is voluntary,” the FDA said.');
    expect(r.saidBy('recall is voluntary')).toBe('FDA');
    expect(kindOf(r, 'recall is voluntary')).toBe('organization');
  });

  it('makes a name ending in an org word an organisation ("Green Valley Foods said")', () => {
    const r = read('Green Valley Foods said the apples were “perfectly safe.”');
    expect(kindOf(r, 'perfectly safe')).toBe('organization');
  });

  it('reads "the Church" as the organisation the article named in full', () => {
    const r = read('The Lutheran Church held a synod. Then the Church accused critics of “bad faith.”');
    expect(r.saidBy('bad faith')).toBe('Lutheran Church');
    expect(kindOf(r, 'bad faith')).toBe('organization');
  });

  it('makes "the Treasury said" an institution, not a person', () => {
    const r = read('“Borrowing will fall,” the Treasury said.');
    expect(kindOf(r, 'Borrowing will fall')).toBe('organization');
  });

  it('makes "National Bank of Ruritania" one organisation, not a person called Ruritania', () => {
    const r = read('National Bank of Ruritania said profits were “solid.”');
    expect(r.saidBy('solid')).toBe('National Bank of Ruritania');
    expect(kindOf(r, 'solid')).toBe('organization');
  });
});

describe('things and leftovers that cannot speak get no speaker', () => {
  it('gives no speaker to a storm ("Hurricane Zelda slammed …")', () => {
    const r = read('Hurricane Zelda slammed the coast with “historic” winds.');
    expect(r.quote('historic')?.speaker).toBeNull();
  });

  it('gives no speaker to a bill named in full that opens a sentence', () => {
    const r = read('The Clean Water Bill will be debated. The Bill would ban “forever chemicals” by 2030.');
    expect(r.quote('forever chemicals')?.speaker).toBeNull();
  });

  it('gives a cueless quotation no speaker and no speaker span when its clause subject is an object ("the tank")', () => {
    const r = read('The tank rolled past the “green zone” at noon.');
    expect(r.quote('green zone')?.speaker).toBeNull();
    expect(r.quote('green zone')?.speakerSpan).toBeNull();
  });

  it('gives a cue whose subject cannot speak no speaker ("the tank fired")', () => {
    const r = read('The tank fired “warning shots” across the river.');
    expect(r.saidBy('warning shots')).toBeNull();
  });

  it('gives no speaker to "This means" before a quoted term', () => {
    const r = read('This means the “safe harbor” rule applies.');
    expect(r.saidBy('safe harbor')).toBeNull();
  });

  it('does not take a capitalised common word opening a sentence for a name ("Cash is king")', () => {
    const r = read('People still carry cash. Cash is “king,” as the saying goes.');
    expect(r.speakers.some((s) => s.name === 'Cash')).toBe(false);
  });

  it('does not take a superlative opening a sentence for a person ("Simplest …, he told reporters")', () => {
    const r = read('Simplest way of explaining it is to think of a “cardiac arrest” of the engine.');
    expect(r.speakers.some((s) => s.name === 'Simplest')).toBe(false);
  });

  it('gives no speaker to the noun before "of" that cannot speak ("the aftermath of the fire")', () => {
    const r = read('The aftermath of the fire left “nothing but ash.”');
    expect(r.quote('nothing but ash')?.speaker).toBeNull();
  });
});

describe('phrases the reader did not stop are read again without their dangling end', () => {
  it('drops a final "of" after a name ("said Ann Marsh of the water board")', () => {
    const r = read('“The mains are old,” said Ann Marsh of the city water board.');
    expect(r.saidBy('mains are old')).toBe('Ann Marsh');
  });
});

describe('name cleanup', () => {
  it('drops a final possessive apostrophe from a name ("Jane Rivers\' plan")', () => {
    const r = read("Jane Rivers' plan was new. “It works,” Rivers said.");
    expect(r.saidBy('It works')).toBe('Jane Rivers');
  });

  it('moves a lowercase occupation before a name into the description ("the geologist Maria Stone")', () => {
    const r = read('“The rocks are young,” said the geologist Maria Stone.');
    const s = r.speakerOf(r.quote('rocks are young'));
    expect(s?.name).toBe('Maria Stone');
    expect(s?.description).toBe('geologist');
  });

  it('splits "Governor Ann Price of Vermont" into the person and not a person called Vermont', () => {
    const r = read('Governor Ann Price of Vermont called the plan “reckless.”');
    expect(r.saidBy('reckless')).toBe('Ann Price');
  });

  it('keeps a middle initial that looks like the French "M." in the name ("Paul M. Grant")', () => {
    const r = read('“Rates will rise,” said Paul M. Grant, an economist.');
    expect(r.saidBy('Rates will rise')).toBe('Paul M. Grant');
  });
});

describe('which heads can speak', () => {
  it('accepts person, group, organisation and writing heads', () => {
    for (const h of ['spokeswoman', 'voters', 'economist', 'company', 'report', 'lawsuit', 'residents', '46-year-old']) expect(canSpeak(h)).toBe(true);
  });

  it('refuses objects and verbs', () => {
    for (const h of ['tank', 'sign', 'means', 'based', 'episode', 'aftermath']) expect(canSpeak(h)).toBe(false);
  });
});

describe("the text's words (asked of a capitalised word opening a sentence)", () => {
  it('finds a whole word and not a word inside a longer one, whether it searches the text or its set of words', () => {
    const text = 'Cash is king. The cashier paid in cash, not cheques. Überall café-goers said so.';
    const questions = ['cash', 'cashier', 'ash', 'king', 'cheque', 'said', 'überall', 'café', 'goers', 'so', 'co-op', ''];
    const expected = [true, true, false, true, false, true, false, true, true, true, false, false];
    // Asked twice in a row: the first questions search the text, later ones read the set of its words.
    const words = wordsOf(text);
    expect([...questions, ...questions].map((q) => words.has(q))).toEqual([...expected, ...expected]);
  });
});

describe('a lone name the sentence calls "it"', () => {
  it('types "Acme said its …" and "Acme said it would …" as an organisation and "Obama said he would …" as a person', () => {
    const r = read('Acme said its plan would “fix the problem” soon. Zenco said it would “cut prices.” Obama said he would “win.”');
    expect(r.speakerOf(r.quote('fix the problem'))?.kind).toBe('organization');
    expect(r.speakerOf(r.quote('cut prices'))?.kind).toBe('organization');
    expect(r.speakerOf(r.quote('win'))?.kind).toBe('person');
  });

  it('lists a company once, as an organisation, whether the sentence calling it "it" comes first or later', () => {
    const later = read('Zenco countered, “we are fair.” Zenco said it would “cut prices.”');
    const first = read('Zenco said it would “cut prices.” Zenco countered, “we are fair.”');
    for (const r of [later, first]) {
      expect(r.speakers.filter((s) => s.name === 'Zenco').map((s) => s.kind)).toEqual(['organization']);
      expect(r.speakerOf(r.quote('we are fair'))).toBe(r.speakerOf(r.quote('cut prices')));
    }
    // Its mentions in passing are its mentions, as a person's are.
    const text = 'Zenco said it would “cut prices.” Zenco countered, “we are fair.” Rivals copied Zenco.';
    const zenco = read(text).speakers.find((s) => s.name === 'Zenco')!;
    expect(zenco.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Zenco', 'Zenco', 'Zenco']);
  });

  it('does not take a sentence-opening contraction ("Don’t", "I’ve") for a name', () => {
    const r = read('(She laughs.) Don’t tell me that, she said, “it is fine.” While I’ve read the plan, “it is fine,” I’ve said.');
    expect(r.speakers.map((s) => s.name)).not.toContain('Don’t');
    expect(r.speakers.map((s) => s.name)).not.toContain('I’ve');
  });
});

describe('a company named after the noun that says so', () => {
  it('types "the satellite company Telesat" and "tech giant Zenco" as organisations, and "the geophysicist Ann Roe" as a person', () => {
    const r = read('The satellite company Telesat said the launch was “a first.” Tech giant Zenco said prices were “fair.” The geophysicist Ann Roe said it was “odd.”');
    expect(kindOf(r, 'a first')).toBe('organization');
    expect(r.saidBy('a first')).toBe('Telesat');
    expect(kindOf(r, 'fair')).toBe('organization');
    expect(kindOf(r, 'odd')).toBe('person');
  });
});

describe('federal departments named "X Canada"', () => {
  it('types "Statistics Canada" and "Health Canada" as organisations, and a later "Canada" is not their mention', () => {
    const text = 'Statistics Canada said the jobless rate was “steady.” Health Canada said the drug was “safe.” Canada grew.';
    const r = read(text);
    expect(kindOf(r, 'steady')).toBe('organization');
    expect(kindOf(r, 'safe')).toBe('organization');
    const stats = r.speakers.find((s) => s.name === 'Statistics Canada')!;
    expect(stats.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Statistics Canada']);
  });
});

describe('names that end in a company suffix or an institution word', () => {
  it('types "the Federal Reserve", "the Air Force" and "Desjardins Associates Inc." as organisations', () => {
    const r = read('The Federal Reserve said rates were “high.” The Air Force said the jets were “grounded.” Desjardins Associates Inc. said growth was “weak.”');
    expect(r.speakerOf(r.quote('high'))?.kind).toBe('organization');
    expect(r.speakerOf(r.quote('grounded'))?.kind).toBe('organization');
    expect(r.speakerOf(r.quote('weak'))?.kind).toBe('organization');
  });
});

describe('one person under spellings with and without accents', () => {
  it('makes "Gerhard Müller", "Muller" and "Mueller" one source', () => {
    const r = read('Gerhard Müller spoke first. Muller said the talks were “over.” “Not only that,” Mueller said.');
    expect(r.saidBy('over')).toBe('Gerhard Müller');
    expect(r.saidBy('Not only that')).toBe('Gerhard Müller');
    expect(r.speakers.filter((s) => s.kind === 'person')).toHaveLength(1);
  });
});

describe('a place before an appositive name', () => {
  it('gives "the delegate in Valencia, Pilar Bernabé, told journalists" to Pilar Bernabé, never to Valencia', () => {
    const r = read('The delegate in Valencia, Pilar Bernabé, told journalists the fire was “a tragedy.”');
    expect(r.speakers.map((s) => s.name)).not.toContain('Valencia');
  });
});

describe('what the article says a lone name is', () => {
  it('types "Zenco, a free navigation app that …" as an organisation wherever the article says so', () => {
    const r = read('Officials called Zenco, a free navigation app that lets drivers post data. Zenco said the data was “very useful.”');
    expect(kindOf(r, 'very useful')).toBe('organization');
  });

  it('keeps "Ann Smith, a company spokeswoman" a person (the appositive’s head is "spokeswoman")', () => {
    const r = read('Smith, a company spokeswoman, spoke first. Smith said the data was “very useful.”');
    expect(kindOf(r, 'very useful')).toBe('person');
  });

  it('lists no source for a troupe named with a number ("Super Six and Midnight Magic were dance troupes")', () => {
    const r = read('She joined Super Six in 1980. Super Six and Midnight Magic were dance troupes. “I loved it,” she said.');
    expect(r.speakers.map((s) => s.name)).not.toContain('Super Six');
  });
});

describe('relatives who share a surname', () => {
  it('does not give Kamala Harris’s quotes to her mother, Shyamala Gopalan Harris, named later at greater length', () => {
    const r = read('Kamala Harris grew up in Montreal. Her mother, Shyamala Gopalan Harris, was a scientist. “It was home,” Harris said.');
    expect(r.saidBy('It was home')).toBe('Kamala Harris');
  });
});
