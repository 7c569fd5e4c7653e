import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const sentenceOf = (text: string, item: { start: number; end: number }) => text.slice(item.start, item.end);

describe('anonymous sourcing', () => {
  it('flags "One Liberal insider said …" as an unnamed source with high confidence', () => {
    const text = 'One Liberal insider said the government’s next steps will include a concerted effort to change minds.';
    const r = read(text);
    expect(r.anonymous).toHaveLength(1);
    expect(r.anonymous[0]!.kind).toBe('unnamed-source');
    expect(r.anonymous[0]!.confidence).toBe('high');
    expect(sentenceOf(text, r.anonymous[0]!)).toBe(text);
    const s = r.speakers.find((x) => x.id === r.anonymous[0]!.speaker)!;
    expect(s.anonymous).toBe(true);
    expect(s.kind).toBe('unnamed');
  });

  it('flags the disclosure "The Globe and Mail agreed not to identify the insider" as an anonymity grant', () => {
    const r = read('One Liberal insider said talks would resume.\n\nThe Globe and Mail agreed not to identify the insider to learn details of the strategy.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'anonymity-grant']);
  });

  it('links a later "the source said" to the same unnamed source', () => {
    const r = read('One Liberal insider said talks would resume.\n\nThe Prime Minister is open to sitting down with Mr. Trump, the source said, but it was unclear what that would look like.');
    expect(r.anonymous).toHaveLength(2);
    expect(r.anonymous[0]!.speaker).toBe(r.anonymous[1]!.speaker);
  });

  it('flags "spoke on condition of anonymity because they were not authorized to discuss" as a grant', () => {
    const r = read('Two officials spoke on condition of anonymity because they were not authorized to discuss the talks publicly.');
    expect(r.anonymous[0]!.kind).toBe('anonymity-grant');
  });

  it('flags "people familiar with the matter" as an unnamed source', () => {
    const r = read('The deal is close to done, according to people familiar with the matter.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
  });

  it('flags "a senior administration official said" as an unnamed source', () => {
    const r = read('The President will sign the order Friday, a senior administration official said.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
  });

  it('flags the next quoted sentence of an unnamed source too', () => {
    const r = read('“We will win,” a senior official said. “The plan is ready.”');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'unnamed-source']);
    expect(r.anonymous[1]!.speaker).toBe(r.anonymous[0]!.speaker);
  });

  it('reads "sources tell CNN" as unnamed sourcing', () => {
    const r = read('The deal is close, sources tell CNN.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
  });

  it('does not take the subject of a passive for a source: "Officials … were mocked and criticized"', () => {
    const r = read('Officials in the government who made the usual statements were mocked and criticized on social media.');
    expect(r.anonymous.filter((a) => a.kind !== 'vague')).toHaveLength(0);
  });

  it('calls "critics say" vague, not anonymous', () => {
    const r = read('Critics say the plan will raise costs for families.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['vague']);
  });

  it('calls "Many Republicans say" vague', () => {
    const r = read('Many Republicans say the nominee cannot win in November.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['vague']);
  });

  it('calls "polls show" vague', () => {
    const r = read('Polls show the race tightening in Michigan.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['vague']);
  });

  it('never flags a named person on the record', () => {
    const r = read('“We’ve got a big job ahead of us,” Mr. Hoekstra said in a statement. White House spokesperson Anna Kelly said the election does not matter.');
    expect(r.anonymous).toHaveLength(0);
    expect(r.speakers.every((s) => !s.anonymous)).toBe(true);
  });

  it('never flags a named organisation on the record', () => {
    const r = read('“President Trump congratulated Prime Minister Carney,” the Prime Minister’s Office said in a readout of the call.');
    expect(r.anonymous).toHaveLength(0);
  });

  const unnamedKinds = (text: string) => read(text).anonymous.filter((a) => a.kind === 'unnamed-source').map((a) => a.text);

  it('flags "according to American military officials": a nationality and a description before the source noun (NYT, train)', () => {
    const text = 'The White House is considering a Pentagon proposal to keep one base in Afghanistan, according to American military officials.';
    expect(unnamedKinds(text)).toEqual([text]);
  });

  it('flags "Law enforcement officials subsequently told The New York Times" across the adverb (train)', () => {
    const text = 'Law enforcement officials subsequently told The New York Times that she had posted the messages.';
    expect(unnamedKinds(text)).toEqual([text]);
  });

  it('flags "Administration officials acknowledge privately that …" (Politico, train)', () => {
    const text = 'Administration officials acknowledge privately that they weren’t surprised by the delay.';
    expect(unnamedKinds(text)).toEqual([text]);
  });

  it('flags a share of an unnamed group: "Two-thirds of Democratic insiders said" (Politico, train)', () => {
    const text = 'Two-thirds of Democratic insiders said Clinton’s deficit meant that she could not catch up.';
    expect(unnamedKinds(text)).toEqual([text]);
  });

  it('flags "One Republican strategist said" as an unnamed source', () => {
    expect(unnamedKinds('One Republican strategist said the race was over.')).toHaveLength(1);
  });

  it('does not flag "a recent survey of Republican insiders shows": a survey is not a share of the group (Politico, train)', () => {
    expect(unnamedKinds('A recent survey of Republican insiders shows that Donald Trump could be deserted.')).toHaveLength(0);
  });

  it('does not flag "One of his advisers, Tad Devine, told reporters": the adviser is named (train)', () => {
    const r = read('One of his advisers, Tad Devine, told reporters that he would leave it to others to assess the comments.');
    expect(r.anonymous.filter((a) => a.kind !== 'vague')).toHaveLength(0);
  });

  it('does not flag "said Scott Reed, the Chamber’s chief political strategist, who added": the strategist is named (Politico, train)', () => {
    const r = read('“We are gearing up,” said Scott Reed, the Chamber’s chief political strategist, who added that his group would focus on local issues.');
    expect(r.anonymous.filter((a) => a.kind !== 'vague')).toHaveLength(0);
  });

  it('flags "…, according to officials with knowledge of the closed-door meeting" even though the sentence names people (Washington Post, train)', () => {
    const text = '"You\'ve been very critical of me," he told Sen. Jeff Flake, according to officials with knowledge of the closed-door meeting.';
    expect(unnamedKinds(text)).toEqual([text]);
  });

  it('flags "people close to the vice president said" set off inside a sentence (NYT, train)', () => {
    const text = 'At times last year, people close to the vice president said, the mere mention of Mrs. Clinton’s name could make him fume.';
    expect(unnamedKinds(text)).toEqual([text]);
  });

  it('flags "according to people in attendance" (Politico, train)', () => {
    const text = 'The meeting also veered into a gripe session about Cruz, according to people in attendance.';
    expect(unnamedKinds(text)).toEqual([text]);
  });

  it('flags "citing another anonymous source" (Politico, train)', () => {
    const text = 'Members of the family long ago soured on him, the newspaper reported, citing another anonymous source.';
    expect(read(text).anonymous.filter((a) => a.kind !== 'vague')).toHaveLength(1);
  });

  it('flags "who didn\'t want to be named" as an anonymity grant (Washington Post, train)', () => {
    const r = read('Another worshipper who didn\'t want to be named said he heard the gunman talk of immorality.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['anonymity-grant']);
  });

  it('treats "Republican strategists say" as a vague group, not a withheld identity', () => {
    const r = read('Republican strategists say the race is far from over.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['vague']);
  });
});


describe('anonymous sourcing: withheld identities the phrase reader misreads', () => {
  const unnamed = (text: string) => read(text).anonymous.filter((a) => a.kind === 'unnamed-source').map((a) => a.text);

  it('flags "said one Democrat familiar with the discussion" although "Democrat" is capitalised (Washington Post, train)', () => {
    const text = '"It wasn\'t a convincing argument," said one Democrat familiar with the discussion, who added that the White House seemed "rattled."';
    expect(unnamed(text)).toEqual([text]);
  });

  it('links a later "the people said" to the people familiar with the session', () => {
    const r = read('The meeting ran long, people familiar with the session said.\n\nBut the chief of staff had limited time to speak, the people said.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('does not take "the people said" for an unnamed source when no unnamed source came before', () => {
    expect(unnamed('Voters were tired of the race, the people said.')).toHaveLength(0);
  });

  it('flags "multiple sources privy to negotiations say" (Huffington Post, train)', () => {
    const text = 'Multiple sources privy to negotiations say it is the Democratic leaders who have insisted on acting now.';
    expect(unnamed(text)).toEqual([text]);
  });

  it('flags "according to a publishing executive familiar with the talks" (train)', () => {
    const text = 'But HarperCollins declined to renew the offer, according to a publishing executive familiar with the talks.';
    expect(unnamed(text)).toEqual([text]);
  });

  it('flags "according to Democrats involved in the negotiations" (Politico, train)', () => {
    const text = 'Sanders and Clinton are nearing an agreement that would see him endorse her on Tuesday, according to Democrats involved in the negotiations.';
    expect(unnamed(text)).toEqual([text]);
  });

  it('flags "several people in Clinton\'s orbit told POLITICO" (train)', () => {
    const text = 'The person who plays Trump in the mock debates, several people in Clinton’s orbit told POLITICO, has already been chosen.';
    expect(read(text).anonymous.filter((a) => a.kind !== 'vague')).toHaveLength(1);
  });
});

describe('anonymity grants', () => {
  const kinds = (text: string) => read(text).anonymous.map((a) => a.kind);

  it('flags "asking for anonymity to speak freely" as a grant (Huffington Post, train)', () => {
    expect(kinds('“If I was a donor, I’d want answers,” said a prominent committee member who supports Trump, asking for anonymity to speak freely.')).toEqual(['anonymity-grant']);
  });

  it('flags "who, like all respondents, responded anonymously" as a grant (Politico, train)', () => {
    expect(kinds('“Trump will be defeated in this process,” said a New Hampshire Republican, who, like all respondents, responded anonymously.')).toEqual(['anonymity-grant']);
  });

  it('flags "requested anonymity to discuss" and "declined to be named" as grants', () => {
    expect(kinds('The official requested anonymity to discuss the talks.')).toEqual(['anonymity-grant']);
    expect(kinds('A worker who declined to be named said the plant would close.')).toEqual(['anonymity-grant']);
  });

  it('flags "was not authorized to speak publicly" as a grant', () => {
    expect(kinds('The aide was not authorized to speak publicly about the plan.')).toEqual(['anonymity-grant']);
  });
});

describe('anonymous sourcing: precision', () => {
  const notVague = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague');

  it('does not flag a plain "People … telling" as an unnamed source', () => {
    expect(notVague('People (mostly men) are especially keen on telling women to stop “moaning” when they speak up.')).toHaveLength(0);
  });

  it('does not flag "the former staffer’s claims": a possessive is not a speaker (Western Journal, train)', () => {
    expect(notVague('As to the former staffer’s claims about Clinton, Ware insists that Podliska himself asked interns to take up partisan projects.')).toHaveLength(0);
  });

  it('does not flag "the message that party officials expect to hear": a relative clause (Politico, train)', () => {
    expect(notVague('Painting Trump as a threat, the materials directly echo the message that party officials expect to hear from Biden.')).toHaveLength(0);
  });

  it('does not flag "Business Insider also commented": a name ending in an unnamed head', () => {
    expect(notVague('Business Insider also commented on the contributor’s future with the company.')).toHaveLength(0);
  });

  it('flags "a spokesman said" with low confidence', () => {
    const r = read('The company will appeal the ruling, a spokesman said.');
    expect(r.anonymous.map((a) => [a.kind, a.confidence])).toEqual([['unnamed-source', 'low']]);
  });
});

describe('anonymous sourcing: on-the-record speakers around unnamed words', () => {
  const notVague = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague');

  it('does not flag "The spokesman added" when the spokesman was named just before', () => {
    expect(notVague('Kirby, a State Department spokesman, said the deal was done. The spokesman added that more talks would follow.')).toHaveLength(0);
  });

  it('still links "the official said" to an unnamed official cited just before', () => {
    const r = read('A senior official said the talks had stalled. The official said a new round was planned.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('does not flag "Mr. Trump said his advisers had told him": the advisers are inside a named speaker’s account', () => {
    expect(notVague('Mr. Trump said his advisers had told him to stay calm.')).toHaveLength(0);
  });

  it('calls "as most D.C. insiders believe" vague: a quantified crowd, not a withheld identity (Washington Post, train)', () => {
    expect(read('Trump’s numbers are not as toxic as most D.C. insiders believe.').anonymous.map((a) => a.kind)).toEqual(['vague']);
  });

  it('keeps "And they insisted" on the people briefed on the reshuffling cited just before (NYT, train)', () => {
    const r = read('People briefed on the reshuffling were adamant that the children would block a return. And they insisted that staff departures would be few.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('keeps "…, they said" on unnamed aides although the sentence names places (NYT, train)', () => {
    const r = read('Senior aides said the president was firm.\n\nWith Nusra fighters playing a more dominant role in Syria, they said, the president has deepened his resistance.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('flags "information that government officials said would compromise national security": a speech cue inside a relative clause', () => {
    const text = 'The journalists chose to withhold some information that government officials said would compromise national security.';
    expect(read(text).anonymous.filter((a) => a.kind === 'unnamed-source')).toHaveLength(1);
  });
});

describe('anonymous sourcing: more ways of citing an unnamed source', () => {
  const unnamed = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague').map((a) => a.text);

  it('flags "as one official put it"', () => {
    expect(unnamed('The plan, as one official put it, is dead.')).toHaveLength(1);
  });

  it('flags an inverted "…, says a top aide"', () => {
    expect(unnamed('The plan is dead, says a top aide.')).toHaveLength(1);
  });

  it('flags "A Republican who attended the meeting said"', () => {
    expect(unnamed('A Republican who attended the meeting said the plan is dead.')).toHaveLength(1);
  });

  it('flags "said a New Hampshire Republican" and "one senior Democrat said" (Politico, train)', () => {
    expect(unnamed('“Trump can bleed,” said a New Hampshire Republican.')).toHaveLength(1);
    expect(unnamed('“The campaign has been really reluctant,” one senior Democrat said.')).toHaveLength(1);
  });

  it('does not flag "Republican claims" or "Republican states": the party word as an adjective', () => {
    expect(unnamed('Solid upturn, with a rise in hourly earnings, could blunt Republican claims.')).toHaveLength(0);
    expect(unnamed('It will pore over data in traditionally Republican states that could be in play, the paper said.')).toHaveLength(0);
  });

  it('flags "one GOP lawmaker said privately" and "one donor said"', () => {
    expect(unnamed('The plan was dead, one GOP lawmaker said privately.')).toHaveLength(1);
    expect(unnamed('One donor said the plan was dead.')).toHaveLength(1);
  });

  it('flags "officials who spoke with The Huffington Post said" although a publication is named (train)', () => {
    expect(unnamed('Current and former officials who spoke with The Huffington Post said the organization has become a shell of itself.')).toHaveLength(1);
  });

  it('flags "the Post reported, citing two officials"', () => {
    expect(unnamed('The plan was dead, the Post reported, citing two officials.')).toHaveLength(1);
  });

  it('flags "according to two people who have spoken with him"', () => {
    expect(unnamed('The plan was dead, according to two people who have spoken with him.')).toHaveLength(1);
  });

  it('flags "Those close to the campaign say"', () => {
    expect(unnamed('Those close to the campaign say the plan is dead.')).toHaveLength(1);
  });

  it('does not flag "those who declined to state a party": no source at all', () => {
    expect(unnamed('Voters registered as Democrats and those who declined to state a party are eligible to vote.')).toHaveLength(0);
  });

  it('flags "Clinton aides have privately expressed frustration" and "Privately, aides concede" (Washington Post, train)', () => {
    expect(unnamed('Clinton aides have privately expressed frustration over the delay.')).toHaveLength(1);
    expect(unnamed('Privately, aides concede the plan is dead.')).toHaveLength(1);
  });

  it('flags the writer\'s "I am told" but not "I was told by my father"', () => {
    expect(unnamed('I am told the plan is dead.')).toHaveLength(1);
    expect(unnamed('I was told by my father to stay.')).toHaveLength(0);
  });

  it('links "One of the people said" to the people briefed on the talks just cited, and not when none were', () => {
    expect(unnamed('Two people briefed on the talks said it was over. One of the people said the plan was dead.')).toHaveLength(2);
    expect(unnamed('One person said the plan was dead.')).toHaveLength(0);
  });

  it('calls "Several Democrats cautioned" and "a number of Democrats said" vague, not one unnamed member', () => {
    expect(unnamed('Several Democrats cautioned against drawing too many lessons from the vote.')).toHaveLength(0);
    expect(unnamed('And a significant number of Democrats said they are fine with however it plays out.')).toHaveLength(0);
  });
});

describe('anonymous sourcing: unnamed words that give no information', () => {
  const unnamed = (text: string) => read(text).anonymous.filter((a) => a.kind !== 'vague').map((a) => a.text);

  it('does not flag "his aides referred requests for comment to the campaign" (NYT, train)', () => {
    expect(unnamed("So far, Mr. Pence has been silent, and his aides referred requests for comment to Mr. Trump's campaign staff.")).toHaveLength(0);
  });

  it('still flags "X declined to comment and Senate aides later said …" (Washington Post, train)', () => {
    expect(unnamed("Although Johnson's agency declined to comment and Senate aides later said the remark was not based on his discussion, it showed how contentious the issue had become.")).toHaveLength(1);
  });

  it('does not flag "Sanders and his aides believe": the named candidate leads (Politico, train)', () => {
    expect(unnamed('Then comes the New York primary, where Sanders and his aides believe they can surprise Clinton.')).toHaveLength(0);
  });

  it('does not flag "an economic system that they think has failed them": a relative clause', () => {
    expect(unnamed('Democratic allies met.\n\nClinton must be seen as a credible leader for Americans exasperated by an economic system that they think has failed them.')).toHaveLength(0);
  });
});

describe('vague attribution the cue reader misses', () => {
  const kinds = (text: string) => read(text).anonymous.map((a) => a.kind);

  it('calls "…, said several observers" and "…, say some Democrats" vague (train)', () => {
    expect(kinds('Obama’s rise may have been more surprising to the black community than to anyone else, said several observers.')).toEqual(['vague']);
    expect(kinds('A more subdued Bill Clinton may not be such a bad thing, say some Democrats.')).toEqual(['vague']);
  });

  it('does not call "Devine said Republicans are engaged in mischief" vague: the group is what was said about', () => {
    expect(kinds('Tad Devine said Republicans are engaged in misguided mischief.')).not.toContain('vague');
  });

  it('calls unnamed "polls show" vague but not a named "CNN/ORC poll shows"', () => {
    expect(kinds('Clinton has responded more aggressively as polls show Sanders surging in Iowa.')).toEqual(['vague']);
    expect(kinds('A new CNN/ORC poll shows Clinton and Sanders in a dead heat.')).toEqual([]);
  });

  it('calls "Although Reynolds says …, others argue …" vague: the group has its own cue beside the named speaker (train)', () => {
    expect(kinds('Although Reynolds says that Santilli broke the story, others argue that Santilli is the reason it occurred.')).toEqual(['vague']);
  });

  it('calls "a man who many believe betrayed the American people" vague', () => {
    expect(kinds('It will raise questions about a man who many believe betrayed the American people.')).toEqual(['vague']);
  });
});

describe('anonymous sourcing: phrase tables only where a cue or a withheld-identity word is', () => {
  it('flags "in the words of a senior adviser" in a sentence with no cue verb (NYT, train)', () => {
    const text = 'Word emerged that Mrs. Clinton was, in the words of a senior adviser, the torchbearer of his legacy.';
    expect(read(text).anonymous.filter((a) => a.kind === 'unnamed-source')).toHaveLength(1);
  });

  it('does not run the phrase tables on a cueless sentence that merely mentions sources of income', () => {
    expect(read('The company has several sources of income and two new plants.').anonymous).toHaveLength(0);
  });

  it('links "They said" to the people familiar with the talks in the sentence just before', () => {
    const r = read('The plan is dead, according to people familiar with the talks. They said Trump was furious.');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'unnamed-source']);
  });

  it('flags "a former official who worked with him said"', () => {
    expect(read('Trump was furious, a former official who worked with him said.').anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
  });

  it('flags a paragraph that opens on more words of the unnamed aide quoted just before, every sentence of them', () => {
    const r = read('“It is over,” one aide said.\n\n“We lost. There is nothing left.”');
    expect(r.anonymous.map((a) => a.kind)).toEqual(['unnamed-source', 'unnamed-source', 'unnamed-source']);
    expect(r.anonymous[1]!.speaker).toBe(r.anonymous[0]!.speaker);
    expect(r.anonymous[2]!.speaker).toBe(r.anonymous[0]!.speaker);
  });

  it('does not flag unnamed officials who "said on the record"', () => {
    expect(read('Officials at the State Department said on the record that the deal was done.').anonymous.filter((a) => a.kind !== 'vague')).toHaveLength(0);
  });

  it('still calls "was not authorized to speak on the record" a grant', () => {
    expect(read('An intelligence source, who was not authorized to speak on the record, told Fox News the agents were under pressure.').anonymous.map((a) => a.kind)).toEqual(['anonymity-grant']);
  });

  it('flags a headline "Trump picks Pence, source says"', () => {
    expect(read('Trump picks Pence, source says').anonymous.map((a) => a.kind)).toEqual(['unnamed-source']);
  });
});

