import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/annotate/document';
import { readPhrase } from '../../../src/annotate/names';
import { checkSpeaker, neverSpeaks, wordsOf } from '../../../src/annotate/speaker-check';

/** The cueless sentence subject of the only sentence of `text`. */
function subjectOf(text: string) {
  const a = readText(text).context.find((x) => x.cueless);
  if (!a?.source) throw new Error(`no subject read in "${text}"`);
  return a;
}

describe('neverSpeaks: a cueless subject no reading could make a speaker', () => {
  it('turns down "The plan would cost billions" before it is read', () => {
    const a = subjectOf('The plan would cost billions over a decade.');
    expect(neverSpeaks(a.source!, a.head)).toBe(true);
  });

  it('keeps subjects that may speak: a speaking noun, a name, a pronoun, a share of a group', () => {
    for (const text of ['The committee voted against the bill.', 'Ann Lee walked out of the hall.', 'He walked out of the hall.', 'One of them walked out of the hall.']) {
      const a = subjectOf(text);
      expect(neverSpeaks(a.source!, a.head), text).toBe(false);
    }
  });

  const train = '../shared/corpus/polnear/train.jsonl';
  it.skipIf(!existsSync(train))('agrees with the speaker check on every train subject it turns down', () => {
    let turnedDown = 0;
    for (const line of readFileSync(train, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = readText(JSON.parse(line).text);
      const words = wordsOf(doc.text);
      for (const a of doc.context) {
        if (!a.cueless || !a.source || !neverSpeaks(a.source, a.head)) continue;
        turnedDown++;
        const reading = readPhrase(a.source, a.head);
        const checked = checkSpeaker(reading, a, { text: doc.text, words, toks: doc.sentences[a.sentence]!.toks, fullNames: new Map(), firstNames: new Set() });
        expect(reading.type === 'description' && checked === null, a.source.map((t) => t.text).join(' ')).toBe(true);
      }
    }
    expect(turnedDown).toBeGreaterThan(100);
  }, 60_000);
});
