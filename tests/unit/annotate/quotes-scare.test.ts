import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('scare quotes, titles and headlines are not reported speech', () => {
  it('does not report a single-quoted phrase in an article that quotes with double marks', () => {
    const r = read('Mayor slams council’s ‘costly detour’ on transit.\n\n“We will not wait,” the mayor said on Monday.');
    expect(r.quotes.map((q) => q.text)).toEqual(['We will not wait,']);
  });

  it('still reads single marks as quotation marks where they are the article’s main style', () => {
    const r = read('‘We will not wait,’ the mayor said on Monday. ‘Nor should we,’ she added, citing the “Better Buses” report.');
    expect(r.quotes.map((q) => q.text)).toContain('We will not wait,');
    expect(r.quotes.map((q) => q.text)).toContain('Nor should we,');
  });

  it('does not report the headline of a story cited "by" its author in a news digest', () => {
    const r = read('CLOSING TIME—"Corner bakery shuts its doors after forty years," by the Gazette\'s Ann Roe: a short summary follows.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a fragment that a word after it ties to someone: described as “reckless” by the mayor', () => {
    const r = read('The plan was described as “reckless” by the mayor.');
    expect(r.quotes.map((q) => q.text)).toEqual(['reckless']);
  });

  it('does not report a title-cased slogan used before a noun with no cue (a “Vote Green Today” tote bag)', () => {
    const r = read('A volunteer carried a “Vote Green Today” tote bag through the hall.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a quoted modifier nobody is said to have used (the “flex lane” plan)', () => {
    const r = read('The “flex lane” plan will begin next spring.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report one quoted word that opens a sentence with no cue (“Gridlock” has become the norm)', () => {
    const r = read('The council met again on Tuesday.\n\n“Gridlock” has become the norm in the chamber.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a phrase after "the term" when someone uses it: prefers the term “guest workers.”', () => {
    const r = read('The senator said she prefers the term “guest workers.”');
    expect(r.quotes.map((q) => q.text)).toEqual(['guest workers.']);
  });

  it('does not report a nickname between initials and a surname (Gov. C.L. “Butch” Otter)', () => {
    const r = read('The campaign was represented by Gov. C.L. “Butch” Otter at the convention.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a short title-cased name after "on" or "the" (appeared on “Morning Coffee”)', () => {
    const r = read('The mayor appeared on “Morning Coffee” last week to defend the budget.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a short title-cased chant that no article or place word frames as a name (chants of “Fund Our Schools”)', () => {
    const r = read('The rally ended with chants of “Fund Our Schools” from the crowd.');
    expect(r.quotes.map((q) => q.text)).toEqual(['Fund Our Schools']);
  });

  it('does not report the programme a cued speaker spoke on (said in an interview with “City Hour.”)', () => {
    const r = read('“We will balance the budget,” the mayor said in an interview with “City Hour.”');
    expect(r.quotes.map((q) => q.text)).toEqual(['We will balance the budget,']);
  });

  it('does not report the label of a button the reader is told to click', () => {
    const r = read('To get the newsletter, enter your email address and click “sign up.” It is free.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a title after a role in it (the host of “Night Desk”, had roles in “How the Harbour Was Won”)', () => {
    const r = read('Ann Lee is now the host of “Night Desk at Nine.” Her brother had roles in “How the Harbour Was Won,” “Harbour Lights” and “Cold Border.”');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a title that an apposition names as a work (“Dock Life,” a documentary about…)', () => {
    const r = read('The crowd gathered for a screening of “Dock Life,” a documentary about the port workers.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report the quoted paragraphs of an article excerpt introduced "From Ann Roe writing at the Gazette:"', () => {
    const text =
      'Gazette: The Harbour Plan Is Late Again.\n\nFrom Ann Roe writing at the Gazette:\n\n"The harbour plan was due in May. It is now October.\n\n"Nobody at city hall will say why the work has stopped.\n\nRead the rest of the story at the Gazette.';
    expect(read(text).quotes).toHaveLength(0);
  });

  it('still reports the quoted paragraphs after "Justice Roe, writing for the majority:"', () => {
    const r = read('The court ruled on Monday. Justice Ann Roe, writing for the majority:\n\n"The statute is plain and the city must follow it."');
    expect(r.quotes.map((q) => q.text)).toEqual(['The statute is plain and the city must follow it.']);
  });
});

describe('a term after "so-called" and one more word', () => {
  it('does not report the so-called Democratic “iron belt” as anyone’s words', () => {
    const r = read('Lee has to win the so-called Democratic “iron belt” that Roe carried in 2016. “We will fight for every town,” Lee said.');
    expect(r.quotes.map((q) => q.text)).toEqual(['We will fight for every town,']);
  });
});

describe('a people’s name between "so-called" and the quotation', () => {
  it('still reports the so-called Northern “invaders” as words someone used', () => {
    const r = read('Roe once warned of so-called Northern “invaders” crossing the river.');
    expect(r.quotes.map((q) => q.text)).toEqual(['invaders']);
  });
});

describe('a work’s title with its subtitle', () => {
  it('does not report “Harbour Wars: Episode II” as anyone’s words', () => {
    const r = read('“It was fun,” said the director, Ann Roe. She will also make two big films next year, though “Harbour Wars: Episode II” could be the most secretive.');
    expect(r.quotes.map((q) => q.text)).toEqual(['It was fun,']);
  });
});
