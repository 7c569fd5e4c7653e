import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the agent of a passive naming verb', () => {
  it('attributes "has been called “a folly” by Ann Lee" to Ann Lee, not to the person named before', () => {
    const r = read('Tom Hart spoke first. The plan has been called “a folly” by Ann Lee, the mayor.');
    expect(r.saidBy('a folly')).toBe('Ann Lee');
  });

  it('attributes "often labeled a “whitewash” by critics" to the critics', () => {
    const r = read('Tom Hart spoke first. The report, often labeled a “whitewash” by critics, was released on Monday.');
    expect(r.speakerSpanText('whitewash')).toBe('critics');
  });

  it('leaves "by any measure" after the quotation alone: no agent there', () => {
    const r = read('Tom Hart spoke first. Ann Lee called the plan “a mess” by any measure.');
    expect(r.saidBy('a mess')).toBe('Ann Lee');
  });
});

describe('the subject of a participle cue after an object', () => {
  it('attributes "The mayor emailed supporters saying: “…”" to the mayor, not the supporters', () => {
    const r = read('The council met on Monday. The mayor emailed supporters saying: “The fight goes on.”');
    expect(r.speakerSpanText('fight goes on')).toBe('The mayor');
  });

  it('attributes "Ann Lee attacked Hart saying he was “a fraud”" to Ann Lee', () => {
    const r = read('Tom Hart was there. Ann Lee attacked Hart saying he was “a fraud.”');
    expect(r.saidBy('a fraud')).toBe('Ann Lee');
  });
});

describe('a pronoun right after the cue', () => {
  it('reads "Hart, who calls Lee a “fraud,” said he does …" as Hart speaking, with his name as the speaker span', () => {
    const r = read('Tom Hart, who calls Lee a “fraud,” said he does not think the plan needs a rival.');
    expect(r.speakerSpanText('fraud')).toBe('Tom Hart');
  });
});

describe('"continued" as an adjective', () => {
  it('does not read "Rather, he said, continued struggles …" as a cue whose source is "Rather"', () => {
    const r = read('Tom Hart spoke on Monday. Rather, he said, continued struggles will unite the party.\n\n“There is no big donor involved yet.”');
    expect(r.saidBy('no big donor')).toBe('Tom Hart');
  });

  it('still reads "“…,” he continued." as a cue', () => {
    const r = read('Tom Hart spoke on Monday. Ann Lee spoke after him.\n\n“And then it was over,” she continued.');
    expect(r.saidBy('it was over')).toBe('Ann Lee');
  });
});

describe('cue verbs after a modal and present tenses', () => {
  it('attributes "a spokesman for the mayor could only quip: “…”" to the spokesman', () => {
    const r = read('The plan was so odd that a spokesman for the mayor could only quip: “I guess Monday was booked.”');
    expect(r.speakerSpanText('Monday was booked')).toBe('a spokesman for the mayor');
  });

  it('keeps "Lee responds to Hart with, “…?”" for Lee when "Hart then writes back, “…”" introduces the next quotation', () => {
    const r = read('Tom Hart sent an email. Ann Lee responds to Hart with, “Why now? Was it that bad?” Hart then writes back, “You look fine.”');
    expect(r.saidBy('Why now')).toBe('Ann Lee');
    expect(r.saidBy('You look fine')).toBe('Tom Hart');
  });
});

describe('a sentence that opens with a quotation', () => {
  it('finds the subject after the quotation for a participle cue: "“…?” a reporter can be heard asking Lee"', () => {
    const r = read('The mayor spoke on Monday. “Should there be a tax?” a reporter can be heard asking Lee after an event in Iowa.');
    expect(r.speakerSpanText('Should there be a tax')).toBe('a reporter');
  });

  it('does not step into a quotation that holds another: the open paragraph of a long quotation keeps its speaker', () => {
    const r = read('From Ann Lee, writing in the Gazette:\n\n“Tom Hart defended the mayor’s “a fine day” line by saying it was a joke.”');
    expect(r.speakerSpanText('a fine day')).not.toBe('line');
  });
});

describe('a relative clause before the cue', () => {
  it('attributes "A woman who has worked at the plant for years said …" to the woman, not to what she said', () => {
    const r = read('Tom Hart spoke first.\n\nA woman who has worked at the plant for years said the cuts were “brutal.”');
    expect(r.speakerSpanText('brutal')).toBe('A woman');
  });

  it('reads no inverted source in "said the cuts were …": that phrase opens the reported clause', () => {
    const r = read('Tom Hart spoke first.\n\nThe plan, by most accounts, said the cuts were “brutal.”');
    expect(r.speakerSpanText('brutal')).not.toBe('the cuts');
  });
});

describe('the span of a relative clause’s antecedent', () => {
  it('leaves the comma out of "Ann Lee, who is chairman of the town board said"', () => {
    const r = read('Ann Lee, who is chairman of the town board said the plan was “sound.”');
    expect(r.speakerSpanText('sound')).toBe('Ann Lee');
  });
});

describe('a clause that ends in a colon before the quotation', () => {
  it('gives "Article 33 affirms: “…”" to the article, not to the person cited before', () => {
    const r = read('Tom Hart spoke first. Article 33 affirms: “No state shall expel a refugee.”');
    expect(r.speakerSpanText('expel a refugee')).toBe('Article');
  });

  it('gives "Respondents are obliged to disclose: “…”" to the respondents', () => {
    const r = read('Tom Hart spoke first. Respondents are obliged to disclose: “When did this person arrive?”');
    expect(r.speakerSpanText('this person arrive')).toBe('Respondents');
  });

  it('takes no sentence opener set off by a comma: "Each election cycle, there is a threat many make: “…”"', () => {
    const r = read('Tom Hart spoke first.\n\nEach election cycle, there is a threat many people make: “If he wins, I am moving to Canada!”');
    expect(r.speakerSpanText('moving to Canada')).not.toBe('Each');
  });
});

describe('the possessor of a speech noun before "that"', () => {
  it('gives the quotation in "Donald Trump’s claim that Obama “founded ISIS”" to Trump, not to the sentence subject', () => {
    const r = read('Tom Hart spoke first. Mike Pence blamed the media for making an issue of Donald Trump’s claim that Obama “founded ISIS,” saying they were wrong.');
    expect(r.saidBy('founded ISIS')).toBe('Donald Trump');
  });

  it('gives "her claim that she “never sent” the email" to the woman cited before', () => {
    const r = read('“I made a mistake,” Ann Lee said on Monday. Mr. Hart questioned her claim that she “never sent” the email.');
    expect(r.speakerSpanText('never sent')).toBe('her');
    expect(r.saidBy('never sent')).toBe('Ann Lee');
  });

  it('still reads "Lee claims that …" as a cue verb', () => {
    const r = read('Tom Hart spoke first. Ann Lee claims that the plan is “dead.”');
    expect(r.saidBy('dead')).toBe('Ann Lee');
  });
});

describe('a participle of speech whose complement holds another cue', () => {
  it('gives "Republicans seized on the memo, arguing that it showed “intent”" to the Republicans, not to "it"', () => {
    const r = read('Tom Hart spoke first.\n\nRepublicans on the committee seized on the memo, arguing that it showed “intent” to deceive.');
    expect(r.speakerSpanText('intent')).toContain('Republicans');
  });

  it('gives "Lee’s conclusion that the plan was “careless”" to Lee', () => {
    const r = read('Tom Hart spoke first. The candidates were hurt by Ann Lee’s conclusion that the plan was “careless.”');
    expect(r.saidBy('careless')).toBe('Ann Lee');
  });
});

describe('"call" as a cue', () => {
  it('gives "what critics call a “tax grab”" to the critics', () => {
    const r = read('Tom Hart spoke first. It is what critics call a “tax grab.”');
    expect(r.speakerSpanText('tax grab')).toBe('critics');
  });

  it('reads no cue in "a nervous call" or "a phone call"', () => {
    const r = read('Tom Hart spoke first. Ann Lee got a nervous call from her niece. “She called me, crying,” Lee said.');
    expect(r.saidBy('She called me')).toBe('Ann Lee');
  });
});
