import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const kindOf = (r: ReturnType<typeof read>, name: string) => r.speakers.find((s) => s.name === name)?.kind;

describe('what kind of speaker a name is', () => {
  it('names an organisation without the comma before "which": "The Daily Post, which argued …"', () => {
    const r = read('Ann Lee won. The Daily Post, which argued the public had a “right to know,” won the case.');
    expect(r.saidBy('right to know')).toBe('Daily Post');
  });

  it('names an organisation without its possessive: "Daily News’s reporting tells …" is the Daily News', () => {
    const r = read('Ann Lee spoke. Daily News’s reporting often tells a “different story.”');
    expect(r.saidBy('different story')).toBe('Daily News');
  });

  it('keeps two map services ("Acme Maps", "Orbit Maps") apart as organisations, not one person "Maps"', () => {
    const r = read('Orbit Maps said traffic was “light.” Acme Maps said it was “heavier than usual.”');
    expect(r.speakerOf(r.quote('light'))).toMatchObject({ name: 'Orbit Maps', kind: 'organization' });
    expect(r.speakerOf(r.quote('heavier than usual'))).toMatchObject({ name: 'Acme Maps', kind: 'organization' });
  });

  it('types watchdogs, outlets and bodies by their last word ("Fiscal Watch", "the Evening Caller", "Eagle Forum") as organisations', () => {
    const r = read('Fiscal Watch said the deal was “a scandal.” The plan is “dead,” the Evening Caller reported. Eagle Forum said it was “wrong.”');
    expect(r.speakerOf(r.quote('a scandal'))).toMatchObject({ name: 'Fiscal Watch', kind: 'organization' });
    expect(r.speakerOf(r.quote('dead'))?.kind).toBe('organization');
    expect(r.speakerOf(r.quote('wrong'))).toMatchObject({ name: 'Eagle Forum', kind: 'organization' });
  });

  it('types a website named by its address ("according to Checkfacts.org", "Newsdesk.com said") as an organisation, without the sentence’s period', () => {
    const r = read('The true number is “closer to 15 percent,” according to Checkfacts.org. “We stand by it,” said Newsdesk.com.');
    expect(r.speakerOf(r.quote('closer to 15'))).toMatchObject({ name: 'Checkfacts.org', kind: 'organization' });
    expect(r.speakerOf(r.quote('stand by it'))).toMatchObject({ name: 'Newsdesk.com', kind: 'organization' });
  });

  it('types an agency named after the country, "Statistics Canada", as an organisation, and "Canada" alone as itself', () => {
    const r = read('Statistics Canada said the jobless rate was “steady.” Canada said it was “fine.”');
    expect(kindOf(r, 'Statistics Canada')).toBe('organization');
    expect(r.saidBy('fine')).toBe('Canada');
  });

  it('types "Ukraine’s Air Force" as an organisation, one with "the Air Force" later', () => {
    const r = read('The attack included 600 drones, according to Ukraine’s Air Force. Around 19 missiles failed to reach targets, the Air Force said.');
    expect(r.speakers.filter((s) => s.name === 'Air Force').map((s) => s.kind)).toEqual(['organization']);
  });

  it('lists no person "Palestinian" for "according to Palestinian tallies"', () => {
    const r = read('The war has killed more than 39,000 people, according to Palestinian tallies.');
    expect(r.speakers.map((s) => s.name)).not.toContain('Palestinian');
  });

  it('lists no speaker for an aircraft model: "An Airbus A330 … landed"', () => {
    const r = read('An Airbus A330 carrying 200 passengers landed safely on Monday. “All passengers are safe,” the airline said.');
    expect(r.speakers.map((s) => s.name)).not.toContain('Airbus A330');
  });
});

describe('capitalised plurals opening a sentence', () => {
  it('reads "Donors said" and "Employees said" as groups, not persons named Donors or Employees', () => {
    expect(kindOf(read('Donors said the campaign was “broke.”'), 'Donors')).not.toBe('person');
    expect(kindOf(read('Employees said the cuts were “brutal.”'), 'Employees')).not.toBe('person');
  });

  it('keeps a surname ending in s a person: "Sanders said"', () => {
    expect(kindOf(read('Sanders said the race was “close.”'), 'Sanders')).toBe('person');
  });
});
