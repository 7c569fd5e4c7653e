import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const texts = (r: ReturnType<typeof read>) => r.quotes.map((q) => q.text);

// Each text opens with a cited speaker, so that a quotation without a cue of its own would be credited
// to her: only the construction around the marks tells a term from her words.
const SPEAKER = 'Ann Roe, the mayor, said on Friday that the budget was ready.\n\n';

describe('titles, terms and excerpts that are not anyone’s words', () => {
  it('does not report a work’s title set off by commas after its noun (her memoir, “Open Roads,”)', () => {
    const r = read(SPEAKER + 'Her fans pass around copies of her memoir, “Open Roads,” and read it aloud at rallies.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report the title of a documentary named right after the word', () => {
    const r = read(SPEAKER + 'Her first term was later featured in the documentary “Harbour Lights.”');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a show named before the word "star" (the “Harbour Nights” star posted)', () => {
    const r = read(SPEAKER + 'After the vote went viral, the “Harbour Nights” star posted a long message on her page.');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report a short phrase that is the subject of its sentence (But “fixing the ferry” is easier…)', () => {
    const r = read(SPEAKER + 'But “fixing the ferry” is easier promised than done in a divided council.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a short quotation that opens a sentence and ends in its own punctuation (“Never again,” the mayor wrote)', () => {
    const r = read(SPEAKER + '“Never again,” the mayor wrote on Tuesday.');
    expect(texts(r)).toEqual(['Never again,']);
  });

  it('does not report dated slogans listed with their years (“No to tolls” (2009))', () => {
    const r = read(SPEAKER + 'Her party’s posters grew harsher over the years: “No to tolls” (2009) — “Our roads, our money!” (2012).');
    expect(r.quotes).toHaveLength(0);
  });

  it('does not report the excerpt that follows a linked story’s byline in a digest', () => {
    const r = read(
      SPEAKER +
        'HARBOUR NEWS—"Ferry fares to rise in spring," by the Gazette\'s Ann Roe: "The city will raise ferry fares by ten per cent in April, the transit board decided on Monday." https://example.com/ferry',
    );
    expect(r.quotes.map((q) => q.text)).not.toContain('The city will raise ferry fares by ten per cent in April, the transit board decided on Monday.');
  });

  it('does not report a quoted modifier inside a noun phrase when nobody in the sentence is said to speak (a “harmony” dinner)', () => {
    const r = read(SPEAKER + 'The two sides later sat down for a “harmony” dinner at the old town hall.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a quoted modifier inside a noun phrase when the sentence has a word of saying (warned of a “bruising” fight)', () => {
    const r = read(SPEAKER + 'One councillor warned of a “bruising” fight over the budget.');
    expect(texts(r)).toEqual(['bruising']);
  });

  it('keeps a quoted modifier before a noun that names something said (the “not ready yet” comment)', () => {
    const r = read(SPEAKER + 'The “not ready yet” comment drew laughter in the council chamber.');
    expect(texts(r)).toEqual(['not ready yet']);
  });

  it('does not report one quoted word credited only to a source from an earlier paragraph, in a sentence with no word of saying', () => {
    const r = read(SPEAKER + 'There is now a regional “divergence” between the two ferry routes.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps one quoted word when its own sentence names the speaker (Roe called the fares “unfair.”)', () => {
    const r = read(SPEAKER + 'Roe called the new fares “unfair.”');
    expect(texts(r)).toEqual(['unfair.']);
  });

  it('does not report the next title of a list whose first is a programme name (on “Morning Coffee” and “The Late Hour With Sam Lee,”)', () => {
    const r = read(SPEAKER + 'She is booked to appear on “Morning Coffee” and “The Late Hour With Sam Lee,” among other shows.');
    expect(r.quotes).toHaveLength(0);
  });

  it('keeps a list of chants after a cue (the crowd chanted “Four more years” and “Roe, Roe, Roe”)', () => {
    const r = read(SPEAKER + 'The crowd chanted “Four More Years” and “Roe, Roe, Roe” as she left the stage.');
    expect(texts(r)).toEqual(['Four More Years', 'Roe, Roe, Roe']);
  });
});
