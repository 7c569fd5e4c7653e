import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const anonymousOnly = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague');
const flagged = (text: string) => anonymousOnly(text).map((a) => text.slice(a.start, a.end));

describe('anonymous sourcing: on-the-record sources are not flagged', () => {
  it('does not flag "“We are told all the time …,” Mr. Putin said": the named speaker’s own words', () => {
    expect(anonymousOnly('In 2008, he complained bitterly about Kosovo. “We are told all the time that Kosovo is a special case,” Mr. Putin said. “It is all lies.”')).toHaveLength(0);
  });

  it('still flags a named writer’s quoted passage that cites people close to someone', () => {
    expect(flagged('“People close to Sharpton say he likes Clinton but does not trust her,” Glenn Thrush wrote.')).toHaveLength(1);
  });
});

describe('anonymous sourcing: a description of someone named since', () => {
  it('does not flag "The lawmaker … said" when the lawmaker of the lede has since been named', () => {
    const text =
      'A lawmaker in Peru is calling for the singer to be barred from the country.\n\nRep. Ana Villca said the singer had insulted Peruvians, according to La República.\n\nThe lawmaker, who represents a district in Cusco, said the remarks "have shamed our migrants abroad."';
    expect(anonymousOnly(text)).toHaveLength(0);
  });

  it('still flags "the official said" long after a withheld official was cited and a named source spoke', () => {
    const text =
      '"We are worried," said a Mexican official who was not authorized to speak publicly.\n\nThe ambassador, Ana Ruiz, said the embassy would respond.\n\n"We found young people have begun to adopt those arguments," the official said.';
    expect(flagged(text).map((s) => s.slice(0, 12))).toEqual(['"We are worr', '"We found yo']);
  });
});

describe('anonymous sourcing: instructions are not information', () => {
  it('does not flag "officials have told residents not to drink the water"', () => {
    expect(anonymousOnly('Since October, officials have told Dayton residents not to drink the water coming out of their taps.')).toHaveLength(0);
  });

  it('still flags "insiders told the paper they planned to respond"', () => {
    expect(anonymousOnly('Campaign insiders recently told the Herald they planned to respond in a low-key way.')).toHaveLength(1);
  });
});

describe('anonymous sourcing: "he" opening a sentence', () => {
  it('flags "He said …" right after "A senior official said …", whatever capitalised words follow the pronoun', () => {
    expect(flagged('A senior official said the plan was dead. He said the vote would wait until June.')).toHaveLength(2);
  });

  it('does not flag "He announced …" after a sentence naming Obama, for a spokeswoman cited earlier', () => {
    const text =
      "Of the 121 people detained, 77 have been deported, according to an ICE spokeswoman.\n\nAdministration officials emphasized Tuesday that Obama's announcement in November included two programs. He announced a program to defer the deportations of parents.";
    expect(flagged(text).some((s) => s.startsWith('He announced'))).toBe(false);
  });
});

describe('anonymous sourcing: "That official added"', () => {
  it('reads "That official added …" as the former official cited just before', () => {
    expect(flagged('A former official said the agency had ignored warnings. That official added that the director knew.')).toHaveLength(2);
  });

  it('does not flag "That official added …" after a named mayor', () => {
    expect(flagged('Mayor Ann Lee spoke for an hour. That official added that the director knew.')).toHaveLength(0);
  });
});

describe('anonymous sourcing: a possessive source inside a phrase', () => {
  it('does not flag "the changes his current aides have asked for"', () => {
    const text =
      'People briefed on the move said it reflected a crisis.\n\nBut it shows that the mayor - who has chafed at making the types of changes his current aides have asked for, even though he had admitted they were needed - has decided to keep his style.';
    expect(flagged(text).map((s) => s.slice(0, 6))).toEqual(['People']);
  });

  it('does not flag "inconsistencies between her claim that she “never sent …”" after an aide was cited', () => {
    const text =
      'A campaign aide later clarified that Ann Lee misspoke.\n\nThe comments came in an answer about inconsistencies between her claim that she “never sent classified information” and the testimony of the director.';
    expect(flagged(text).map((s) => s.slice(0, 6))).toEqual(['A camp']);
  });

  it('still flags "and even his allies concede …"', () => {
    expect(flagged('The plan stalled, and even his allies concede that the vote is lost.')).toHaveLength(1);
  });
});
