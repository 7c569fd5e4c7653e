import { describe, expect, it } from 'vitest';
import { read } from './helpers';

/** The names of the speakers of kind person. */
const persons = (text: string) => read(text).speakers.filter((s) => s.kind === 'person').map((s) => s.name);

describe('words that are no person are never listed as one', () => {
  it('reads an abbreviated state after a town ("Dover, N.H.,") as a place, not a person', () => {
    expect(persons('At a rally in Dover, N.H., on Friday, Senator Ann Lee praised the plan, saying that "it will work."')).not.toContain('N.H.');
    expect(persons('The deal was struck, according to U.S. trade records. "We are pleased," Lee said.')).not.toContain('U.S.');
  });
});

describe('a party word is a member or a side, never a surname', () => {
  it('reads "Republican claims" and "Democratic calls for her" as no person', () => {
    expect(persons('Senator Ann Lee faced Republican claims that "the plan was a failure."')).not.toContain('Republican');
    expect(persons('Ann Lee ignored Democratic calls for her to "step aside now."')).not.toContain('Democratic');
  });

  it('attributes "said Utah Republican" to a member of the party, not a person named so', () => {
    const r = read('"We will win," said Utah Republican.');
    const s = r.speakerOf(r.quote('We will win'));
    expect(s?.name).toBe('Utah Republican');
    expect(s?.kind).not.toBe('person');
  });

  it('resolves "the Utah Republican" to the person the article described so', () => {
    expect(read('Rep. Tom Reed, a Utah Republican, spoke. "We will win," said the Utah Republican.').saidBy('We will win')).toBe('Tom Reed');
  });

  it('keeps the person a party word comes before: "said Republican Ann Lee"', () => {
    expect(read('"We will win," said Republican Ann Lee.').saidBy('We will win')).toBe('Ann Lee');
  });
});

describe('a capitalised word opening a sentence is no surname', () => {
  it('gives "Perhaps not coincidentally, Ann Lee … asking supporters to “…”" to Ann Lee, not to "Perhaps"', () => {
    expect(read('Perhaps not coincidentally, Ann Lee has lately started asking supporters to "raise their hands."').saidBy('raise their hands')).toBe('Ann Lee');
  });

  it('lists no person "Instead" or "Both"', () => {
    const names = persons('The two senators met on Monday. Both are committed progressives. Instead, she was back to boasting about the "winning" streak.');
    expect(names).not.toContain('Instead');
    expect(names).not.toContain('Both');
  });
});

describe('an organisation named with "of" or "for" is kept whole', () => {
  it('reads "the Club for Growth Action" and "the Communications Workers of America" as organisations', () => {
    const r = read('The fiscally conservative Club for Growth Action reported spending $1 million. Sales fell, according to the Communications Workers of America.');
    const orgs = r.speakers.filter((s) => s.kind === 'organization').map((s) => s.name);
    expect(orgs).toEqual(expect.arrayContaining(['Club for Growth Action', 'Communications Workers of America']));
    expect(r.speakers.filter((s) => s.kind === 'person')).toEqual([]);
  });

  it('keeps the person titled by such a name, and a person "of" a place', () => {
    expect(read('The Chamber of Commerce President Tom Lee said it was "good."').saidBy('good')).toBe('Tom Lee');
    expect(read('"It is good," said Sen. Sherrod Brown of Ohio.').saidBy('It is good')).toBe('Sherrod Brown');
  });
});

describe('a capitalised common noun opening a sentence, qualified by "of"/"for", is a description', () => {
  it('gives the quote after "Members of the conservative press accused" to those members, not a person "Members"', () => {
    const r = read('The show aired on Monday. Members of the conservative press accused Ann Lee of "smearing the police."');
    const s = r.speakerOf(r.quote('smearing the police'));
    expect(s?.name).toBe('Members of the conservative press');
    expect(s?.kind).not.toBe('person');
  });

  it('lists no person "Executives" for "Executives for Acme said"', () => {
    expect(persons('The firm moved. Executives for Acme said the move was "necessary."')).not.toContain('Executives');
  });
});

describe('a capitalised plural in -es of a noun that speaks is who they are, not a surname', () => {
  it('reads "Witnesses said" as unnamed witnesses, as "a witness said" is', () => {
    const r = read('Witnesses said the car “came out of nowhere.”');
    expect(r.speakerOf(r.quote('came out of nowhere'))?.kind).toBe('unnamed');
  });

  it('keeps "Jones said" and "Sanders said" persons', () => {
    expect(persons('Jones said the plan was “dead.”')).toContain('Jones');
    expect(persons('Sanders said the plan was “dead.”')).toContain('Sanders');
  });
});

describe('a capitalised plural of an occupation opening a sentence', () => {
  it('reads "Engineers had warned" as a group, and gives no later "she" to it', () => {
    const r = read('The bridge closed on Monday.\n\nEngineers had warned for years that the span was “close to failing.”\n\n“We knew it would happen,” she said.');
    expect(r.speakerOf(r.quote('close to failing'))?.kind).toBe('unnamed');
    expect(r.saidBy('We knew it would happen')).toBeNull();
  });
});
