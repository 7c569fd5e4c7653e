import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const kinds = (text: string) => read(text).anonymous.map((a) => a.kind);
const anonymousOnly = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague');

describe('anonymous sourcing: constructions of news writing', () => {
  it('reads "these people said" as the people familiar with the plan cited just before', () => {
    const text = 'The mayor will resign, according to people familiar with the plan. The council, these people said, was told on Monday.';
    expect(kinds(text)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('does not read "these people said" as a source when no unnamed people were cited', () => {
    expect(anonymousOnly('The mayor spoke for an hour. The council, these people said, was told on Monday.')).toHaveLength(0);
  });

  it('flags "another intelligence source speaking to the network said" despite the description after the head', () => {
    expect(kinds('Another intelligence source speaking to Channel Nine said, “The agents are under pressure.”')).toEqual(['unnamed-source']);
  });

  it('flags "one operative inside the campaign tried to play it down, saying …"', () => {
    expect(kinds('One operative inside the Smith campaign tried to play down the poll, saying it was “not a big deal around here.”')).toEqual(['unnamed-source']);
  });

  it('calls "a spokesman for committee Democrats said" an unnamed source, not a vague group', () => {
    const r = read('“The facts have not changed,” a spokesman for committee Democrats said.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
    expect(r.anonymous[0]!.confidence).toBe('low');
  });

  it('flags a headline "…, official says, …"', () => {
    expect(kinds('Steel output will fall; Exports, official says, kept the mills open in the downturn.')).toEqual(['unnamed-source']);
  });

  it('does not flag "said the former top aide to the governor" when that describes the person just named', () => {
    const text =
      'A senior official said the report was late.\n\nOne of its authors, Dana Whitlock, said the plan will test the party.\n\n“We warned them,” said the former top aide to Governor Ray Ortiz. “If he loses, it proves our point.”';
    expect(read(text).anonymous.map((a) => text.slice(a.start, a.end).slice(0, 12))).toEqual(['A senior off']);
  });

  it('still flags "the former aide to the governor said" right after an unnamed source, with no one named between', () => {
    const text = 'A senior official said the report was late.\n\n“We warned them,” said the former aide to the governor.';
    expect(kinds(text)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('keeps an unnamed spokeswoman of a named man: “…,” the former senator’s spokeswoman told reporters', () => {
    expect(kinds('Citing “family obligations,” the former senator’s spokeswoman told reporters that Ortiz will skip the convention.')).toEqual(['unnamed-source']);
  });

  it('does not take "they" in "about half said they think" for the unnamed officials of the sentence before', () => {
    const text = 'Party officials said the count would start late.\n\nAn entrance poll of voters shows that about half said they think the next mayor should keep the budget.';
    expect(anonymousOnly(text).map((a) => text.slice(a.start, a.end).slice(0, 5))).toEqual(['Party']);
  });

  it('still links a closing "they said" to the unnamed officials of the sentence before', () => {
    const text = 'Party officials said the count would start late. Voters waited for hours, they said.';
    expect(kinds(text)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('reads "That person said" as the unnamed source cited just before', () => {
    const text = 'The mayor will rethink her approach, a source close to her said. That person said the feud with the council had hurt her.';
    expect(kinds(text)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('flags people close to someone as the source even with a verb the cue reader does not know ("…, figure people close to the mayor")', () => {
    expect(kinds('If the team wins again, figure people close to the mayor, she will keep spending on ads.')).toEqual(['unnamed-source']);
  });

  it('flags every sentence of a multi-sentence quotation given by an unnamed source', () => {
    const text = '“The drop is real,” said a person close to the mayor. “That is why she fell. It is a serious problem.”';
    expect(kinds(text)).toEqual(['unnamed-source', 'unnamed-source', 'unnamed-source']);
  });

  it('flags the further words of a source granted anonymity in the sentence before', () => {
    const text = '“We will spend millions,” said one donor, who spoke on condition of anonymity. “Money is not a problem. Votes are.”';
    expect(kinds(text)).toEqual(['anonymity-grant', 'unnamed-source', 'unnamed-source']);
  });

  it('stops at a named speaker’s own quotation after an unnamed one', () => {
    const text = '“We lost,” one aide said. “It is over. We go home,” Dana Whitlock said.';
    expect(kinds(text)).toEqual(['unnamed-source']);
  });

  it('reads "The mayor, a top aide said, “…”" as the unnamed aide speaking about the mayor', () => {
    expect(kinds('The mayor, a top aide said, “is very confident” about the vote.')).toEqual(['unnamed-source']);
  });

  it('does not flag the appositive "Ann Lee, a top aide, said" (a named person described)', () => {
    expect(anonymousOnly('Ann Lee, a top aide, said the debate went well.')).toHaveLength(0);
  });

  it('flags "according to interviews with more than a dozen of her aides and allies"', () => {
    expect(kinds('She wants to campaign this fall, according to interviews with more than a dozen of her aides and allies.')).toEqual(['unnamed-source']);
  });

  it('calls "didn’t want to speak on the record for fear of retribution" a grant', () => {
    expect(kinds('“It was awful,” said one of two witnesses, who didn’t want to speak on the record for fear of retribution.')).toEqual(['anonymity-grant']);
  });

  it('flags "one Republican involved in the planning said" as withheld despite the capitalised party', () => {
    expect(kinds('“It will be a disaster,” one Republican involved in the planning said.')).toEqual(['unnamed-source']);
  });

  it('calls "Many party officials say they expect …" a vague group, but "most of his advisers believe" a withheld source', () => {
    expect(kinds('Many party officials say they expect a long fight.')).toEqual(['vague']);
    expect(kinds('Most of his advisers believe he will win.')).toEqual(['unnamed-source']);
  });

  it('flags "said a longtime party data expert who has worked for one of her rivals" (a long description before "who")', () => {
    expect(kinds('“It will be hard to do quickly,” said a longtime party data expert who has worked for one of her rivals.')).toEqual(['unnamed-source']);
  });

  it('flags "the paper reported, quoting an anonymous party official" despite the named paper', () => {
    expect(kinds('“There were many voices at once,” the Daily Star reported, quoting an anonymous party official.')).toEqual(['unnamed-source']);
  });

  it('does not flag a directive: "Party officials urged volunteers to repeat the line"', () => {
    expect(anonymousOnly('Party officials urged volunteers to repeat the line, but few did.')).toHaveLength(0);
  });

  it('does not read "how much they expected" as the unnamed advisers of the sentence before speaking again', () => {
    const text = 'Her advisers said the merger was worth the risk.\n\nShe met the board, who had booklets showing how much they expected the stock to rise.';
    expect(anonymousOnly(text).map((a) => text.slice(a.start, a.end).slice(0, 3))).toEqual(['Her']);
  });

  it('still reads "And they said …" as the unnamed advisers of the sentence before', () => {
    const text = 'Her advisers said the merger was worth the risk. And they said the board agreed.';
    expect(kinds(text)).toEqual(['unnamed-source', 'unnamed-source']);
  });
  it('does not flag unnamed advisers inside a comparison: "more votes than her advisers expected"', () => {
    expect(anonymousOnly('The win gave her more votes than her advisers expected.')).toHaveLength(0);
  });

  it('does not flag the agent of a passive: "a group started by a former aide has reported spending"', () => {
    expect(anonymousOnly('A new group started by a former Smith aide has reported spending $2 million.')).toHaveLength(0);
  });

  it('does not flag "in what officials called a hate crime"', () => {
    expect(anonymousOnly('He bought the gun used in the shooting, in what officials called a hate crime.')).toHaveLength(0);
  });

  it('does not flag a relative clause about staff: "Ann Lee is one of the staffers who went to Flint"', () => {
    expect(anonymousOnly('Ann Lee is the campaign’s political director and one of the staffers who went to Flint last week.')).toHaveLength(0);
  });

  it('flags "current and former officials in the bureau and at the Justice Department have said" despite the named agencies', () => {
    expect(kinds('Current and former officials in the FBI and at the Justice Department have said the inquiry is open.')).toEqual(['unnamed-source']);
  });

  it('calls "according to several senior Democrats" a withheld source, not a vague group', () => {
    expect(kinds('The two camps have been talking for weeks, according to several senior Democrats.')).toEqual(['unnamed-source']);
  });

  it('does not flag what unnamed staff did rather than said: "a staffer emailed Mills the list", "party officials found they could not defend her"', () => {
    expect(anonymousOnly('A staffer emailed Mills the list of attendees.')).toHaveLength(0);
    expect(anonymousOnly('After the leak, party officials found they could no longer defend her.')).toHaveLength(0);
  });
  it('calls "…, said young critics." vague, as "…, said critics." is (a word before the group)', () => {
    expect(kinds('The plan will cost renters more than it saves them, said young critics.')).toEqual(['vague']);
    expect(kinds('The plan will cost renters more than it saves them, said critics.')).toEqual(['vague']);
  });

  it('flags "aides quietly conceded …" as privately does (quietly: a withheld view too)', () => {
    expect(kinds('Campaign aides quietly conceded that the debate had gone badly for the senator.')).toEqual(['unnamed-source']);
    expect(kinds('Campaign aides privately conceded that the debate had gone badly for the senator.')).toEqual(['unnamed-source']);
  });

  it('flags "many backers privately say …" (privately: a withheld view), but not a named person who "privately told" donors', () => {
    expect(kinds('Even so, many backers privately say that their confidence in him is rooted in history.')).toEqual(['unnamed-source']);
    expect(anonymousOnly('Senator Ann Lee privately told donors that she would run.')).toHaveLength(0);
  });
  it('reads "agreed to talk on the condition that his last name not be used" as an anonymity grant', () => {
    expect(kinds('Bob agreed to talk on the condition that his last name not be used because his cover has not been lifted.')).toEqual(['anonymity-grant']);
  });
  it('does not read "he wrote" as the unnamed diplomat when Admiral Harris was cited since', () => {
    const text = 'A Western diplomat said the talks failed.\n\n“We are ready,” Admiral Harris said. The job of a commander is to serve as soldier, diplomat and advocate. In his memo, he wrote that the fleet was ready.';
    expect(anonymousOnly(text).map((a) => text.slice(a.start, a.end).slice(0, 9))).toEqual(['A Western']);
  });

  it('reads "agreed not to name the official" and "who did not want his name used" as anonymity grants', () => {
    expect(kinds('The Gazette agreed not to name the official, who was not part of the talks.')).toEqual(['anonymity-grant']);
    expect(kinds('A clerk, who did not want his name used, said the files were gone.')).toContain('anonymity-grant');
  });
});

describe('unnamed sources described after their noun', () => {
  it('flags "a source with direct knowledge said" (the object of "with" without a following "of")', () => {
    expect(kinds('A source with direct knowledge said the deal was off.')).toEqual(['unnamed-source']);
  });

  it('flags "one official present said" and "the officials involved said" (a participle after the noun)', () => {
    expect(kinds('One official present said the room went silent.')).toEqual(['unnamed-source']);
    expect(kinds('The officials involved said the plan had failed.')).toEqual(['unnamed-source']);
  });
});

describe('clauses that belong to the unnamed source, not to the person before them', () => {
  it('flags "… Mr. Obama, who has gotten less credit than aides say he deserves" as the aides’ claim', () => {
    const r = read('The criticism has exasperated Mr. Obama, who has gotten less credit than aides say he deserves.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
    expect(r.speakers.map((s) => s.name)).toContain('aides');
  });

  it('does not read "outlets call upon experts" as a naming cue', () => {
    expect(read('Usually news outlets call upon individuals with unique understanding to explain it.').anonymous).toEqual([]);
  });
});

describe('an unnamed source as the agent of a passive', () => {
  it('flags "confirmed by a government source", "corroborated by two former staffers" and "learned from sources"', () => {
    expect(kinds('The decision was confirmed by a government source.')).toEqual(['unnamed-source']);
    expect(kinds('The account was corroborated by two former staffers.')).toEqual(['unnamed-source']);
    expect(kinds('We have learned from sources that the minister will resign.')).toEqual(['unnamed-source']);
  });

  it('does not flag an act done by an unnamed official ("signed by a senior official")', () => {
    expect(anonymousOnly('The bill was signed by a senior official on Monday.')).toHaveLength(0);
  });
});

describe('a withheld source stated plainly beside a named one', () => {
  it('flags "The Post quoted another unnamed official as saying …" though the paper is named', () => {
    expect(kinds('The Post quoted another unnamed GOP official as saying that the manager was not opposed by the chairman.')).toEqual(['unnamed-source']);
  });

  it('flags "People close to the mayor felt …" though a named person speaks later in the sentence', () => {
    expect(kinds('People close to the mayor felt her anger in the debate was over the top, and now she has accused the senator of lying.')).toEqual(['unnamed-source']);
  });
});

describe('more ways of stating anonymity', () => {
  it('calls "asked that his name not be used" and "on condition they not be identified" disclosures', () => {
    expect(kinds('The official asked that his name not be used because the talks are private.')).toEqual(['anonymity-grant']);
    expect(kinds('Two officials described the plan on the condition they not be identified.')).toEqual(['anonymity-grant']);
  });

  it('calls "who insisted on not being named" and "on the grounds of anonymity" disclosures', () => {
    expect(kinds('The source, who insisted on not being named, said the deal was dead.')).toEqual(['anonymity-grant']);
    expect(kinds('He spoke on the grounds of anonymity.')).toEqual(['anonymity-grant']);
  });
});
