import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('speech relayed through an outlet or a report', () => {
  it('gives the quote to "a pool report" when "according to" follows the cue clause a few words on', () => {
    const r = read('Ann Lee spoke first. “They do not care about politics,” Obama said of the families, according to a pool report.');
    expect(r.speakerSpanText('care about politics')).toBe('a pool report');
  });

  it('gives the quote to the outlet whose "…, CNN reported." closes the sentence', () => {
    const r = read('Ann Lee spoke first. Tom Hart welcomed the news, saying the mayor was “doing the right thing,” suggesting he might run, CNN reported.');
    expect(r.speakerSpanText('doing the right thing')).toBe('CNN');
  });
});

describe('cues and sources read from train attributions', () => {
  it('reads "the host pressed" after a question as its cue', () => {
    const r = read('Ann Lee spoke first.\n\n“Would it be negotiable?” the host pressed.');
    expect(r.speakerSpanText('negotiable')).toBe('the host');
  });

  it('reads "the 43-year-old" as a source', () => {
    const r = read('Ann Lee spoke first. “What if he had lessons?” the 43-year-old asked in the video.');
    expect(r.speakerSpanText('had lessons')).toBe('the 43-year-old');
  });

  it('gives a quotation with no cue before it the cue that ends its sentence, past a second quotation', () => {
    const r = read(
      'Ann Lee spoke first. Guns are “a public health crisis” and “stunt growth,” Howard Dean, the former governor, proclaimed to a cheering crowd at the convention on Tuesday night in the city.',
    );
    expect(r.saidBy('public health crisis')).toBe('Howard Dean');
  });

  it('does not read a possessed plural noun ("his top shows") as a cue', () => {
    const r = read('Ann Lee spoke first. Ted Cruz named “Veep” and “Criminal Minds” as his top shows.');
    expect(r.quote('Criminal Minds')?.cue?.text).not.toBe('shows');
    expect(r.saidBy('Criminal Minds')).toBe('Ted Cruz');
  });

  it('gives a quote in the complement of "said" to the one who said it, not to the cue inside ("said he expected that voters will say “no”")', () => {
    const r = read('Ann Lee spoke first. Mayor Tom Hart said he expected that voters will say “no” to the plan.');
    expect(r.saidBy('no')).toBe('Tom Hart');
  });

  it('keeps a cue in a new clause after "said … as" with its own source', () => {
    const r = read('“Apparently there is a young man with problems,” Tom Hart said as the heckler yelled: “You lose!”');
    expect(r.speakerSpanText('You lose')).toBe('the heckler');
  });
});


describe('a cue inside what a group says', () => {
  it('gives "prosecutors say that Ellis told one agent, “…”" to the prosecutors', () => {
    const r = read('Ann Lee was arrested in May. If he could go back in time, prosecutors say that Tom Ellis told one agent, “I would do it again.”');
    expect(r.speakerSpanText('do it again')).toBe('prosecutors');
  });
});

describe('a cue inside what a document shows', () => {
  it('gives "The next emails shows that Ellis asked the “reporter” …" to the emails', () => {
    const r = read('Ann Lee wrote first. The next series of emails shows that Tom Ellis asked the “reporter” to call him.');
    expect(r.speakerSpanText('reporter')).toBe('The next series of emails');
  });
});

describe('a cue inside what is added', () => {
  it('gives "…, the source recalled, adding that Ellis said of his bride: “…”" to the source', () => {
    const r = read('Tom Ellis said Ann Lee “had no chance,” the source recalled, adding that Ellis said of his bride: “She is going to win.”');
    expect(r.speakerSpanText('going to win')).toBe('the source');
  });
});

describe('a cue inside a clause after the quotation and an attribution that closes the sentence', () => {
  it('gives a quotation to the closing "…, Jones said." over the cue of a relative clause after it ("which he is expected to win")', () => {
    const r = read('Tom Hart is a senator. That could carry him into the “Super Tuesday” primary on March 1, which he is expected to win, Mark Jones said.');
    expect(r.saidBy('Super Tuesday')).toBe('Mark Jones');
  });
});
