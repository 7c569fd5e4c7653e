import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the agent of "as … by"', () => {
  it('gives a quotation followed by "as described by X" to X', () => {
    const r = read('Her handling of the files was “extremely careless,” as described by FBI Director James Comey.');
    expect(r.saidBy('extremely careless')).toBe('James Comey');
  });

  it('gives the quotation to the agent of an aside set off by dashes, not to the sentence subject', () => {
    const r = read('Critics point to her “extremely careless” handling of the files – as described by FBI Director James Comey – and her record.');
    expect(r.saidBy('extremely careless')).toBe('James Comey');
  });
});
