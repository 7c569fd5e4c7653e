import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('speech relayed by a record of it ("footage of X saying")', () => {
  it('gives "The ad cuts to footage of Lee saying, “…”" to the ad', () => {
    const r = read('The ad then cuts to footage of Ann Lee saying, “We will build it.”');
    expect(r.speakerSpanText('build it')).toBe('The ad');
  });

  it('gives "Byrne gives an account of Lee telling an aide to “…”" to Byrne', () => {
    const r = read('In the book, Gary Byrne gives an account of Ann Lee telling an aide to “go away.”');
    expect(r.saidBy('go away')).toBe('Gary Byrne');
  });

  it('keeps "what do you think of Lee saying “…”" with Lee', () => {
    const r = read('Ann Lee spoke late. What do you think of Lee privately saying “pray for him” in response?');
    expect(r.saidBy('pray for him')).toBe('Ann Lee');
  });
});
