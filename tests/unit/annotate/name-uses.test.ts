import { describe, expect, it } from 'vitest';
import { NameUses } from '../../../src/annotate/name-uses';

/** Every occurrence of key in text[from, to), as indexOf finds them. */
function byIndexOf(text: string, key: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(key, from); i >= 0 && i + key.length <= to; i = text.indexOf(key, i + 1)) out.push(i);
  return out;
}

function byUses(uses: NameUses, key: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = uses.next(key, from, to); i >= 0; i = uses.next(key, i + 1, to)) out.push(i);
  return out;
}

const TEXT =
  'Orbicom, a satellite company, said on Monday. The satellite company Orbicom had said so before. ' +
  'Mr. McOrbicom, its founder, and the Tawhiri tribe agreed. "Orbicom," said Ms. Tawhiri, "listens." Orbicom';

describe('NameUses', () => {
  // indexFrom 0: the short text is indexed, as a long one would be.
  const indexed = new NameUses(TEXT, 0);
  const plain = new NameUses(TEXT);

  it('finds every use of a name that indexOf finds, mid-word ones ("McOrbicom, ") and the last word of the text included', () => {
    for (const key of ['Orbicom, ', ' Orbicom', 'Orbicom', 'Tawhiri ', ' Tawhiri', 'The satellite', 'Ms. T']) {
      expect(byUses(indexed, key, 0, TEXT.length)).toEqual(byIndexOf(TEXT, key, 0, TEXT.length));
      expect(byUses(plain, key, 0, TEXT.length)).toEqual(byIndexOf(TEXT, key, 0, TEXT.length));
    }
    expect(byUses(indexed, 'Orbicom, ', 0, TEXT.length)).toHaveLength(2);
  });

  it('answers within a window only: a use must start at or after its start and end by its end', () => {
    const from = TEXT.indexOf('The satellite');
    const to = TEXT.indexOf('Ms. Tawhiri') + 5;
    for (const key of ['Orbicom', ' Tawhiri', 'Tawhiri ', 'Orb', 'Ms. Tawhiri']) {
      expect(byUses(indexed, key, from, to)).toEqual(byIndexOf(TEXT, key, from, to));
    }
    expect(byUses(indexed, 'Ms. Tawhiri', from, to)).toEqual([]);
  });

  it('searches keys that start with no capital (lowercase, short) as indexOf does', () => {
    for (const key of ['satellite', 'so', ', "', 'eBay']) expect(byUses(indexed, key, 0, TEXT.length)).toEqual(byIndexOf(TEXT, key, 0, TEXT.length));
  });
});
