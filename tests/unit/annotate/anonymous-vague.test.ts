import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const kinds = (text: string) => read(text).anonymous.map((a) => a.kind);

describe('vague attribution to a public crowd', () => {
  it('calls "some Republican leaders said …" and "conservative leaders have questioned …" vague', () => {
    expect(kinds('Some Republican leaders said the mayor still has time to change course.')).toEqual(['vague']);
    expect(kinds('While he renounced the plan, conservative leaders have questioned his sincerity.')).toEqual(['vague']);
  });

  it('calls "several lawmakers argued …" and "many voters say …" vague', () => {
    expect(kinds('Several lawmakers argued that the bill goes too far.')).toEqual(['vague']);
    expect(kinds('Many voters say they are still undecided.')).toEqual(['vague']);
  });

  it('does not call counted people ("both candidates said", "the two voters acknowledged") vague', () => {
    expect(kinds('Both candidates said it was no big deal.')).toEqual([]);
    expect(kinds('The two voters acknowledged that the race was close.')).toEqual([]);
  });

  it('does not call "the candidates are expected to speak" a claim', () => {
    expect(kinds('Several candidates are expected to speak at the gala on Thursday.')).toEqual([]);
  });

  it('lets a named speaker carry a sentence that mentions what a crowd feels ("Lee said, noting that donors feel …")', () => {
    expect(kinds('“We must hold the seat,” Ann Lee said, noting that donors feel the stakes are high.')).not.toContain('vague');
  });
});

describe('vague attribution to a share of a crowd', () => {
  it('calls "46 percent of voters said …" and "a majority of her backers say …" vague', () => {
    expect(kinds('Just 28 percent of voters said the country was on the right track.')).toEqual(['vague']);
    expect(kinds('A majority of her backers say she should stay in the race.')).toEqual(['vague']);
  });

  it('leaves a share a named pollster found to the pollster ("78 percent of voters in a recent CBS News poll said")', () => {
    expect(kinds('Nearly 78 percent of voters in a recent CBS News poll said they think she is different.')).not.toContain('vague');
  });

  it('calls a crowd the phrase reader took a word before vague ("a bill that critics called unfair")', () => {
    expect(kinds('The senators blocked a bill that critics called unfair.')).toEqual(['vague']);
  });

  it('does not read "his opponents showed little appetite" as a claim', () => {
    expect(kinds('Neither the mayor nor his opponents showed much appetite for a fight.')).toEqual([]);
  });
});

describe('a group inside a named speaker’s words', () => {
  it('leaves "Ann Lee added that some Democrats have called her …" to Ann Lee', () => {
    expect(kinds('Ann Lee added that some Democrats have called her to say they will not vote for the nominee.')).not.toContain('vague');
  });

  it('still calls "Although Reynolds says …, others argue …" vague (the group has its own clause)', () => {
    expect(kinds('Although Reynolds says the plan will work, others argue it is too costly.')).toEqual(['vague']);
  });
});

describe('a crowd right before a cue the cue reader found no source for', () => {
  it('calls "Democrats don’t think …" and "Some activists even insist …" vague', () => {
    expect(kinds('Democrats don’t think the mayor can catch up in the state.')).toEqual(['vague']);
    expect(kinds('Some activists even insist that the mayor may yet win.')).toEqual(['vague']);
  });

  it('does not take a crowd that is an object for the subject ("the timing led Republicans to say …")', () => {
    expect(kinds('The timing led Republicans to say the party was hiding her.')).toEqual([]);
  });
});

describe('unnamed polls as a source', () => {
  it('calls "Despite polls showing her behind, …" and "polls continue to show …" vague', () => {
    expect(kinds('Despite polls showing her well behind, the mayor campaigned in the state.')).toEqual(['vague']);
    expect(kinds('Still, polls continue to show that the race is close.')).toEqual(['vague']);
  });

  it('leaves named polls and poll averages out ("recent Post-ABC polls show", "the average of polls shows")', () => {
    expect(kinds('An average of recent Post-ABC polls shows the mayor leading.')).toEqual([]);
    expect(kinds('The RealClearPolitics average of polls shows the mayor leading.')).toEqual([]);
  });

  it('leaves the sentence to a named speaker ("Rubio says the polls showing him second are wrong")', () => {
    expect(kinds('Rubio says the latest polls showing him a distant second are wrong.')).not.toContain('vague');
  });
});

describe('experts and critics holding a view the cue reader has no cue for', () => {
  it('calls "Experts see the vote as a test" and "but critics point to …" vague', () => {
    expect(kinds('Experts see the elections held Sunday as a test of the generals.')).toEqual(['vague']);
    expect(kinds('The ministry denies any links, but critics point to charities that fund the groups.')).toEqual(['vague']);
  });

  it('leaves a view shared with a named or pronoun speaker alone ("he and election-law experts agree")', () => {
    expect(kinds('But he and election-law experts agree it will be difficult to win.')).toEqual([]);
  });
});

describe('what a generic group did, not what it claimed', () => {
  it('does not call "as voters went to the polls …" or "many Democrats are expected to follow …" vague', () => {
    expect(kinds('The count was slow on Tuesday, as voters went to the polls in three provinces.')).toEqual([]);
    expect(kinds('Many Democrats are expected to follow the lead of the senator from Maine.')).toEqual([]);
  });

  it('does not call a crowd shouting or chanting, or voters who could read a leaflet, vague', () => {
    expect(kinds('Several hundred protesters gathered by the gate, waving flags and chanting slogans.')).toEqual([]);
    expect(kinds('The group printed more leaflets than there were voters who could read them.')).toEqual([]);
  });

  it('still calls what unnamed surveys showed vague ("exit polls from the primary, …, showed that …")', () => {
    expect(kinds('Exit polls from the county primary, which the mayor won easily, showed that most voters backed the levy.')).toContain('vague');
  });
});

describe('a group with named members listed after it', () => {
  it('does not call "Several candidates, including Ann Lee, said …" vague', () => {
    expect(kinds('Several candidates, including Ann Lee and Tom Ruiz, said the county should delay the vote.')).toEqual([]);
  });

  it('does not call "Security officials — including Adm. Ray Cole — have argued …" an unnamed source', () => {
    expect(kinds('Security officials — including Adm. Ray Cole and Director Mia Park — have long argued that the grid is exposed.')).toEqual([]);
  });
});

describe('a crowd’s share that a named pollster found', () => {
  it('leaves "about 7 in 10 voters say …, based on a Gallup poll" to the pollster', () => {
    expect(kinds('About 7 in 10 voters say the province is on the wrong track, based on a Gallup poll taken in May.')).toEqual([]);
    expect(kinds('Most Canadians said they back the levy in a Leger poll released on Monday.')).toEqual([]);
  });
});
