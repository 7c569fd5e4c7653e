import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a people named as the subject of a cue is a group', () => {
  it('makes a plural demonym that speaks a group, not a person ("Mirenians worry that …")', () => {
    const r = read('Many Mirenians fear the new tax. Mirenians worry that prices will “keep climbing.”');
    expect(r.speakerOf(r.quote('keep climbing'))?.kind).toBe('group');
  });

  it('makes a name the article calls a tribe a group when it speaks ("the Tawhiri tribe … Tawhiri believe")', () => {
    const r = read('Elder Ana Rua leads the Tawhiri tribe of the north coast. Tawhiri believe the birds return “to rest.”');
    expect(r.speakerOf(r.quote('to rest'))?.kind).toBe('group');
  });
});

describe('a name in apposition to a kin noun is a person', () => {
  it('keeps "her sister, Agnes, wrote that it …" a person, though the sentence goes on to say "it"', () => {
    const r = read('The canal opened in 1855. Its builder’s sister, Agnes, wrote that it “binds two seas.”');
    expect(r.speakerOf(r.quote('binds two seas'))?.kind).toBe('person');
  });
});

describe('organisation names the phrase reader keeps whole', () => {
  it('gives "Research firm eMarketer reported" to the firm, whose name starts in lowercase', () => {
    const r = read('Prices rose in May. Research firm eMarketer reported that sales were “flat.”');
    expect(r.saidBy('flat')).toBe('eMarketer');
    expect(r.speakerOf(r.quote('flat'))?.kind).toBe('organization');
  });

  it('reads "the Center on Housing and Migration calls" as one institution, not a person called Migration', () => {
    const r = read('A new study by the Center on Housing and Migration calls that “a myth.”');
    expect(r.saidBy('a myth')).toBe('Center on Housing and Migration');
  });

  it('keeps "Trump and Clinton said" two names, the quote going to the last', () => {
    expect(read('Trump and Clinton said the debate was “fair.”').saidBy('fair')).toBe('Clinton');
  });
});

describe('a company name joined by "&"', () => {
  it('reads "Birch Research & Associates Inc. said" as one company', () => {
    const r = read('Birch Research & Associates Inc. said the economy was “soft.”');
    expect(r.saidBy('soft')).toBe('Birch Research & Associates Inc.');
    expect(r.speakerOf(r.quote('soft'))?.kind).toBe('organization');
  });

  it('keeps the person after a possessive "&" name ("Smith & Wesson’s CEO Bo Lee said")', () => {
    expect(read('Smith & Wesson’s CEO Bo Lee said sales were “up.”').saidBy('up.')).toBe('Bo Lee');
  });
});

describe('a noun for an organisation before a name in the source phrase', () => {
  it('makes "according to whale rescue group Fin Watch" an organisation', () => {
    const r = read('The pod beached at dawn, according to whale rescue group Fin Watch, with “hundreds” lost.');
    expect(r.speakerOf(r.quote('hundreds'))?.kind).toBe('organization');
  });
});

describe('a two-word name the article calls a company and "it"', () => {
  it('makes "Rain Ledger realized it …" an organisation where the article calls it "an online weather service"', () => {
    const r = read('I open the app made by Rain Ledger, the first online weather service. Rain Ledger realized it could do better. Rain Ledger says the maps are now “street by street.”');
    expect(r.speakerOf(r.quote('street by street'))?.kind).toBe('organization');
  });

  it('leaves the same name a person where the article never gives it a company noun', () => {
    const r = read('I open the app. Rain Ledger realized it could do better. Rain Ledger says the maps are now “street by street.”');
    expect(r.speakerOf(r.quote('street by street'))?.kind).toBe('person');
  });
});

describe('a live blog time stamp is not part of the source', () => {
  it('names the group "Aviation experts", not "00.30 Aviation experts"', () => {
    const r = read('The beach was empty.\n\n00.30 Aviation experts believe the hull may be “easily found” now.');
    expect(r.saidBy('easily found')).toBe('Aviation experts');
  });
});

describe('a country speaking is its government', () => {
  it('makes "South Africa said" an organisation, not a person called South Africa', () => {
    const r = read('Bolt was treated in Britain and South Africa, his aide said. South Africa said Bolt had told the king he was “tired.”');
    expect(r.speakers.find((s) => s.name === 'South Africa')?.kind).toBe('organization');
  });
});

describe('"the ministry" after a ministry was named', () => {
  it('gives "The ministry said" to the Defence Ministry just cited, not to an unnamed "ministry"', () => {
    const r = read('Mirenia’s Defence Ministry said it downed “38 drones.” The ministry said the strikes were “precise.”');
    expect(r.saidBy('precise')).toBe('Mirenia’s Defence Ministry');
  });
});

describe('a name before an organisation head names the organisation', () => {
  it('makes "the Lee campaign said" an organisation, not an unnamed source', () => {
    const r = read('The Lee campaign said the ad was “a lie.”');
    expect(r.speakerOf(r.quote('a lie'))?.kind).toBe('organization');
  });

  it('leaves "the new government said" unnamed', () => {
    const r = read('The new government said the deal was “done.”');
    expect(r.speakerOf(r.quote('done'))?.kind).not.toBe('organization');
  });
});

describe('a trade body named "… Industry of …"', () => {
  it('makes "The Satellite Industry of Mirenia said" one organisation, not a person called Satellite Industry', () => {
    const r = read('Sales grew. The Satellite Industry of Mirenia said revenue was “a record.”');
    expect(r.saidBy('a record')).toBe('Satellite Industry of Mirenia');
    expect(r.speakerOf(r.quote('a record'))?.kind).toBe('organization');
  });
});

describe('a possessive standing alone is a shop or publication', () => {
  it('makes "According to Jane’s, …" an organisation named Jane’s, not a person called Jane', () => {
    const r = read('According to Jane’s, the islands have “four jets.”');
    expect(r.saidBy('four jets')).toBe('Jane’s');
    expect(r.speakerOf(r.quote('four jets'))?.kind).toBe('organization');
  });
});
