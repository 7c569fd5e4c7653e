import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('attributing quotations', () => {
  it('attributes a quote that follows "said Mr. Hoekstra" to Pete Hoekstra', () => {
    const r = read('It was Pete Hoekstra’s first official statement.\n\n“We have a big job ahead of us,” said Mr. Hoekstra.');
    expect(r.saidBy('big job')).toBe('Pete Hoekstra');
    expect(r.speakerSpanText('big job')).toBe('Mr. Hoekstra');
  });

  it('attributes "“…,” Mr. Hoekstra said in a statement" and its cue', () => {
    const r = read('“We must also invest in defending North America,” Mr. Hoekstra said in a statement.');
    const q = r.quote('defending')!;
    expect(r.saidBy('defending')).toBe('Hoekstra');
    expect(q.cue?.text).toBe('said');
  });

  it('splits a title from the name: "White House press secretary Karoline Leavitt"', () => {
    const r = read('At a briefing, White House press secretary Karoline Leavitt said Mr. Trump was “truthing, all the way.”');
    const s = r.speakerOf(r.quote('truthing'))!;
    expect(s.name).toBe('Karoline Leavitt');
    expect(s.kind).toBe('person');
    expect(s.description).toBe('White House press secretary');
  });

  it('attributes a readout to the Prime Minister’s Office and then "the statement said" to the same office', () => {
    const r = read(
      '“The leaders spoke,” the Prime Minister’s Office said in a readout of the call.\n\n“They agreed to meet,” the statement said.',
    );
    expect(r.saidBy('leaders spoke')).toBe('Prime Minister’s Office');
    expect(r.saidBy('agreed to meet')).toBe('Prime Minister’s Office');
    expect(r.speakerOf(r.quote('agreed to meet'))?.kind).toBe('organization');
  });

  it('gives a continuation paragraph with no cue to the last speaker', () => {
    const r = read('“We’ve got a big job ahead of us,” Mr. Hoekstra said.\n\n“We must also invest in defence.”');
    expect(r.saidBy('invest in defence')).toBe('Hoekstra');
  });

  it('resolves "he told reporters" to the source of the paragraph before', () => {
    const r = read(
      'Mr. Blanchet, whose separatist party lost 12 seats in Quebec, said the tariff war requires leaders to set aside differences.\n\n' +
        '“They should meet,” he told reporters Tuesday.',
    );
    expect(r.saidBy('They should meet')).toBe('Blanchet');
    expect(r.speakerSpanText('They should meet')).toBe('he');
  });

  it('splits the titles of writers and scholars from the name: "Poet Ann Lee", "Editor-in-Chief Raj Patel", "Professor Mei Chen"', () => {
    const r = read(
      'Poet Ann Lee read from her new book. “Winter is a long letter,” Poet Ann Lee said.\n\n' +
        '“We stand by our reporting,” said Editor-in-Chief Raj Patel.\n\n' +
        '“The data are clear,” Professor Mei Chen told the panel.',
    );
    expect(r.saidBy('long letter')).toBe('Ann Lee');
    expect(r.saidBy('our reporting')).toBe('Raj Patel');
    expect(r.saidBy('data are clear')).toBe('Mei Chen');
  });

  it('resolves "the Prime Minister" to the person introduced with that title', () => {
    const r = read(
      'U.S. President Donald Trump spoke with Prime Minister Mark Carney.\n\n' +
        'In his victory speech, the Prime Minister also vowed to seek new trading relationships.\n\n' +
        '“We have to look out for ourselves,” he said.',
    );
    expect(r.saidBy('look out')).toBe('Mark Carney');
  });

  it('links "the new U.S. ambassador to Canada" to the person the next sentence names as ambassador', () => {
    const r = read(
      'Meanwhile, the new U.S. ambassador to Canada also congratulated Mr. Carney and said the countries have “a big job ahead of us.”\n\n' +
        'It was Pete Hoekstra’s first official statement as ambassador.',
    );
    const s = r.speakerOf(r.quote('big job'))!;
    expect(s.name).toBe('Pete Hoekstra');
    expect(r.speakerSpanText('big job')).toBe('the new U.S. ambassador to Canada');
  });

  it('attributes both halves of a quote split by its cue', () => {
    const r = read('“They should meet,” he told reporters, “and set aside their differences.” Mr. Blanchet spoke in Ottawa.');
    expect(r.speakerSpanText('They should meet')).toBe('he');
    expect(r.speakerSpanText('set aside')).toBe('he');
  });

  it('attributes "according to X"', () => {
    const r = read('The plan is “dead on arrival,” according to Senate Majority Leader Mitch McConnell.');
    expect(r.saidBy('dead on arrival')).toBe('Mitch McConnell');
  });

  it('finds the source after a long aside: "“…,” Bill Eastland, wearing a cowboy hat, said"', () => {
    const r = read('“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat, said.');
    expect(r.saidBy('successful conventions')).toBe('Bill Eastland');
  });

  it('takes the subject of the sentence before a colon: "Rubio fired back: “…”"', () => {
    const r = read('When Trump suggested Cuba would sue, Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose.”');
    expect(r.saidBy('going to lose')).toBe('Rubio');
  });

  it('attributes a question whose cue starts the next sentence: “Why’s he attacking me?” Trump said.', () => {
    const r = read('“Why’s he attacking me?” Trump said. “He’s got to knock out seven or eight guys first.”');
    expect(r.saidBy('attacking me')).toBe('Trump');
  });

  it('keeps "he" to a man when an earlier source is "Ms."', () => {
    const r = read('Ms. Kelly said the plan was final. Mr. Blanchet said the talks would go on.\n\n“We will see,” he said.');
    expect(r.saidBy('We will see')).toBe('Blanchet');
  });

  it('lists every mention of a speaker, pronouns included', () => {
    const text = 'Pete Hoekstra arrived Tuesday. “It is an honour,” Mr. Hoekstra said. “We will work hard,” he said.';
    const r = read(text);
    const s = r.speakers.find((x) => x.name === 'Pete Hoekstra')!;
    const said = s.mentions.map((m) => text.slice(m.start, m.end));
    expect(said).toEqual(['Pete Hoekstra', 'Mr. Hoekstra', 'he']);
  });

  it('adds the narration’s pronouns to the person they refer to: "He presented his letters of credence"', () => {
    const text =
      '“We have a big job ahead of us,” Pete Hoekstra said. He presented his letters of credence to Governor-General Mary Simon Tuesday.';
    const r = read(text);
    const s = r.speakers.find((x) => x.name === 'Pete Hoekstra')!;
    expect(s.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Pete Hoekstra', 'He', 'his']);
  });

  it('adds a later definite description to the person: "The billionaire businessman began by talking"', () => {
    const text = '“We will win,” Donald Trump said in Salem. The billionaire businessman began by talking about the state’s drug crisis.';
    const r = read(text);
    const s = r.speakers.find((x) => x.name === 'Donald Trump')!;
    expect(s.mentions.map((m) => text.slice(m.start, m.end))).toContain('The billionaire businessman');
  });

  it('gives stable ids for the same input', () => {
    const text = '“A,” said Mr. Hoekstra. “B,” Ms. Leavitt said.';
    expect(read(text).quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(JSON.stringify(read(text))).toBe(JSON.stringify(read(text)));
  });
});

describe('attributing quotations: patterns from PolNeAR training articles', () => {
  it('takes the name before an apposition: "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post"', () => {
    const r = read('“The administration has not communicated with us,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.');
    expect(r.saidBy('not communicated')).toBe('Doug Andres');
    expect(r.anonymous).toHaveLength(0);
  });

  it('takes the name inside an aside: "a spokeswoman, Anna Richardson White, said"', () => {
    const r = read('Facebook created the tool to help in “times of crisis,” a spokeswoman, Anna Richardson White, said on Saturday.');
    expect(r.saidBy('times of crisis')).toBe('Anna Richardson White');
  });

  it('reads a name and a colon before a quotation: "Pollsters agree - Carl Bialik: “…”"', () => {
    const r = read('Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters.”');
    expect(r.saidBy('biggest lessons')).toBe('Carl Bialik');
  });

  it('reads any past-tense verb right after a quoted source: "“Your reputation is amazing,” Trump assured Jones"', () => {
    const r = read('“Your reputation is amazing,” Trump assured Jones, after Jones assured Trump that his listeners supported him.');
    expect(r.saidBy('reputation')).toBe('Trump');
  });

  it('steps over a party affiliation in parentheses: "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said"', () => {
    const r = read('Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her to be a “stronger” candidate.');
    expect(r.saidBy('stronger')).toBe('Claire McCaskill');
  });

  it('gives a quote with no cue to the subject of its sentence: "He rails against its “Great Wall of Protectionism.”"', () => {
    const r = read('Donald Trump spoke in Ohio. He rails against its “Great Wall of Protectionism and cheating.”');
    expect(r.speakerSpanText('Great Wall')).toBe('He');
    expect(r.saidBy('Great Wall')).toBe('Donald Trump');
  });

  it('does not take a poll’s respondents for an unnamed source: "20 percent of people in a poll said"', () => {
    const r = read('Some 20 percent of people in a recent CNN/ORC poll said they believe Obama was born outside the country.');
    expect(r.anonymous.filter((a) => a.kind !== 'vague')).toHaveLength(0);
  });
});

describe('attributing quotations: sentence openers and datelines', () => {
  it('skips a dateline: "Washington (AFP) – Democrat Hillary Clinton …, saying that “…”"', () => {
    const r = read('Washington (AFP) – Democrat Hillary Clinton has taken a swipe at her rival, saying that “bombastic comments” do more harm than good.');
    expect(r.saidBy('bombastic')).toBe('Hillary Clinton');
  });

  it('skips an opening time phrase: "Hours later, Trump returned the compliment, telling Reuters, “…”"', () => {
    const r = read('Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time.”');
    expect(r.saidBy('friends for a long time')).toBe('Trump');
  });

  it('does not take the place after "wrote on" for the source: "Carly Fiorina wrote on Facebook: “…”"', () => {
    const r = read('Carly Fiorina wrote on Facebook: “Anyone can turn a multi-million dollar inheritance into more money.”');
    expect(r.saidBy('inheritance')).toBe('Carly Fiorina');
  });

  it('reads a plural possessive source: "Sanders’ campaign called AP’s report a “rush to judgment”"', () => {
    const r = read('Sanders’ campaign called AP’s report a “rush to judgment,” because superdelegates do not vote until July.');
    expect(r.speakerSpanText('rush to judgment')).toBe('Sanders’ campaign');
  });

  it('takes the nearest pronoun subject of a chain of verbs: "he looked into the camera and said, “…”"', () => {
    const r = read('When I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked straight into my camera and said, “I’m gonna endorse YOU!”');
    expect(r.speakerSpanText('endorse YOU')).toBe('he');
  });

  it('gives a partial quote to the closing ", said Brad Bannon, a Democratic pollster" rather than a verb earlier in the sentence (USA Today, train)', () => {
    const r = read(
      'That would create a "summer of agony" for Clinton leading up to the convention, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster and consultant.',
    );
    expect(r.saidBy('summer of agony')).toBe('Brad Bannon');
  });

  it('gives a partial quote to ", DFA spokesman Neil Sroka said" closing the sentence (USA Today, train)', () => {
    const r = read(
      'His endorsements will carry "a great deal of weight" and help bring candidates the "grass-roots firepower" they need to win, DFA spokesman Neil Sroka said.',
    );
    expect(r.saidBy('grass-roots firepower')).toBe('Neil Sroka');
  });

  it('keeps the cue after a quotation when the clause after it is not set off by a comma', () => {
    const r = read('Trump said the plan was "a disaster" and Clinton agreed.');
    expect(r.saidBy('a disaster')).toBe('Trump');
  });

  it('credits "“…,” Sanders said, according to CNN" to CNN, the source the article has it from (Breitbart, train)', () => {
    const r = read('“I ask you as a personal courtesy to me not to engage in any kind of protest on the floor,” Sanders said, according to CNN.');
    expect(r.speakerSpanText('personal courtesy')).toBe('CNN');
  });

  it('credits "According to White House pool reports, Obama said “…”" to the pool reports (HuffPost, train)', () => {
    const r = read('According to White House pool reports, Obama said “there is love” in Orlando after the massacre.');
    expect(r.speakerSpanText('there is love')).toContain('White House');
  });

  it('gives the paragraphs under "Transcript as follows:" to the transcript (Breitbart, train)', () => {
    const r = read('Kasich spoke in Ohio.\n\nTranscript as follows:\n\n"Tonight we arrived in Cleveland, and we went to a restaurant.\n\n"We are now up 400,000 jobs."');
    expect(r.speakerSpanText('Tonight we arrived')).toBe('Transcript');
    expect(r.speakerSpanText('400,000 jobs')).toBe('Transcript');
  });

  it('gives a quotation under "17-year-old Jared Potts echoed:" to Jared Potts', () => {
    const r = read('Voters lined up early.\n\n17-year-old Jared Potts echoed:\n\n“He speaks his mind, and I think that might be what the country needs.”');
    expect(r.speakerSpanText('speaks his mind')).toContain('Jared Potts');
  });

  it('does not take a day for the source of a closing cue: "…, said Tuesday."', () => {
    const r = read('Mr. Smith, a senator from Ohio, said Tuesday that the bill was “dead on arrival.”');
    expect(r.speakerSpanText('dead on arrival')).toBe('Mr. Smith');
  });

  it('gives "He also spoke about the wall, saying it will be “…”" to the pronoun subject (Politico, train)', () => {
    const r = read('Mike Pence spoke in Ohio.\n\nHe also spoke about the proposed border wall, saying it will be “as big as it needs to be.”');
    expect(r.speakerSpanText('as big as')).toBe('He');
    expect(r.saidBy('as big as')).toBe('Mike Pence');
  });

  it('reads past an opening adverb to the pronoun: "Then he cut into Bush, calling him a “stiff”" (Washington Post, train)', () => {
    const r = read('Trump spoke next.\n\nThen he cut into Bush, calling him a "stiff" and accusing him of acting like a "spoiled child."');
    expect(r.speakerSpanText('stiff')).toBe('he');
  });

  it('gives every quotation of a sentence to the attribution that closes it, past a second quotation (USA Today, train)', () => {
    const r = read(
      'His endorsements will carry "a great deal of weight" and help bring candidates the "grass-roots firepower" they need to win, DFA spokesman Neil Sroka said.',
    );
    expect(r.saidBy('a great deal of weight')).toBe('Neil Sroka');
    expect(r.saidBy('grass-roots firepower')).toBe('Neil Sroka');
  });

  it('reads "He asks, “…?”" as a cue (Breitbart, train)', () => {
    const r = read('Bernie Sanders spoke in Wisconsin.\n\nHe asks, “Do we really feel confident about a candidate so dependent on big money interests?”');
    expect(r.saidBy('feel confident')).toBe('Bernie Sanders');
    expect(r.quote('feel confident')?.cue?.text).toBe('asks');
  });

  it('reads "…, citing “obligations in Tennessee”" as the subject\'s words (Politico, train)', () => {
    const r = read('Al Gore will skip the convention, citing “obligations in Tennessee.”');
    expect(r.saidBy('obligations in Tennessee')).toBe('Al Gore');
  });

  it('gives a quotation to the "- Bernie Sanders." credit paragraph under it (Washington Post fact check, train)', () => {
    const r = read(
      'The candidates traded claims.\n\n"[Americans are] worried about the future of their kids."\n\n- Bernie Sanders.\n\nThe senator is relying on a study.',
    );
    expect(r.saidBy('worried about the future')).toBe('Bernie Sanders');
  });

  it('does not read a dash inside a sentence as a credit line', () => {
    const r = read('Clinton spoke first.\n\n"We will win," she said - and Trump laughed.');
    expect(r.speakerSpanText('We will win')).toBe('she');
  });

  it('keeps a quotation ending in a comma with the cue before it when the next cue is further on in another clause', () => {
    const r = read('Jane Park said the plan was “a good start,” and the mayor warned that it came late.');
    expect(r.saidBy('a good start')).toBe('Jane Park');
  });

  it('attributes a question put to someone "by" a named host to the host (the passive’s agent)', () => {
    const r = read('Sara Lind was asked by host Bill Moss whether the plan would risk “adding another expensive program.”');
    expect(r.saidBy('expensive program')).toBe('Bill Moss');
  });

  it('steps over "in the past" between "who has" and the cue to the antecedent', () => {
    const r = read('Ann Lee spoke first. Glenn Beck, who has in the past described the mayor as “a narcissist,” spoke on Friday.');
    expect(r.saidBy('a narcissist')).toBe('Glenn Beck');
  });

  it('spans "Scott Reed, the Chamber’s chief strategist, who added" from the name to the relative pronoun', () => {
    const r = read('“We are gearing up,” said Scott Reed, the Chamber’s chief strategist, who added that his group will focus on “local races.”');
    expect(r.saidBy('local races')).toBe('Scott Reed');
    expect(r.speakerSpanText('local races')).toBe('Scott Reed, the Chamber’s chief strategist, who');
  });

  it('steps over "less than two weeks ago" and "has always" between a subject and its cue', () => {
    expect(read('Ann Lee spoke first. The city council less than two weeks ago said for the first time that “top secret” files were lost.').speakerSpanText('top secret')).toBe('The city council');
    expect(read('Ann Lee spoke first. The local paper has always claimed itself to be an “unbiased” review.').speakerSpanText('unbiased')).toBe('The local paper');
  });

  it('reads past an opening "Early in his campaign," to the subject a participle cue borrows', () => {
    const r = read('Ann Lee spoke first. Early in his campaign, Tom Hart attacked the mayor, calling him “a failed leader.”');
    expect(r.saidBy('a failed leader')).toBe('Tom Hart');
  });

  it('takes the phrase after "with" as the subject of a participle cue ("with her campaign ads asking")', () => {
    const r = read('Ann Lee spoke first. Jane Park tied her rival to the mayor, with her campaign ads asking, “Is he independent enough?”');
    expect(r.speakerSpanText('independent enough')).toBe('her campaign ads');
  });

  it('reads "He’s" opening a clause as the pronoun "he"', () => {
    const r = read('Tom Hart won the vote. He’s predicting he will do “very, very well” in the next contest.');
    expect(r.saidBy('very, very well')).toBe('Tom Hart');
    expect(r.speakerSpanText('very, very well')).toBe('He’s');
  });

  it('keeps a block quoted under "X reported …:" with X, though a later paragraph of it quotes someone else', () => {
    const r = read(
      'As the Daily Ledger reported, the council was still refusing to call it a crisis:\n\n“The council is still reluctant to act.\n\n“Reporters asked the clerk about it.\n\n“I do not want to talk about it,” Clerk Tom Hart said.”',
    );
    expect(r.saidBy('still reluctant')).toBe('Daily Ledger');
    expect(r.saidBy('Reporters asked')).toBe('Daily Ledger');
  });
});

