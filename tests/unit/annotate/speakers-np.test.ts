import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('post-modifiers never become the head of a source phrase', () => {
  it('reads "sources" as the head of "multiple sources privy to negotiations" (an unnamed source)', () => {
    const r = read('The bridge “will reopen in May,” said multiple sources privy to negotiations.');
    const s = r.speakerOf(r.quote('reopen in May'));
    expect(r.speakerSpanText('reopen in May')).toBe('multiple sources privy to negotiations');
    expect(s?.anonymous).toBe(true);
    expect(r.anonymous[0]?.kind).toBe('unnamed-source');
  });

  it('reads "people" as the head of "people familiar with the talks" after the cue', () => {
    const r = read('The bridge “will reopen in May,” said people familiar with the talks.');
    expect(r.speakerOf(r.quote('reopen in May'))?.anonymous).toBe(true);
  });

  it('keeps "officials briefed on the plan" whole before the cue', () => {
    const r = read('Officials briefed on the plan said the bridge “will reopen in May.”');
    expect(r.speakerSpanText('reopen in May')).toBe('Officials briefed on the plan');
    expect(r.speakerOf(r.quote('reopen in May'))?.anonymous).toBe(true);
  });

  it('keeps "people with direct knowledge of the plan" whole before the cue', () => {
    const r = read('People with direct knowledge of the plan said the bridge “will reopen in May.”');
    expect(r.speakerSpanText('reopen in May')).toBe('People with direct knowledge of the plan');
  });
});

describe('relative clauses and conjoined names in a source', () => {
  it('gives "Someone who attended the meeting said" to "someone" (unnamed), not "the meeting"', () => {
    const r = read('Someone who attended the meeting said the bridge “will reopen in May.”');
    expect(r.speakerSpanText('reopen in May')).toBe('Someone');
    expect(r.speakerOf(r.quote('reopen in May'))?.anonymous).toBe(true);
  });

  it('keeps "A Republican who attended the meeting" an unnamed source', () => {
    const r = read('A Republican who attended the meeting said the bridge “will reopen in May.”');
    expect(r.speakerSpanText('reopen in May')).toBe('A Republican');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
  });

  it('keeps "Priebus and" in "Priebus and other officials said", led by the named person', () => {
    const r = read('Priebus and other officials said the bridge “will reopen in May.”');
    expect(r.speakerSpanText('reopen in May')).toBe('Priebus and other officials');
    expect(r.saidBy('reopen in May')).toBe('Priebus');
  });
});

describe('a quantifier standing alone as the source', () => {
  it('takes "Several" in "Several said they would …" as the source', () => {
    const r = read('The council members met on Monday.\n\nSeveral said they would rather fund “block grants” for schools.');
    expect(r.speakerSpanText('block grants')).toBe('Several');
  });

  it('takes "most" after a semicolon as the source, not the group named in the clause before', () => {
    const r = read('Voters in Ohio were asked about the economy; most said they were “very worried.”');
    expect(r.speakerSpanText('very worried')).toBe('most');
  });

  it('does not cut "some" off "some of his supporters" as a source of its own', () => {
    const r = read('At the rally, some of his supporters said the protest was “a disgrace.”');
    expect(r.speakerSpanText('a disgrace')).toContain('his supporters');
  });
});

describe('an inverted cue with a quantified or unnamed subject', () => {
  it('finds "several observers" in "…, said several observers."', () => {
    const r = read('The bridge will reopen in May, said several observers.');
    expect(r.speakers.map((s) => s.name)).toEqual(['observers']);
    expect(r.anonymous[0]?.kind).toBe('vague');
  });

  it('finds "a top aide" in "…, says a top aide." (an unnamed source)', () => {
    const r = read('The bridge will reopen in May, says a top aide.');
    expect(r.anonymous[0]?.kind).toBe('unnamed-source');
    expect(r.speakers[0]?.name).toBe('top aide');
  });

  it('finds "some Democrats" in "…, say some Democrats."', () => {
    const r = read('The bridge will reopen in May, say some Democrats.');
    expect(r.speakers.map((s) => s.name)).toEqual(['Democrats']);
  });

  it('takes the name in apposition after "said a former spokesman for the ministry," as the source', () => {
    const r = read('He had a say in the deal, said a former spokesman for the ministry, Oleg Petrov, who also ran for office.');
    expect(r.speakers.map((s) => s.name)).toEqual(['Oleg Petrov']);
    expect(r.anonymous.filter((a) => a.kind === 'unnamed-source')).toHaveLength(0);
  });

  it('does not take the object of "refused to say the words" as a source', () => {
    const r = read('Ann Lee refused to say the words “tax hike” at the debate.');
    expect(r.speakerSpanText('tax hike')).not.toBe('the words');
  });
});

describe('names with lowercase particles', () => {
  it('reads "Erik van Sebille" whole after the cue and before it', () => {
    const r = read('“Plastic travels far,” said Erik van Sebille, an oceanographer. Erik van Sebille said it was “everywhere.”');
    expect(r.saidBy('Plastic travels far')).toBe('Erik van Sebille');
    expect(r.speakerSpanText('everywhere')).toBe('Erik van Sebille');
  });

  it('keeps a capitalised French article that opens a surname: "said Le Pen" is Marine Le Pen, not "Pen"', () => {
    const r = read('The party is led by Marine Le Pen. “We will win,” said Le Pen, who spoke in Lyon.');
    expect(r.saidBy('We will win')).toBe('Le Pen');
    expect(r.speakers.some((s) => s.name === 'Pen')).toBe(false);
  });

  it('reads two particles in a row: "Ursula von der Leyen said"', () => {
    const r = read('Ursula von der Leyen said the plan was “ready.”');
    expect(r.saidBy('ready')).toBe('Ursula von der Leyen');
  });
});

describe('a noun between a place and a name', () => {
  it('reads "his friend Mahamat Oumar told" whole: a kin noun after "his" stands beside the name', () => {
    const r = read('Friends were devastated. “He had so many projects,” his friend Mahamat Oumar told the website.');
    expect(r.speakerSpanText('so many projects')).toBe('his friend Mahamat Oumar');
    expect(r.saidBy('so many projects')).toBe('Mahamat Oumar');
  });

  it('reads a two-word job title between an outlet and a name: "wrote Post bureau chief Juliet Lee" is Juliet Lee, "Montclair University political scientist Bo Hart" is Bo Hart', () => {
    const r = read('“It is over,” wrote Post bureau chief Juliet Lee. “It was close,” said Montclair University political scientist Bo Hart.');
    expect(r.saidBy('It is over')).toBe('Juliet Lee');
    expect(r.saidBy('It was close')).toBe('Bo Hart');
  });

  it('does not read on from a name over "policy toward" into a place: "Obama’s policy toward Syria shows …"', () => {
    const r = read('President Obama’s policy toward Syria has barely budged and shows no sign of “change.”');
    expect(r.speakers.some((s) => s.name === 'Syria')).toBe(false);
  });

  it('takes a capitalised function word right after a closing quotation mark for the name before its cue: "“…,” From said."', () => {
    const r = read('Al From founded the council. Many Americans saw the Democrats as “the party of big government,” From said.');
    expect(r.speakerSpanText('party of big government')).toBe('From');
  });

  it('reads "said Kyiv resident Olena Marchenko" as Olena Marchenko, not as "Kyiv"', () => {
    const r = read('“The shelling never stops,” said Kyiv resident Olena Marchenko. Marchenko added: “We stay.”');
    expect(r.saidBy('shelling never stops')).toBe('Olena Marchenko');
    expect(r.saidBy('We stay')).toBe('Olena Marchenko');
  });
});

describe('a place after "in" or "at" before the cue is not its subject', () => {
  it('reads "a researcher at the University of Leeds in England told" as the researcher, not England', () => {
    const r = read('“The water is warming fast,” a researcher at the University of Leeds in England told reporters.');
    expect(r.speakerSpanText('warming fast')).toBe('a researcher at the University of Leeds');
  });

  it('reads "Democrats in Congress said" as the Democrats', () => {
    const r = read('Democrats in Congress said the bill was “dead.”');
    expect(r.speakerSpanText('dead')).toBe('Democrats');
  });
});

describe('"and" inside an organisation’s name', () => {
  it('reads "the National Oceanic and Atmospheric Administration" whole, after the cue and before it', () => {
    const r = read('“Storms will get stronger,” said the National Oceanic and Atmospheric Administration. The National Oceanic and Atmospheric Administration said rain would be “heavier.”');
    expect(r.saidBy('Storms will get stronger')).toBe('National Oceanic and Atmospheric Administration');
    expect(r.speakerSpanText('heavier')).toBe('The National Oceanic and Atmospheric Administration');
  });

  it('reads "the Organization for Mining Safety and Development noted" whole: "and" after a name that an organisation\'s head and "for" open', () => {
    const r = read('A report issued by the Organization for Mining Safety and Development noted that mines were “safer than ever.” The Bureau of Land and Water said they were “fine.”');
    const s = r.speakerOf(r.quote('safer than ever'));
    expect(s?.name).toBe('Organization for Mining Safety and Development');
    expect(s?.kind).toBe('organization');
    expect(r.speakers.some((x) => x.name === 'Development')).toBe(false);
  });

  it('keeps two organisations apart: "said the Daily Post and ABC News"', () => {
    const r = read('Support was “soft,” said the Daily Post and ABC News.');
    expect(r.saidBy('soft')).toBe('Daily Post');
  });
});

describe('a share of those polled as the source', () => {
  it('reads "About four in 10 said" and "21 percent said" as the sources of what follows', () => {
    const r = read('Voters in Ohio were polled. About four in 10 said they were “angry” with the council. Just 21 percent said a win was “not too likely.”');
    expect(r.speakerSpanText('angry')).toBe('About four in 10');
    expect(r.speakerSpanText('not too likely')).toBe('Just 21 percent');
  });

  it('reads "Some 40 percent of voters said" whole, and never a year as a share', () => {
    const r = read('Some 40 percent of voters said the plan was “a mess.” Voters surveyed in 2016 said it was “fine.”');
    expect(r.speakerSpanText('a mess')).toBe('Some 40 percent of voters');
    expect(r.speakerSpanText('fine')).not.toBe('2016');
  });

  it('reads the count before a described group: "About four in 10 Ohio Republican primary voters say"', () => {
    const r = read('Ann Lee won. About four in 10 Ohio Republican primary voters say that the key is that a candidate “shares my values.”');
    expect(r.speakerSpanText('shares my values')).toBe('About four in 10 Ohio Republican primary voters');
  });
});

describe('a counted group as a subject', () => {
  it('reads "about 200 protesters" as the source of their chant, stopping at the verb', () => {
    const r = read('Mayor Jane Park spoke inside. Outside the arena, about 200 protesters gathered, holding signs and chanting “Dump the mayor.”');
    expect(r.speakerSpanText('Dump the mayor')).toBe('about 200 protesters');
  });
});

describe('"&" inside a company’s name', () => {
  it('reads "one P&G Amiens employee told" whole as the source', () => {
    const r = read('Tom Ellis worked there for years. “We are shocked, he was a friend,” one P&G Amiens employee told a TV station.');
    expect(r.speakerSpanText('We are shocked')).toBe('one P&G Amiens employee');
  });
});

describe('ranks before a name', () => {
  it('names "Rear Admiral Ann Lee" and "State Park Ranger Supervisor Bo Park" without their ranks, and "the admiral" is Ann Lee', () => {
    const r = read(
      'Rear Admiral Ann Lee said the ships were “ready to sail.” State Park Ranger Supervisor Bo Park said the beach was “closed.” “We leave at dawn,” the admiral said.',
    );
    expect(r.saidBy('ready to sail')).toBe('Ann Lee');
    expect(r.saidBy('closed')).toBe('Bo Park');
    expect(r.saidBy('We leave at dawn')).toBe('Ann Lee');
  });
});
