import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPERT_VIEWS, GRANT_PATTERNS, PLAIN_UNNAMED_PHRASES, POLLS_FIND, UNNAMED_PHRASES, VAGUE_PHRASES } from '../../../src/annotate/anonymity-phrases';
import { EXPERT_TRIGGERS, GRANT_TRIGGERS, PLAIN_UNNAMED_TRIGGERS, POLL_TRIGGERS, UNNAMED_TRIGGERS, VAGUE_TRIGGERS } from '../../../src/annotate/anonymity-triggers';
import { tablesAllowedBy } from '../../../src/annotate/anonymous';
import { readText } from '../../../src/annotate/document';
import { tableTriggers } from '../../../src/annotate/phrase-triggers';
import { tokenize } from '../../../src/annotate/tokens';

const tokensOf = (s: string) => tokenize(s, 0, s.length, () => false);

/** Each table with its bit in tablesAllowedBy, and sentences matching each of its patterns, in order (several where a pattern has branches needing different words). */
const TABLES = [
  {
    name: 'GRANT_PATTERNS',
    patterns: GRANT_PATTERNS,
    words: GRANT_TRIGGERS,
    bit: 1,
    examples: [
      ['He spoke on condition of anonymity.', 'on the condition that his last name not be used', 'on Condition that she not be named', 'on condition they not be identified', 'on condition her name not be used', 'on the condition that they remain anonymous'],
      ['because they were not authorized to discuss it', "who isn't authorised to speak", 'had not been authorized to release it', 'not authorised to release it', 'not authorized to publicly discuss it', 'not authorised to brief the media'],
      ['who was unauthorized to speak', 'an aide unauthorised to talk'],
      ['was not permitted to speak publicly', 'not allowed to comment', 'not cleared to discuss it', 'not allowed to discuss it', 'not permitted to discuss it', 'not allowed to publicly discuss it'],
      ['The Globe and Mail agreed not to identify the insider.', 'agreed not to name him'],
      ['who requested anonymity', 'asking for anonymity to speak freely', 'asked for anonymity', 'insisted on anonymity', 'demanded anonymity', 'was granted anonymity', 'request anonymity', 'requesting anonymity'],
      ['asked not to be named', 'asked not to be quoted'],
      ['who declined to be named', 'declined to be identified'],
      ["who didn't want to be named said", 'does not want his name published'],
      ['speaking anonymously', 'who responded anonymously', 'spoke on background', 'commented on the condition', 'talked only on background', 'talking anonymously', 'speak anonymously', 'commented anonymously'],
      ['to speak without being identified', 'without being named'],
      ["a witness who didn't want to speak on the record", 'declined to comment on the record', 'refused to talk on the record', 'did not want to be quoted on the record', 'unwilling to comment on the record', 'unwilling to be quoted on the record'],
      ['an aide, speaking off the record, said', 'who spoke off the record', 'they talked off the record', 'talking off the record', 'to speak off the record'],
      ['whose name is being withheld', 'whose identity was not being disclosed'],
      ['is not being named to protect her', 'were not identified for fear of reprisal'],
      ['asked that his name not be used', 'requested that they not be identified', 'insisted that her full name not be published', 'requested that his name be withheld'],
      ['who insisted on not being named', 'on the condition of not being identified'],
      ['spoke in exchange for anonymity', 'on the promise of anonymity', 'were given anonymity', 'promised anonymity', 'offered anonymity', 'guaranteed anonymity'],
      ['asked to remain anonymous', 'wished to stay anonymous', 'wanted to remain anonymous', 'wishes to remain anonymous', 'wants to stay anonymous', 'preferred to remain anonymous', 'prefers to remain anonymous', 'chose to remain anonymous', 'requested to remain anonymous', 'requesting to stay anonymous', 'asking to remain anonymous'],
      ['The Globe is not identifying the insider', 'We are not naming him', "the paper hasn't been naming them"],
      ['agreed to withhold his name', 'is withholding her identity', 'withheld their names'],
      ['would speak only if not identified'],
      ['on the understanding that she would not be named'],
      ['spoke on the grounds of anonymity'],
      ["a confié sous le couvert de l'anonymat", 'sous le couvert de l’anonymat'],
      ["qui a requis l'anonymat"],
    ],
  },
  {
    name: 'PLAIN_UNNAMED_PHRASES',
    patterns: PLAIN_UNNAMED_PHRASES,
    words: PLAIN_UNNAMED_TRIGGERS,
    bit: 2,
    examples: [
      ['according to three people briefed on the talks', 'according to officials with knowledge of the meeting'],
      ['according to a lawyer familiar with the case', 'according to two senior aides involved in the talks'],
      ['officials who spoke with the newspaper said', 'aides who have spoken to reporters say', 'someone who talked to him told'],
      ['Clinton aides have privately expressed frustration', 'officials quietly worried', 'aides quietly worried'],
      ['Privately, aides concede the plan is dead.', 'Privately, senior party officials fret'],
      ['I am told the plan is dead', "We've been told the vote is off"],
      ['Trump picks Pence, source says', 'Deal was close, official says, before talks broke down', 'Sources say the deal is off'],
      ['according to interviews with more than a dozen of her aides and allies'],
      ['the Post reported, citing two officials', 'the paper reported, quoting an anonymous party official', 'citing three aides', 'quoting a senior adviser'],
      ['people close to the minister said', 'sources familiar with the plan say', 'officials with direct knowledge of the deal told', 'people close to her felt it went too far'],
      ['recently telling one person close to her that', 'told a friend familiar with the case', 'confided to two associates close to him'],
      ['citing another anonymous source', 'unnamed officials'],
      ['The Tribune quoted one of the mayor’s advisers as saying', 'quoted two officials as saying', 'quoted a senior aide as saying'],
      ["Several people I've spoken with said", 'many sources we talked to', 'three Democrats I interviewed', 'some people I spoke to'],
    ],
  },
  {
    name: 'UNNAMED_PHRASES',
    patterns: UNNAMED_PHRASES,
    words: UNNAMED_TRIGGERS,
    bit: 4,
    examples: [
      ['those close to the campaign say', 'those familiar with the plan'],
      ['people familiar with the matter', 'people directly knowledgeable about', 'sources privy to negotiations', 'someone close to him', 'officials who spoke'],
      ['a publishing executive familiar with the talks', 'two aides briefed on the plan', 'an adviser with direct knowledge of the deal', 'a lawyer privy to the plan', 'a lawyer knowledgeable about the case'],
      ["several people in Trump's orbit told the newspaper", 'people in Biden’s inner orbit', 'people in the inner orbit'],
      ['according to two senior officials', 'according to people familiar'],
      ['another source said', 'two sources told'],
      ['in the words of a senior adviser'],
      ['as one official put it', 'as a senior White House aide put it'],
      ['…, says a top aide', 'said two senior officials', 'says one longtime Republican strategist', 'said two aides', 'said two advisers', 'says an advisor', 'said several advisors', 'said one insider', 'said two insiders', 'said one operative', 'said two operatives', 'said a Western diplomat', 'said two diplomats'],
      ['one senior Democrat said the vote was close', 'a Republican familiar with the plan'],
      ['said a New Hampshire Republican', 'added one Democrat'],
      ['A Republican who attended the meeting said', 'a longtime party data expert who has worked for a rival', 'someone who was in the room', 'according to people who have seen the draft', 'an official who reviewed the documents said', 'two aides who saw the memo'],
      ['according to people in attendance', 'according to officials present'],
      ['Others in the room said', 'people who were in attendance said'],
      ['The decision was confirmed by a government source', 'corroborated by two staffers', 'relayed by an aide'],
      ['We have learned from sources that the minister will resign', 'heard from two sources'],
      ['many backers privately say', 'top campaign officials privately worry', 'one senator said privately', 'aides concede privately', 'they privately doubted it'],
      ['selon une source', 'des sources proches', 'selon nos informations'],
    ],
  },
  {
    name: 'VAGUE_PHRASES',
    patterns: VAGUE_PHRASES,
    words: VAGUE_TRIGGERS,
    bit: 8,
    examples: [
      ['…, said several observers.', '…, say some Democrats.', 'it will fail, warn economists', 'said historians', 'said critics.', 'say experts.', 'said analysts.', 'argue conservatives.', 'say liberals;', 'argue opponents.', 'say pundits.', 'note scholars.', 'said republicans.'],
      ['recent polls show', 'Surveys suggest the race is close', 'and studies indicated'],
      ['a man who many believe betrayed them', 'some Americans fear', 'most think'],
    ],
  },
  {
    name: 'POLLS_FIND',
    patterns: [POLLS_FIND],
    words: POLL_TRIGGERS,
    bit: 16,
    examples: [['Despite polls showing her behind', 'Still, polls continue to show a gap', 'Surveys suggest a tie', 'New Polls Show Gaps', 'studies have shown it']],
  },
  {
    name: 'EXPERT_VIEWS',
    patterns: [EXPERT_VIEWS],
    words: EXPERT_TRIGGERS,
    bit: 32,
    examples: [['Experts see the vote as a test', 'but critics point to the cost', 'Some outside analysts see a shift', 'Legal observers note the change', 'Economists predict two rises', 'Skeptics question it', 'Election scholars caution that', 'historians doubted it', 'many pundits saw it']],
  },
];

describe('the words every anonymity phrase table needs', () => {
  for (const table of TABLES) {
    it(`gives every pattern of ${table.name} a sentence matching it, and lets each of them through`, () => {
      expect(table.examples.length).toBe(table.patterns.length);
      table.patterns.forEach((re, i) => {
        for (const example of table.examples[i]!) {
          expect(re.test(example), `${table.name}[${i}] matches "${example}"`).toBe(true);
          expect(tablesAllowedBy(tokensOf(example)) & table.bit, `${table.name}[${i}] lets "${example}" through`).toBe(table.bit);
          // …and matches only through one of those words: with each of them blotted out, the pattern finds nothing.
          const blotted = example.replace(/[A-Za-z0-9]+/g, (w) => (table.words.has(w.toLowerCase()) ? 'xx' : w));
          expect(re.test(blotted), `${table.name}[${i}] needs a word of the table in "${example}"`).toBe(false);
        }
      });
    });
  }

  it('lets a sentence through that holds a word of a table only inside a joined word', () => {
    const allowed = tableTriggers([new Set(['condition', 'sources'])]);
    expect(allowed(tokensOf('on a pre-condition of anonymity'))).toBe(1); // "\bcondition" matches after the hyphen
    expect(allowed(tokensOf('the sources’ account'))).toBe(1); // a kept plural possessive
    expect(allowed(tokensOf('Condition of anonymity'))).toBe(1);
    expect(allowed(tokensOf('\u212Acondition'))).toBe(1); // a Kelvin sign lowercases to "k", yet the regex sees "condition" after it
    expect(allowed(tokensOf('preconditions and resources'))).toBe(0);
  });

  it('holds only lowercase ASCII words, the only form a token or a run of one is looked up in', () => {
    for (const words of [GRANT_TRIGGERS, PLAIN_UNNAMED_TRIGGERS, UNNAMED_TRIGGERS, VAGUE_TRIGGERS, POLL_TRIGGERS, EXPERT_TRIGGERS]) for (const w of words) expect(w).toMatch(/^[a-z0-9]+$/);
  });

  it('skips most sentences of plain news copy', () => {
    expect(tablesAllowedBy(tokensOf('The minister arrived in Ottawa on Tuesday for the vote.'))).toBe(0);
  });

  const corpus = ['dev', 'train'].map((split) => `../shared/corpus/polnear/${split}.jsonl`);
  it.skipIf(!corpus.every(existsSync))('never turns away a corpus sentence a pattern of the table matches', () => {
    let matched = 0;
    for (const file of corpus) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const text: string = JSON.parse(line).text;
        for (const s of readText(text).sentences) {
          const sentence = text.slice(s.start, s.end);
          const allowed = tablesAllowedBy(s.toks);
          for (const table of TABLES) {
            if (!table.patterns.some((re) => re.test(sentence))) continue;
            matched++;
            expect(allowed & table.bit, `${table.name} lets through "${sentence}"`).toBe(table.bit);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  }, 60_000);
});
