import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a pronoun opening a fronted clause before a named subject', () => {
  const text =
    'Director Paul Varga cast his friend Tom Reyes in the lead.\n\n' +
    '“I knew it at once,” Varga said.\n\n' +
    'Next year Reyes will also appear in two films. Although he said it was “wild” to see himself on screen, Reyes stopped short of revealing anything about them.\n\n' +
    '“I’ve signed away my soul,” he joked.';

  it('gives "Although he said it was “wild”, Reyes stopped …" to Reyes, not to the last speaker', () => {
    expect(read(text).saidBy('wild')).toBe('Tom Reyes');
  });

  it('gives the next "he joked" to Reyes too', () => {
    expect(read(text).saidBy('signed away my soul')).toBe('Tom Reyes');
  });

  it('keeps the pronoun when no name follows the clause as its subject', () => {
    const r = read('“I knew it at once,” Paul Varga said. Although he called it “a gamble”, the studio signed the deal.');
    expect(r.saidBy('a gamble')).toBe('Paul Varga');
  });
});
