import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('words written on a thing, after a relative pronoun', () => {
  it('gives "a message that said, “…”" to the message, not to the name before', () => {
    const r = read('Dan Lee runs the shop, the owner said.\n\nThe listing was replaced by a message that said, “Sorry, the item is gone.”');
    expect(r.speakerSpanText('item is gone')).toBe('a message that');
    expect(r.saidBy('item is gone')).not.toBe('Dan Lee');
  });

  it('gives "the sign — which read “…”" to the sign', () => {
    const r = read('The crowd cheered Ann Lee on Monday.\n\nShe held up the sign — which read “Farmers 4 Lee” — and waved it.');
    expect(r.speakerSpanText('Farmers 4 Lee')).toBe('the sign — which');
  });

  it('gives "Ann Lee - who previously said she would “…”" to Ann Lee', () => {
    const r = read('Tom Hart spoke first.\n\nFront-runner Ann Lee - who previously said she would “fix the roads” - spoke next.');
    expect(r.saidBy('fix the roads')).toBe('Ann Lee');
  });

  it('keeps "argued that critics said" a reported clause', () => {
    const r = read('Lee argued that critics said it was “a disaster.”');
    expect(r.speakerSpanText('a disaster')).toBe('Lee');
  });
});
