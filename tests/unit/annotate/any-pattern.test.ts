import { describe, expect, it } from 'vitest';
import { anyOf } from '../../../src/annotate/any-pattern';

describe('a phrase table asked whether any of its patterns matches', () => {
  const table = [/\bcondition of anonymity/i, /\bdeclined to be (?:named|identified)/i, /\bone senior Democrat said\b/, /(a)\1 echo/i, /^Sources say/];
  const any = anyOf(table);

  it('answers as trying each pattern in turn, case-sensitive patterns keeping their case', () => {
    const sentences = [
      'He spoke on Condition of Anonymity.',
      'An aide, who declined to be identified, said so.',
      'One senior Democrat said the vote was close.',
      'one senior democrat said the vote was close.',
      'A caller heard an AA echo.',
      'Sources say the deal is off.',
      'The deal is off, sources say.',
      'Nothing here at all.',
    ];
    for (const s of sentences) expect(any(s)).toBe(table.some((re) => re.test(s)));
  });

  it('keeps a pattern with a backreference apart, so its group still refers to its own capture', () => {
    expect(any('an ab echo')).toBe(false);
    expect(any('an aa echo')).toBe(true);
  });
});
