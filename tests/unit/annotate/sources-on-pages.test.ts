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

describe('a lone name that starts the one full name the article gives', () => {
  it('makes "Sir Tobias" the same source as "Sir Tobias Wren", not a second person', () => {
    const r = read('Sir Tobias Wren said the plan was “sound.” Later Sir Tobias said it was “too costly.”');
    expect(r.saidBy('too costly')).toBe('Tobias Wren');
    expect(r.speakers.filter((s) => s.kind === 'person')).toHaveLength(1);
  });

  it('makes "Mrs Chen" the same source as "Chen Meilin", who is named surname first', () => {
    const r = read('“We wait,” said Chen Meilin, 61. Mrs Chen said she was hoping for “a miracle.”');
    expect(r.saidBy('a miracle')).toBe('Chen Meilin');
  });

  it('keeps "Fiona" apart from "Eloise Parry" where "Parry" names another person', () => {
    const r = read('Eloise Parry died in April. Her mother, Fiona, said it was “a lethal dose.” Fiona Parry urged “caution.” Eloise Parry had written “help.”');
    expect(r.saidBy('a lethal dose')).not.toBe('Eloise Parry');
  });
});

describe('a label before a colon whose quotation has a cue of its own', () => {
  it('names no source "NEW" in "NEW: “Roads are clear,” says a city engineer"', () => {
    const r = read('Snow fell overnight.\n\nNEW: “Roads are clear,” says a city engineer');
    expect(r.speakers.map((s) => s.name)).not.toContain('NEW');
    expect(r.saidBy('Roads are clear')).toBe('city engineer');
  });
});

describe('a capitalised name ending in a group word', () => {
  it('makes "according to Brightline Research" an organisation, not a group like "researchers"', () => {
    const r = read('Store brands doubled in a year, according to Brightline Research, to “more than 100.”');
    expect(r.speakerOf(r.quote('more than 100'))?.kind).toBe('organization');
  });

  it('keeps "House Republicans say" a group', () => {
    const r = read('House Republicans say the bill is “dead.”');
    expect(r.speakerOf(r.quote('dead'))?.kind).toBe('group');
  });
});

describe('a lone name the article uses as only a company or a body is', () => {
  it('makes "Brightway believe …" (a plural verb after a one-word name) an organisation', () => {
    const r = read('The review ended in May. Brightway believe the ruling was “deeply unfair.”');
    expect(r.speakerOf(r.quote('deeply unfair'))?.kind).toBe('organization');
  });

  it('makes a name that "is asking … for comment" an organisation (an outlet)', () => {
    const r = read('Glimmer reported that the flaw was “trivial to exploit.” Glimmer is asking the studio for comment.');
    expect(r.speakerOf(r.quote('trivial to exploit'))?.kind).toBe('organization');
  });

  it('makes a name joined by "and" to a company an organisation ("between Halvorsen and Zentrix")', () => {
    const r = read('Zentrix said it would “fight on.” The feud between Halvorsen and Zentrix dragged on. Halvorsen claimed the prices were “too low.”');
    expect(r.speakerOf(r.quote('too low'))?.kind).toBe('organization');
  });

  it('keeps the name a person where an honorific stands before it ("Mr. Halvorsen")', () => {
    const r = read('Zentrix said it would “fight on.” The feud between Mr. Halvorsen and Zentrix dragged on. Halvorsen claimed the prices were “too low.”');
    expect(r.speakerOf(r.quote('too low'))?.kind).toBe('person');
  });

  it('keeps "Trump and Clinton say" persons', () => {
    const r = read('Trump and Clinton say the debate was “fair.”');
    expect(r.speakerOf(r.quote('fair'))?.kind).toBe('person');
  });
});

describe('a noun for a website before a name', () => {
  it('makes "the gossip site Quillery said" an organisation', () => {
    const r = read('The gossip site Quillery said the photos were “real.”');
    expect(r.speakerOf(r.quote('real'))?.kind).toBe('organization');
  });

  it('makes "the tech blog Wirefold reported" an organisation', () => {
    const r = read('The tech blog Wirefold reported the phone was “delayed.”');
    expect(r.speakerOf(r.quote('delayed'))?.kind).toBe('organization');
  });
});

describe('a news agency named as such', () => {
  it('makes "Velox, the official news agency, wrote" an organisation', () => {
    const r = read('“The talks were useful,” Velox, the official news agency, wrote on Monday.');
    expect(r.speakerOf(r.quote('talks were useful'))?.kind).toBe('organization');
  });

  it('keeps "Ann Lee, an agency official" a person', () => {
    const r = read('“We are ready,” said Ann Lee, an agency official.');
    expect(r.speakerOf(r.quote('We are ready'))?.kind).toBe('person');
  });
});

describe('the owner of the words that are a subject', () => {
  it('gives "The Kessler administration’s first comments …, saying “…”" to the Kessler administration', () => {
    const r = read('The Kessler administration’s first comments on the vote came with a warning, saying that turnout was “deeply worrying.”');
    expect(r.saidBy('deeply worrying')).toBe('Kessler administration');
    expect(r.speakerOf(r.quote('deeply worrying'))?.kind).toBe('organization');
  });

  it('gives "Ann Lee’s remarks …, saying “…”" to Ann Lee', () => {
    const r = read('Ann Lee’s remarks at the rally drew cheers, saying the city was “back.”');
    expect(r.saidBy('back')).toBe('Ann Lee');
  });
});

describe('one source listed once', () => {
  it('lists "a source close to the probe" once when two cues share it ("said a source …, adding that …")', () => {
    const r = read('The crew may have climbed early, said a source close to the probe, adding that the weather “played a part.”');
    expect(r.speakers.filter((s) => s.name.includes('source close to the probe'))).toHaveLength(1);
  });

  it('lists "Harbor Gas officials" once when the article cites them again in the same words', () => {
    const r = read('Leaks double in winter, Harbor Gas officials say. “It is the cold,” one crew chief said. There were 750 leaks in January, Harbor Gas officials said.');
    expect(r.speakers.filter((s) => s.name === 'Harbor Gas officials')).toHaveLength(1);
  });
});

describe('where a named source spoke is not part of the source', () => {
  it('ends the source of "said Ann Lee at an event to launch her book" at the name', () => {
    const r = read('“We were heard at last,” said Ann Lee at an event to launch her book in Boston.');
    expect(r.speakerSpanText('heard at last')).toBe('Ann Lee');
  });
});

describe('a time phrase opening the sentence before its subject', () => {
  it('reads "Six years ago Bishop Ann Lee aimed to curb a “quiet crisis”" with Bishop Ann Lee as the source, not "Six years ago"', () => {
    const r = read('Six years ago Bishop Ann Lee aimed to curb a “quiet crisis” in the parish.');
    expect(r.speakerSpanText('quiet crisis')).toBe('Bishop Ann Lee');
    expect(r.speakerOf(r.quote('quiet crisis'))?.description).not.toBe('Six years ago');
  });
});

describe('a name that starts with a lowercase particle', () => {
  it('keeps "said van Dorn" whole: the particle is no description of Piet van Dorn', () => {
    const r = read('“It is shallow,” Piet van Dorn, an oceanographer, told reporters. “We may see it,” said van Dorn.');
    expect(r.saidBy('We may see it')).toBe('Piet van Dorn');
    expect(r.speakerOf(r.quote('We may see it'))?.description).not.toBe('van');
  });
});

describe('the description a source phrase gives', () => {
  it('gives "local papers quote Ann Ruiz as saying" to Ann Ruiz with no description made of the papers', () => {
    const r = read('“I have no regrets,” local papers quote Ann Ruiz as saying.');
    expect(r.saidBy('no regrets')).toBe('Ann Ruiz');
    expect(r.speakerOf(r.quote('no regrets'))?.description ?? null).toBeNull();
  });

  it('drops the possessive of an employer standing alone before a name ("Acme Airlines’ Kent Ford said")', () => {
    const r = read('Acme Airlines’ Kent Ford said flights were “on time.”');
    expect(r.speakerOf(r.quote('on time'))?.description).toBe('Acme Airlines');
  });

  it('ends a description at the relative pronoun ("a prime minister who has declared …")', () => {
    const r = read('Ann Lee won the vote. It keeps in place an Irish prime minister who has declared she will “resist” the plan.');
    for (const s of r.speakers) expect(`${s.name} ${s.description ?? ''}`.trim()).not.toMatch(/\bwho$/);
  });
});

describe('a writing owned by a name speaks for its author', () => {
  it('gives "the Velde Institute’s report said …" to the Velde Institute, not to "the report"', () => {
    const r = read('The Velde Institute’s report said the shots were “likely deliberate.”');
    expect(r.saidBy('likely deliberate')).toBe('Velde Institute');
  });
});

describe('a source cited by first name whose full name names another person’s family', () => {
  it('lists "her mother, Fiona, said" as Fiona Parry where "Parry" is kept for Eloise Parry', () => {
    const r = read('Eloise Parry died in April. Her mother, Fiona, said it was “a lethal dose.” Fiona Parry urged “caution.” Eloise Parry had written “help.”');
    expect(r.saidBy('a lethal dose')).toBe('Fiona Parry');
  });
});

describe('two places joined after a preposition before the cue', () => {
  it('gives "prosecutors in Dover and East Lyme say" to the prosecutors, not to East Lyme', () => {
    const r = read('Prosecutors in Dover and East Lyme say the firm “misled riders.”');
    expect(r.saidBy('misled riders')).not.toBe('East Lyme');
    expect(r.speakers.map((s) => s.name)).not.toContain('East Lyme');
  });
});
