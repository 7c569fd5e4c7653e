import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const kinds = (text: string) => read(text).anonymous.map((a) => a.kind);

describe('anonymous sourcing: unnamed witnesses and readers of documents', () => {
  it.each([
    ['"according to people who have seen the draft"', 'The deal is close, according to people who have seen the draft.'],
    ['"Others in the room said"', 'Others in the room said the mood was tense.'],
    ['"People who were in attendance said"', 'People who were in attendance said the mood was tense.'],
    ['"one Republican senator said privately"', 'The vote was a disaster, one Republican senator said privately.'],
    ['"they privately doubted" after unnamed operatives', 'Even after his win in Ohio, they privately doubted that he could sustain his momentum.'],
  ])('flags %s as an unnamed source', (_, text) => {
    expect(kinds(text)).toEqual(['unnamed-source']);
  });

  it('keeps "Voters who saw the ad said" a vague group', () => {
    expect(kinds('Voters who saw the ad said it was unfair.')).toEqual(['vague']);
  });

  it('flags "the mayor has expressed frustration, recently telling one person close to her that …": that person is the source', () => {
    const text = 'Mayor Ann Lee has expressed frustration about the debate, recently telling one person close to her that she is perplexed about the format.';
    expect(kinds(text)).toEqual(['unnamed-source']);
  });
});

describe('anonymous sourcing: members of a campaign or party', () => {
  it.each([
    ['"a person with the campaign said"', 'The campaign is expected to announce the hire on Monday, a person with the campaign said.'],
    ['"a senior Liberal told the Globe"', 'The decision is final, a senior Liberal told the Globe.'],
    ['"One Conservative said"', 'One Conservative said the decision is final.'],
  ])('flags %s as an unnamed source', (_, text) => {
    expect(kinds(text)).toEqual(['unnamed-source']);
  });

  it('does not flag "Ann Lee, an economist at a liberal think tank, said"', () => {
    expect(kinds('“This is very bad news,” said Ann Lee, a labor economist at the Center for Growth, a liberal think tank.')).toEqual([]);
  });
});

describe('anonymous sourcing: an unnamed head the phrase reader left without its cue', () => {
  it('flags "Port safety and customs officials said …" and "Party members and officials even insist …"', () => {
    expect(kinds('The ferry sank on Friday. Port safety and customs officials said the cargo manifest was being checked.')).toEqual(['unnamed-source']);
    expect(kinds('Party members and officials even insist that the mayor will win the runoff.')).toEqual(['unnamed-source']);
  });

  it('leaves officials after a preposition alone ("The mayor met with officials to say …")', () => {
    expect(kinds('The mayor met with officials to say the plan would go ahead.')).toEqual([]);
  });
});

describe('anonymous sourcing: unnamed informants cited by an outlet or the writer', () => {
  it('flags "The Tribune quoted one of the mayor’s advisers as saying …"', () => {
    expect(kinds('The Tribune quoted one of the mayor’s advisers as saying the budget would be cut.')).toEqual(['unnamed-source']);
  });

  it('flags "Several people I’ve spoken with over the past weeks said …"', () => {
    expect(kinds('Several people I’ve spoken with over the past weeks said the coach had been told to resign.')).toEqual(['unnamed-source']);
  });
});

describe('anonymous sourcing: the pronoun right after a sentence stating anonymity', () => {
  it('flags "“Not one,” he said." after "…, he said, on condition of anonymity to speak freely."', () => {
    const text = 'Mr. Dale Roe met the board on Monday. He found no one to back the plan, he said, on condition of anonymity to speak freely about the board. “Not one,” he said.';
    expect(kinds(text)).toEqual(['anonymity-grant', 'unnamed-source']);
  });

  it('leaves a pronoun after a name in its own sentence to that name ("Although Lee admitted …, she said …")', () => {
    const text = 'A clerk spoke on condition of anonymity. Although Ann Lee admitted that the files were lost, she said nothing was leaked.';
    expect(kinds(text)).toEqual(['anonymity-grant']);
  });
});
