import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appositiveAfter, appositiveAt } from '../../../src/annotate/appositive';
import { TITLED, TITLED_MIN_WORDS } from '../../../src/annotate/speaker-words';

const corpus = ['dev', 'train'].map((split) => `../shared/corpus/polnear/${split}.jsonl`);
const texts = (): string[] => corpus.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text as string));

describe('the cheap guards callers put in front of two name patterns', () => {
  it('finds a capitalised function word only inside a name of TITLED_MIN_WORDS words or more', () => {
    expect(TITLED.test('Coalition Against Trump')).toBe(true);
    expect(TITLED_MIN_WORDS).toBe(3);
    // Every word TITLED looks for, alone, opening, closing or inside a name one word too short: never a match.
    for (const w of ['Against', 'For', 'Of', 'The', 'And', 'With', 'To', 'In', 'On', 'Zebra']) {
      for (const name of [w, `${w} Trump`, `Trump ${w}`]) expect(TITLED.test(name), `"${name}"`).toBe(false);
      expect(TITLED.test(`Trump ${w} Trump`)).toBe(w !== 'Zebra');
    }
  });

  it.skipIf(!corpus.every(existsSync))('never misses a TITLED match in a corpus run of capitalised words shorter than the guard allows', () => {
    let asked = 0;
    for (const text of texts()) {
      for (const m of text.matchAll(/\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)*/gu)) {
        const words = m[0].split(' ');
        for (let k = 1; k < TITLED_MIN_WORDS && k <= words.length; k++) {
          asked++;
          expect(TITLED.test(words.slice(0, k).join(' ')), words.slice(0, k).join(' ')).toBe(false);
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
  }, 60_000);

  it('reads an appositive only where a comma follows the name, as APPOSITIVE needs', () => {
    const text = 'Ann Lee, the mayor of Springfield, said. Ann Lee said, the mayor of Springfield.';
    expect(appositiveAt(text, 'Ann Lee'.length)).toEqual({ text: 'mayor of Springfield', head: 'mayor' });
    expect(appositiveAt(text, text.indexOf(' said,'))).toBeNull();
    expect(appositiveAt(text, text.indexOf('said,') + 4)).toEqual(appositiveAfter(', the mayor of Springfield.'));
  });

  it.skipIf(!corpus.every(existsSync))('finds no appositive after any corpus offset that is not a comma', () => {
    let asked = 0;
    for (const text of texts().slice(0, 40)) {
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === 44) continue;
        asked++;
        if (appositiveAfter(text.slice(i, i + 100)) !== null) expect.fail(`an appositive at ${i}: "${text.slice(i, i + 40)}"`);
        expect(appositiveAt(text, i)).toBeNull();
      }
    }
    expect(asked).toBeGreaterThan(10000);
  }, 60_000);
});
