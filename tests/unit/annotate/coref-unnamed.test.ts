import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a definite unnamed source points back only to one of its own kind', () => {
  it('keeps "the spokesman" apart from an earlier "senior official"', () => {
    const r = read('A senior official said the bridge would reopen in May. “We are nearly there,” the spokesman said.');
    const official = r.speakers.find((s) => s.name.includes('official'));
    const spokesman = r.speakerOf(r.quote('nearly there'));
    expect(spokesman?.name).toBe('spokesman');
    expect(spokesman?.id).not.toBe(official?.id);
  });

  it('links "the aide" to an earlier "senior adviser" (one kind of source)', () => {
    const r = read('A senior adviser said the bridge would reopen in May. Later, the aide said “we are nearly there.”');
    expect(r.saidBy('nearly there')).toBe('senior adviser');
  });

  it('links "the source" to any unnamed source cited before ("one council insider")', () => {
    const r = read('One council insider said the vote would pass.\n\nThe mayor may veto it, the source said, but “nobody expects that.”');
    expect(r.saidBy('nobody expects')).toBe('council insider');
  });
});

describe('plural unnamed sources', () => {
  it('resolves "they" to "people familiar with the talks" read after the cue', () => {
    const r = read('The bridge will reopen in May, said people familiar with the talks. “It is settled,” they said.');
    expect(r.speakerSpanText('It is settled')).toBe('they');
    expect(r.saidBy('It is settled')).toBe('people familiar with the talks');
  });

  it('resolves "they" to "two officials" past a sentence about a named person', () => {
    const r = read('Two officials said the bridge would reopen. Mayor Ann Lee toured it on Monday. “It is settled,” they said.');
    expect(r.saidBy('It is settled')).toBe('officials');
  });

  it('keeps "one of his aides" singular, so a later "he" can point to it', () => {
    const r = read('One of his aides said the bridge would reopen. “It is settled,” he said.');
    expect(r.saidBy('It is settled')).toBe('One of his aides');
  });

  it('gives "One of them said" to the plural group just cited, not to the name inside the clause', () => {
    const r = read('Two aides said the bridge would reopen. One of them said Mayor Lee was “furious.”');
    expect(r.speakerSpanText('furious')).toBe('One of them');
    expect(r.saidBy('furious')).toBe('aides');
  });
});

describe('pronouns in narration', () => {
  it('gives "he" to the subject just cited, not to a name mentioned in passing ("a staunch Ann Park ally")', () => {
    const text = 'Ann Park said the vote was close. Gov. Tom Ellis, a staunch Ann Park ally, conceded the point even as he defended the plan, saying, “It is sound.”';
    const r = read(text);
    const he = text.indexOf(' he ') + 1;
    const ellis = r.speakerOf(r.quote('It is sound'));
    expect(ellis?.name).toBe('Tom Ellis');
    expect(ellis?.mentions.some((m) => m.start === he)).toBe(true);
  });
});

describe('a quantifier with no group before it', () => {
  it('names the group "many" when "Many said" opens the story, never an empty name', () => {
    const r = read('Many said the decision not to consult the board was “a mistake.”');
    expect(r.speakerOf(r.quote('a mistake'))?.name).toBe('many');
    expect(r.speakers.every((s) => s.name.trim() !== '')).toBe(true);
  });

  it('does not read "All said" or "(Additional reporting by …)" as a person', () => {
    const r = read('Reporters at the scene were shaken. All said they were “in shock.”\n\n(Additional reporting by Ann Lee; Editing by Bob Roe)');
    expect(r.speakers.map((s) => s.name)).not.toContain('All');
    expect(r.speakers.map((s) => s.name)).not.toContain('Additional');
  });
});
