import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('cues after a quotation', () => {
  it('reads the cue after a quotation that ends on a nested quotation: "“… ‘Why now?’” Lee said."', () => {
    const r = read('The hearing ran late.\n\n“We asked them, ‘Why now?’” Ann Lee said.');
    expect(r.saidBy('Why now')).toBe('Ann Lee');
  });

  it('reads a comma before the nested closing mark as inviting the cue: "“… ‘best’ day,” Lee said"', () => {
    const r = read('Tom Hart spoke first. Then it was Ann Lee’s turn.\n\n“It was the ‘best’ day,” Lee said.');
    expect(r.saidBy('best')).toBe('Ann Lee');
  });
});

describe('names that look like function words', () => {
  it('reads a capitalised "Will" before a cue as a name, not an auxiliary: "“…,” Will wrote"', () => {
    const r = read('The columnist Ann Will was not impressed.\n\n“It was a long night for the party,” Will wrote on Monday.');
    expect(r.saidBy('long night')).toBe('Ann Will');
  });

  it('still skips a lowercase auxiliary: "she will say"', () => {
    const r = read('Ann Lee spoke first. Tom Hart will say the plan is “a disaster” on Monday.');
    expect(r.saidBy('disaster')).toBe('Tom Hart');
  });
});

describe('reading a source phrase', () => {
  it('keeps a lowercase description before a name out of the name: "the columnist Ann Lee"', () => {
    const r = read('The columnist Ann Lee disagreed. She called the plan “a disaster.”');
    const s = r.speakerOf(r.quote('disaster'))!;
    expect(s.name).toBe('Ann Lee');
  });

  it('does not take a sentence-opening "One" into a name: "One Lee adviser said" leaves Ann Lee her name', () => {
    const r = read('Lee spoke on Monday. One Lee adviser said the plan was “a mess.” Ann Lee said it was “fine.”');
    expect(r.saidBy('fine')).toBe('Ann Lee');
    expect(r.saidBy('a mess')).not.toContain('One');
  });

  it('reads "Another Iowa Democrat" as one member of a group, not a person named Democrat', () => {
    const r = read('The caucus met late. Another Iowa Democrat said the vote was “a mess.”');
    const s = r.speakerOf(r.quote('a mess'))!;
    expect(s.kind).not.toBe('person');
    expect(r.speakerSpanText('a mess')).toBe('Another Iowa Democrat');
  });
});

describe('a colon after a name introducing a quotation', () => {
  it('gives the quote to the name before a description in apposition: "Ann Lee, mayor of Springfield: “…”"', () => {
    const r = read('The council met.\n\nAnn Lee, mayor of Springfield: “We will fix the bridge.”');
    expect(r.saidBy('fix the bridge')).toBe('Ann Lee');
  });

  it('gives the quote to both authors: "Polls were early - Ann Lee and Tom Hart: “…”"', () => {
    const r = read('The results came in.\n\nPolls were early - Ann Lee and Tom Hart: “The polls were not wrong.”');
    expect(r.speakerSpanText('not wrong')).toBe('Ann Lee and Tom Hart');
  });

  it('reads "More from Lee:" as Lee', () => {
    const r = read('Ann Lee studied the vote. Turnout was high -More from Lee: “Young voters came out.”');
    expect(r.saidBy('Young voters')).toBe('Ann Lee');
    expect(r.speakerSpanText('Young voters')).toBe('Lee');
  });

  it('reads a source noun before the colon: "A spokesman for the campaign: “…”"', () => {
    const r = read('The campaign was asked about the ad.\n\nA spokesman for the campaign: “We stand by it.”');
    expect(r.speakerSpanText('stand by it')).toBe('A spokesman for the campaign');
  });

  it('gives the quote after "From the report:" opening a sentence to the report', () => {
    const r = read('Ann Lee led the study. Not all polls are equal. From the report: “Samples with longer field periods were more accurate.”');
    expect(r.speakerSpanText('longer field periods')).toBe('the report');
  });

  it('keeps the cue’s subject when the name before the colon is its object: "He told the newspaper Daily Star: “…”"', () => {
    const r = read('Tom Hart spoke on Monday. He told the newspaper Daily Star: “We will win.”');
    expect(r.saidBy('We will win')).toBe('Tom Hart');
  });

  it('does not take a place after "from" mid-sentence for a source: "It came from Peru: “…”"', () => {
    const r = read('Ann Lee read the letter aloud. It came from Peru and Chile: “We are with you.”');
    expect(r.saidBy('with you')).not.toBe('Peru and Chile');
  });
});

describe('a credit after a dash', () => {
  it('gives a quotation to the name after a dash in the same paragraph: "“…” — Ann Lee, mayor of Springfield"', () => {
    const r = read('Readers wrote in.\n\n“We will fix the bridge.” — Ann Lee, mayor of Springfield');
    expect(r.saidBy('fix the bridge')).toBe('Ann Lee');
  });

  it('reads a long credit paragraph under a quotation: "- Ann Lee, 45, a teacher from Dayton, Ohio"', () => {
    const r = read('Readers wrote in.\n\n“The bridge is a disgrace.”\n\n- Ann Lee, 45, a teacher from Dayton, Ohio, who drives over it daily');
    expect(r.saidBy('disgrace')).toBe('Ann Lee');
  });

  it('takes no credit from a possessive after the dash: "“…” — Lee’s slogan — was everywhere"', () => {
    const r = read('Readers wrote in.\n\n“Fix it now” — Lee’s slogan — was everywhere.');
    expect(r.quote('Fix it now')?.cue?.text ?? null).not.toBe('—');
  });
});

describe('idioms that attribute words', () => {
  it('reads "As Ann Lee put it, “…”" as Lee’s words', () => {
    const r = read('The vote was close.\n\nAs Ann Lee put it, “nobody saw this coming.”');
    expect(r.saidBy('nobody saw')).toBe('Ann Lee');
  });

  it('does not read "put it this way" inside a quotation as a cue', () => {
    const r = read('Tom Hart spoke first.\n\n“Let me put it this way,” Ann Lee said.');
    expect(r.saidBy('Let me put')).toBe('Ann Lee');
  });

  it('reads "in the words of Ann Lee, “…”" and "in Lee’s words, “…”"', () => {
    const r = read('The plan failed. In the words of Ann Lee, “it never had a chance.”\n\nTom Hart agreed. The town, in Hart’s words, “deserves better.”');
    expect(r.saidBy('never had a chance')).toBe('Ann Lee');
    expect(r.saidBy('deserves better')).toBe('Tom Hart');
  });
});

describe('quantifiers standing alone as a source', () => {
  it('reads "“…,” read one. “…,” read another." as two sources after their quotations', () => {
    const r = read('Banners hung from every window.\n\n“Vote for Lee,” read one. “Vote for Hart,” read another.');
    expect(r.speakerSpanText('Vote for Lee')).toBe('one');
    expect(r.speakerSpanText('Vote for Hart')).toBe('another');
  });

  it('reads "“…,” the two write" with the pair as its source, not a time phrase', () => {
    const r = read('Senators Ann Lee and Tom Hart sent a letter on Monday.\n\n“You seem to have picked a new standard,” the two write.');
    expect(r.speakerSpanText('new standard')).toBe('the two');
  });

  it('reads "Yet another said, “…”" with "another" as its source, not the voter before', () => {
    const r = read('“It is over,” said one voter in Dayton. Yet another said, “It has just begun.”');
    expect(r.speakerSpanText('just begun')).toBe('another');
  });

  it('still skips "less than two weeks ago" between a subject and its cue', () => {
    const r = read('The ministry less than two weeks ago said the plan was “fine.”');
    expect(r.speakerSpanText('fine')).toBe('The ministry');
  });
});

describe('"called" that names a thing', () => {
  it('gives "a book called “…”" to the writer, not to the book', () => {
    const r = read('Ann Lee has built her brand on work, writing a book called “Women Who Win” last year.');
    expect(r.saidBy('Women Who Win')).toBe('Ann Lee');
  });

  it('keeps "called" as a cue when a person calls something: "a deal Lee called “the worst”"', () => {
    const r = read('Ann Lee spoke. It was a deal Lee called “the worst.”');
    expect(r.quote('the worst')?.cue?.text).toBe('called');
    expect(r.saidBy('the worst')).toBe('Ann Lee');
  });
});

describe('a cue in the sentence after a quotation', () => {
  it('takes "Lee said." closing the next sentence as the quotation’s cue', () => {
    const r = read('Tom Hart spoke first.\n\n“Why is he attacking me?” Ann Lee said.');
    expect(r.saidBy('attacking me')).toBe('Ann Lee');
  });

  it('does not take "Hart said he would …" opening a report of its own as the cue of the quotation before it', () => {
    const r = read('Ann Lee spoke to reporters on Monday. “That has no place in politics.” Tom Hart said he would have handled it differently.');
    expect(r.saidBy('no place in politics')).toBe('Ann Lee');
  });

  it('still takes "Lee told the station …" after a quotation: its object is the listener', () => {
    const r = read('Tom Hart spoke first.\n\n“It looks bad, who knows?” Ann Lee told the Daily Star in an interview.');
    expect(r.saidBy('It looks bad')).toBe('Ann Lee');
  });
});

describe('a name with its party and state before a comma', () => {
  it('reads "Gov. Ann Lee (R-OH), said, “…”" as Ann Lee, not the state in the brackets', () => {
    const r = read('After winning Ohio, Gov. Ann Lee (R-OH), said, “We are ready for the fall.”');
    expect(r.saidBy('ready for the fall')).toBe('Ann Lee');
  });
});

describe('the subject of a sentence with no cue', () => {
  it('reads "The Daily Star’s Ann Lee sees the plan as “…”" as Lee’s words, with the outlet out of her name', () => {
    const r = read('Tom Hart wrote the plan. The Daily Star’s Ann Lee sees the plan as a return to “old politics.”');
    expect(r.saidBy('old politics')).toBe('Ann Lee');
  });

  it('reads "The veteran delegate and party activist, who backs Hart, warned of a “…”" as one described source', () => {
    const r = read('Tom Hart spoke first. The veteran delegate and party activist, who backs Hart, warned of a “bitter” fight.');
    expect(r.speakerSpanText('bitter')).toBe('The veteran delegate and party activist');
  });
});

describe('adverbs and two-word cues', () => {
  it('skips an "-ly" adverb between a name and its cue: "Ann Lee initially said …, “…”"', () => {
    const r = read('Ann Lee initially said in the spring, when the story broke, “I did not do it.”');
    expect(r.saidBy('did not do it')).toBe('Ann Lee');
  });

  it('does not read a participle after "-ly" and a plain noun as a cue: "delegates currently pledged to her"', () => {
    const r = read('Tom Hart wrote that delegates currently pledged to Lee may switch.\n\n“The race is open.”');
    expect(r.saidBy('race is open')).toBe('Tom Hart');
  });

  it('reads "as the Daily Star pointed out, “…”" and "As Ann Lee puts it, “…”"', () => {
    const r = read('But as the Daily Star pointed out, “the mayor has not released her returns.” As Ann Lee puts it, “nobody won.”');
    expect(r.speakerSpanText('released her returns')).toBe('the Daily Star');
    expect(r.saidBy('nobody won')).toBe('Ann Lee');
  });
});

describe('"states" as a noun and as a cue', () => {
  it('does not read "many Asian states" as a cue', () => {
    const r = read('Beijing has stirred mixed feelings in many Asian states, and it has used “velvet gloves” with them, said Ann Lee, an expert on the region.');
    expect(r.saidBy('velvet gloves')).toBe('Ann Lee');
  });

  it('still reads "“…,” the document states" and "the website states that"', () => {
    const r = read('Ann Lee shared a file.\n\n“Leave is unpaid,” the document states. The website states that staff get “two weeks.”');
    expect(r.speakerSpanText('Leave is unpaid')).toBe('the document');
    expect(r.speakerSpanText('two weeks')).toBe('The website');
  });
});

describe('an opening prepositional phrase before the subject', () => {
  it('gives "Of Mayor Ann Park, Tom Ellis, who …, said" to Tom Ellis', () => {
    const r = read('Of Mayor Ann Park, Tom Ellis, who has given money to her rival, said, “She is a wonderful woman.”');
    expect(r.saidBy('wonderful woman')).toBe('Tom Ellis');
  });
});

describe('a cue that introduces the next quotation with a colon', () => {
  it('leaves the partial quotation before it to the cue of its own clause', () => {
    const r = read('After Ann Lee said that some students might do better at “smaller schools,” Tom Ellis said: “I do not like what she said.”');
    expect(r.saidBy('smaller schools')).toBe('Ann Lee');
    expect(r.saidBy('I do not like')).toBe('Tom Ellis');
  });
});

describe('a quoted title inside the subject’s aside, then the cue', () => {
  it('gives "Ellis, who starred in the show “Big Money,” said the plan was “…”" to Ellis, not to "the plan"', () => {
    const r = read('Tom Ellis, who starred in the reality show “Big Money,” said the plan was “a mess.”');
    expect(r.saidBy('a mess')).toBe('Tom Ellis');
  });
});

describe('a question closed by its mark, then a long source and the cue', () => {
  it('gives "“…?” Tom Ellis, the longtime chairman …, said" to Ellis though the cue is far from the quotation', () => {
    const r = read('Ann Lee said the vote was close. “How do we win the county?” Tom Ellis, the longtime chairman of the county party in Ohio, said of the talk.');
    expect(r.saidBy('How do we win')).toBe('Tom Ellis');
  });
});

describe('adverbs between a subject and its cue', () => {
  it('reads "Republicans have long insisted" as the cue "insisted" with its subject', () => {
    const r = read('Ann Lee spoke first, but Republicans have long insisted that the tax is “a job killer.”');
    expect(r.quote('job killer')?.cue?.text).toBe('insisted');
    expect(r.speakerSpanText('job killer')).toBe('Republicans');
  });
});

describe('"went" as a cue', () => {
  it('never takes "viral" as the source of a quotation that "went viral"', () => {
    const r = read('Mayor Jane Park spoke on Friday. Her remark that the bridge was “perfectly safe” went viral.');
    expect(r.speakerSpanText('perfectly safe')).not.toBe('viral');
    expect(r.saidBy('perfectly safe')).toBe('Jane Park');
  });

  it('keeps "“…,” Tom Ellis went on" as a cue', () => {
    const r = read('“Believe me,” Tom Ellis went on.');
    expect(r.saidBy('Believe me')).toBe('Tom Ellis');
  });
});

describe('participles of saying', () => {
  it('gives "with Ellis recently promising to “…”" to Ellis, not to the first name of the sentence', () => {
    const r = read('Ann Lee and Tom Ellis spoke about the war, with Ellis recently promising to “end it by spring.”');
    expect(r.saidBy('end it by spring')).toBe('Tom Ellis');
  });
});

describe('"promises" as a cue', () => {
  it('gives the promise to the impersonator who makes it, not to the ad', () => {
    const r = read('Ann Lee spoke. One ad, “Big Win,” stars a Lincoln impersonator who promises that Tom Ellis won’t “raise your taxes.”');
    expect(r.speakerSpanText('raise your taxes')).toBe('a Lincoln impersonator who');
  });
});

describe('"continue to" is no cue', () => {
  it('does not give a quotation to the subject of "if she continues to gain ground"', () => {
    const r = read('Ann Lee leads the race, and she expects to win. Tom Ellis himself acknowledged on Monday “it will be very hard for us to win” if she continues to gain ground.');
    expect(r.saidBy('very hard for us')).toBe('Tom Ellis');
  });
});

describe('a poll opening the sentence', () => {
  it('gives what a share of respondents said to the poll: "In a Daily Star poll, 75 percent of Republicans said “…”"', () => {
    const r = read('In a September Daily Star poll, 75 percent of Republicans said “most people in politics” cannot be trusted.');
    expect(r.speakerSpanText('most people in politics')).toBe('a September Daily Star poll');
  });
});

describe('"according to" a writing by someone', () => {
  it('gives the words to the agent after "by": "according to a court document filed by state attorney Ann Lee"', () => {
    const r = read('Tom Ellis was arrested. “The evidence is insufficient,” according to a court document filed by state attorney Ann Lee.');
    expect(r.saidBy('evidence is insufficient')).toBe('Ann Lee');
  });
});

describe('the next sentence’s cue that introduces a quotation of its own', () => {
  it('is not taken by the quotation before it: "… about “joint patrols.” He pledged “cooperation”"', () => {
    const r = read('Ann Lee emailed Tom Ellis on Monday. She gushed about a “common interest in safe streets,” and waxed poetic about “joint patrols between our two towns.” He pledged “cooperation” in return.');
    expect(r.speakerSpanText('joint patrols')).toBe('She');
  });
});

describe('a possessor’s words named by a speech noun', () => {
  it('gives "Mitt Romney’s “47 percent” comment" to Romney', () => {
    const r = read('Paul Ryan spoke about the poor. Mitt Romney’s “47 percent” comment was nearly as dismissive.');
    expect(r.saidBy('47 percent')).toBe('Mitt Romney');
  });
});
