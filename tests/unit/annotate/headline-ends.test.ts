import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsInApostrophe, endsInStop } from '../../../src/annotate/scare-quotes';

/** The regexes the headline test used, which the char-code reads must agree with. */
const STOP = /[.!?]["”’]?$/;
const APOSTROPHE = /[’']\.?$/;

describe('the ends of a paragraph a headline cannot have', () => {
  it('reads a final stop, with or without one closing mark, and a final apostrophe as the regexes do', () => {
    const stems = ['Mayor Backs New Transit Plan', 'x', ''];
    const tails = ['', '.', '!', '?', '."', '.”', '.’', '?”', '!"', "'", '’', "'.", '’.', '”', '"', '..', '!.', '.’.', '.”"', "s'", ' .', '”.', '‘', '.‘'];
    for (const stem of stems) {
      for (const tail of tails) {
        const para = stem + tail;
        expect(endsInStop(para), JSON.stringify(para)).toBe(STOP.test(para));
        expect(endsInApostrophe(para), JSON.stringify(para)).toBe(APOSTROPHE.test(para));
      }
    }
    expect(endsInStop('Trump Calls Carney.')).toBe(true);
    expect(endsInApostrophe('Voters’ Choice: ‘This Cannot Continue’')).toBe(true);
  });

  const corpus = ['dev', 'train'].map((split) => `../shared/corpus/polnear/${split}.jsonl`);
  it.skipIf(!corpus.every(existsSync))('agrees with the regexes on every corpus paragraph', () => {
    let n = 0;
    for (const file of corpus) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        for (const para of (JSON.parse(line).text as string).split('\n')) {
          n++;
          if (endsInStop(para) !== STOP.test(para) || endsInApostrophe(para) !== APOSTROPHE.test(para)) expect.fail(JSON.stringify(para));
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});
