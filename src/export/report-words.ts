import type { SpeakerKind } from '../model/analysis';

/**
 * The words of the Markdown report. `ENGLISH_REPORT` is the command line's; the sidebar builds the
 * same shape from its i18n strings (src/sidebar/report-words.ts), so a French reader exports French.
 */
export interface ReportWords {
  title: (title: string) => string;
  untitled: string;
  by: (name: string) => string;
  heading: string;
  /** "4 quotes from 3 sources: 2 named, 1 unnamed". */
  quotesFrom: (quotes: number, sources: number, named: number, unnamed: number) => string;
  unnamedPassages: (n: number) => string;
  grants: (n: number) => string;
  reason: (reason: string) => string;
  noReason: string;
  vague: (n: number) => string;
  /** Column heads of the share table: source, quoted words, share. */
  columns: readonly [string, string, string];
  noSpeaker: string;
  percent: (whole: number) => string;
  sources: string;
  noSources: string;
  kind: Record<SpeakerKind, string>;
  notNamed: string;
  passages: (n: number) => string;
  unattributed: string;
  anonymous: string;
  noneFound: string;
  restingOnUnnamed: string;
  uncertain: string;
  granted: string;
  vagueHeading: string;
  footer: string;
}

const count = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;

export const ENGLISH_REPORT: ReportWords = {
  title: (t) => `Sourcing report: ${t}`,
  untitled: 'Untitled article',
  by: (name) => `by ${name}`,
  heading: 'Who is this story built on?',
  quotesFrom: (q, s, named, unnamed) =>
    `${count('quote', 'quotes')(q)} from ${count('source', 'sources')(s)}: ${named} named, ${unnamed} unnamed`,
  unnamedPassages: count('passage rests on an unnamed source', 'passages rest on an unnamed source'),
  grants: count('anonymity grant', 'anonymity grants'),
  reason: (r) => `reason given: ${r}`,
  noReason: 'no reason given',
  vague: count('vague attribution', 'vague attributions'),
  columns: ['Source', 'Quoted words', 'Share'],
  noSpeaker: 'no speaker found',
  percent: (n) => `${n}%`,
  sources: 'Sources',
  noSources: 'No attributed quotes found.',
  kind: { person: 'person', organization: 'organization', group: 'group', unnamed: 'unnamed source' },
  notNamed: 'not named',
  passages: count('passage rests on this source', 'passages rest on this source'),
  unattributed: 'Quotes without a speaker',
  anonymous: 'Anonymous sourcing',
  noneFound: 'None found.',
  restingOnUnnamed: 'Resting on an unnamed source',
  uncertain: 'uncertain',
  granted: 'Anonymity granted',
  vagueHeading: 'Vague attribution',
  footer: 'Made by Sourcelight, in the browser: nothing was sent anywhere.',
};
