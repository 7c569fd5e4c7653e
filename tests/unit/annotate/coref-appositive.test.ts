import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a description that an earlier sentence gave a person in apposition', () => {
  it('gives "the mayor said" to "Ann Lee, the mayor of Springfield," two sentences before', () => {
    const r = read('Ann Lee, the mayor of Springfield, opened the meeting. Residents were angry about taxes.\n\n“We will fix the roads,” the mayor said.');
    expect(r.saidBy('fix the roads')).toBe('Ann Lee');
  });

  it('gives "the treasurer said" to "Ann Lee, the city’s new treasurer"', () => {
    const r = read('The meeting was opened by Ann Lee, the city’s new treasurer. Residents were angry.\n\n“We will cut taxes,” the treasurer said.');
    expect(r.saidBy('cut taxes')).toBe('Ann Lee');
  });

  it('does not take a modifier, a noun in a relative clause, or another state’s senator for the head', () => {
    const r = read(
      'Ann Lee, the mayor’s chief aide, spoke first. “We will fix the roads,” the mayor said. Bo Chu, a pollster who ran the city poll, spoke. “Turnout was low,” the poll said. Cy Dunn, the Vermont senator, spoke. “No deal,” the Florida senator said.',
    );
    expect(r.saidBy('fix the roads')).not.toBe('Ann Lee');
    expect(r.saidBy('Turnout was low')).not.toBe('Bo Chu');
    expect(r.saidBy('No deal')).not.toBe('Cy Dunn');
  });
});

describe('full names', () => {
  it('does not take "Coalition Against Trump" for Donald Trump’s full name', () => {
    const r = read('Donald Trump spoke. The Coalition Against Trump marched. “It will be huge,” Trump said.');
    expect(r.saidBy('It will be huge')).toBe('Donald Trump');
  });
});
