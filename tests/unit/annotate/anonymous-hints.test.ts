import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/annotate/document';
import { GRANT_PATTERNS, PLAIN_UNNAMED_PHRASES, UNNAMED_PHRASES, VAGUE_PHRASES } from '../../../src/annotate/anonymity-phrases';
import { HINT_GRANT, HINT_UNNAMED, HINT_VAGUE, hintFamilies } from '../../../src/annotate/anonymity-hints';

const TABLES: ReadonlyArray<readonly [number, readonly RegExp[]]> = [
  [HINT_GRANT, GRANT_PATTERNS],
  [HINT_UNNAMED, [...UNNAMED_PHRASES, ...PLAIN_UNNAMED_PHRASES]],
  [HINT_VAGUE, VAGUE_PHRASES],
];

/** Invented sentences, each matched by some phrase table, several written to trip a word-based test (hyphens, capitals, a missing space). */
const MATCHED = [
  // add a sentence here for each new phrase-table entry
  'The aide spoke on condition of anonymity.',
  'She spoke on the condition that she not be named.',
  'The officer was not authorised to discuss the case.',
  'A clerk, unauthorized to speak, said the files were lost.',
  'They were NOT PERMITTED TO SPEAK about it.',
  'The paper agreed not to identify the donor.',
  'The pre-agreed not to name clause held.',
  'He asked not to be quoted.',
  'A man who declined to be identified said so.',
  'She did not want her name used.',
  'An engineer, speaking anonymously, said the dam leaked.',
  'The guard talked on background.',
  'Ex-whose name is being withheld, he said.',
  'The witness is not being named to protect her family.',
  'Il a parlé sous le couvert de l’anonymat.',
  'Une employée qui a requis l’anonymat a parlé.',
  'Those close to the mayor say she will run.',
  'The deal is off, according to people briefed on the talks.',
  'Sources privy to the talks say the deal is off.',
  'Several people in the mayor’s orbit told the paper she will run.',
  'The plan is dead, another source said.',
  'In the words of a senior adviser, it is over.',
  'It is over, as one official put it.',
  'The plan is dead, says a top aide.',
  'One senior Democrat said the vote would fail.',
  'The vote will fail, said a Vermont Republican.',
  'A donor who attended the dinner said the mood was grim.',
  'Citing anonymous sources, the paper said the mayor would resign.',
  'Officials who spoke with the paper said the dam leaked.',
  'City aides privately concede the budget is short.',
  'Privately, aides concede the budget is short.',
  'I am told the budget is short.',
  'Mayor quits, source says',
  'Le maire démissionne, selon nos informations.',
  'The plan will fail, say critics.',
  'The plan will fail, said several economists.',
  'Recent polls show the race tightening.',
  'Surveys suggest the race is close.',
  'A man whom many believe lied was elected.',
  'A witness who didn’t want to speak on the record said so.',
  'An aide, speaking off the record, said so.',
  'She will run, according to interviews with a dozen aides.',
  'The paper reported, quoting two aides, that she will run.',
  'The plan is costly, argue critics.Then the vote came.',
];

describe('the token prefilter of the anonymous phrase tables', () => {
  it('passes every invented sentence that a phrase table matches, for that table', () => {
    for (const text of MATCHED) {
      for (const s of readText(text).sentences) {
        const sentence = text.slice(s.start, s.end);
        const bits = hintFamilies(s.toks);
        for (const [bit, table] of TABLES) {
          if (table.some((re) => re.test(sentence))) expect({ sentence, passed: (bits & bit) !== 0 }).toEqual({ sentence, passed: true });
        }
      }
    }
  });

  it('is exercised: each table matches some of the invented sentences', () => {
    for (const [, table] of TABLES) expect(MATCHED.some((text) => table.some((re) => re.test(text)))).toBe(true);
  });

  it('lets a plain sentence with no sourcing words skip all three tables', () => {
    const [s] = readText('The bridge opened on Tuesday after three years of work.').sentences;
    expect(hintFamilies(s!.toks)).toBe(0);
  });
});
