import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('short quotations: utterances are speech, unattached phrases are not', () => {
  it('reports a one-word exclamation that opens a sentence (“Never!” the crowd roared back)', () => {
    const r = read('“Will we give up?” the mayor asked.\n\n“Never!” the crowd roared back, stamping their feet.');
    expect(r.quotes.map((q) => q.text)).toContain('Never!');
  });

  it('still does not report a one-word term that opens a sentence with no cue (“Gridlock” has become the norm)', () => {
    const r = read('The council met again on Tuesday.\n\n“Gridlock” has become the norm in the chamber.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a short title-cased name with no speaker, cue or word of saying anywhere near it', () => {
    const r = read('Ferry traffic rose in May.\n\nThe harbour group “Keep the Ferries” has now become the “Save Our Harbour Fund,” with new money.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a short quoted phrase when a word of saying sits in its sentence (what riders call a “slow boat”)', () => {
    const r = read('Ferry traffic rose in May.\n\nThe route is what riders call the “slow boat” of the harbour.');
    expect(r.quotes.map((q) => q.text)).toEqual(['slow boat']);
  });

  it('does not report a quoted word that is part of a hyphenated compound (“moan”-worthy headlines)', () => {
    const r = read('The mayor said little on Monday. A quick look at “moan”-worthy headlines shows that the council has work to do.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a slogan on the signs or shirts that carry it (waved “Keep the ferry running” signs)', () => {
    const r = read('“It was a long night,” said Ann Roe, a delegate. Supporters who said they came by bus waved “Keep the ferry running” signs.');
    expect(r.quotes.map((q) => q.text)).toEqual(['It was a long night,']);
  });

  it('still reports a sentence someone said before a noun that only looks like a carrier (“We lost.” Signs went up)', () => {
    const r = read('Ann Roe, the party chair, told reporters simply, “We lost.” Signs of dismay spread quickly.');
    expect(r.quotes.map((q) => q.text)).toEqual(['We lost.']);
  });

  it('reports a title-cased chant after "chants of" (walked in to chants of “Go Roe! Go Roe!,” the mayor said)', () => {
    const r = read('Walking into the office to chants of “Go Roe! Go Roe!,” the mayor said her campaign was closing strong.');
    expect(r.quotes.map((q) => q.text)).toContain('Go Roe! Go Roe!,');
  });

  it('reports a title-cased phrase before a noun naming what was said (the “Gone Fishing” remark)', () => {
    const r = read('Ann Roe spoke to the council in May.\n\nThe answer was not as easily mocked as the “Gone Fishing” remark. But it made headlines.');
    expect(r.quotes.map((q) => q.text)).toEqual(['Gone Fishing']);
  });

  it('reports the name a place is "referred to" as, with no speaker named (referring to the country as the “Grand Harbour.”)', () => {
    const r = read('Ferry fares rose again in May.\n\nRivals abroad keep referring to the country as the “Grand Harbour.” The name has stuck.');
    expect(r.quotes.map((q) => q.text)).toEqual(['Grand Harbour.']);
  });

  it('does not report a poll answer after the share who gave it (Thirty percent of riders “strongly agree”)', () => {
    const r = read('Ferry traffic rose in May.\n\nThirty percent of riders “strongly agree” that the new timetable works (12% “disagree”).');
    expect(r.quotes).toHaveLength(0);
  });

  it('still reports words a share of people said (75 percent of riders said “the boats are late”)', () => {
    const r = read('Ferry traffic rose in May.\n\nIn the survey, 75 percent of riders said “the boats are late” too often.');
    expect(r.quotes.map((q) => q.text)).toEqual(['the boats are late']);
  });

  it('does not report a pen name after "pseudonym", even in a sentence with a cue (wrote under the pseudonym “Harbour Watcher,”)', () => {
    const r = read('Jo Lee wrote under the pseudonym “Harbour Watcher,” but her readers soon found her out.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a term after "so-called" in a sentence with a cue (Ann Roe said the so-called “reforms” would hurt riders)', () => {
    const r = read('Ann Roe said the so-called “reforms” would hurt riders.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a long book title after "book" in a sentence with a cue (“Backfire: …” in his book)', () => {
    const r = read('“Sell it,” she said, as recalled in Jo Lee’s book “Backfire: Ann Roe and the Long Battle for the Soul of the Harbour Board.” The board agreed.');
    expect(r.quotes.map((q) => q.text)).toEqual(['Sell it,']);
  });

  it('does not report a long title-cased work named before its author (according to “…” by Jo Lee)', () => {
    const r = read('One Sunday, according to “Perfect Enough: Ann Roe and the Reinvention of the Old Port” by Jo Lee, the mayor called the board.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a song title after "perform" ("Ladies and gentlemen, Jo Lee," who went on to perform “Harbour Lights.”)', () => {
    const r = read('Ann Roe broke in, “Ladies and gentlemen, Jo Lee,” who went on to perform “Harbour Lights.”');
    expect(r.quotes.map((q) => q.text)).toEqual(['Ladies and gentlemen, Jo Lee,']);
  });
});
