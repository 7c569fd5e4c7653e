import type { ReadText } from './document';
import { FUNCTION_WORDS } from './function-words';
import { SCARE_QUOTE_LEADS, TITLE_LEADS } from './scare-quote-leads';
import type { AttributedQuote } from './speakers';

/**
 * What the words in and around a quotation say about it: yes/no signals and its length in words,
 * read from a bounded window around the marks. scare-quotes.ts decides with them.
 */
export interface QuoteSignals {
  words: number;
  endsSentence: boolean;
  endsComma: boolean;
  titleCase: boolean;
  afterPossessive: boolean;
  afterArticleOrPlace: boolean;
  afterScareWord: boolean;
  afterTitleWord: boolean;
  betweenNames: boolean;
  beforeNoun: boolean;
  headlineByline: boolean;
}

const TITLE_CONNECTORS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'is', 'at', 'de', 'du', 'la', 'le']); // "Orange is the New Black"

/** Articles and place prepositions before a name: on “The View”, the “Solid South”, in “Star Wars”. */
const NAME_OPENERS = new Set(['the', 'a', 'an', 'on', 'with', 'in', 'to', 'from', 'at']);

const WORDISH = /[\p{L}\p{N}]/u;
const CLOSERS = new Set(['”', '"', '’', "'", '»', ')', ']']);

export function quoteSignals(doc: ReadText, q: AttributedQuote): QuoteSignals {
  const { text } = doc;
  const s = q.span;
  // The first words are enough: the longest test (a title) looks at nine of them.
  const words = text
    .slice(s.innerStart, Math.min(s.innerEnd, s.innerStart + 120))
    .split(/\s+/)
    .filter((w) => WORDISH.test(w))
    .map(core);
  let tail = text.slice(Math.max(s.innerStart, s.innerEnd - 4), s.innerEnd).trim();
  while (tail.length > 0 && CLOSERS.has(tail.at(-1)!)) tail = tail.slice(0, -1);
  const endsSentence = /[.!?]$/.test(tail);
  const endsComma = /[,;:]$/.test(tail);
  const lead = text.slice(Math.max(0, s.start - 40), s.start);
  const prev = lead.toLowerCase().split(/[^\p{L}\p{N}’'-]+/u).filter(Boolean).at(-1) ?? '';
  const leadEndsWord = /[\p{L}\p{N}.]\s$/u.test(lead);
  const leadWord = lead.slice(lead.lastIndexOf(' ', lead.length - 2) + 1);
  const after = text.slice(s.end, s.end + 30);
  const next = /^\s(\p{Ll}[\p{L}’'-]*)/u.exec(after)?.[1] ?? '';
  const para = doc.paragraphs[s.paragraph]!;
  const opener = text.slice(para.start, s.start).trim();
  return {
    words: words.length,
    endsSentence,
    endsComma,
    titleCase: looksLikeTitle(words),
    // ABC’s “Good Morning America”, the Bushes’ “Jeb Can Fix It”
    afterPossessive: leadEndsWord && /[’']s?$/.test(prev) && prev.length > 2,
    afterArticleOrPlace: leadEndsWord && NAME_OPENERS.has(prev),
    afterScareWord: leadEndsWord && SCARE_QUOTE_LEADS.has(prev),
    afterTitleWord: leadEndsWord && TITLE_LEADS.has(prev),
    // Dwayne “The Rock” Johnson, Gov. C.L. “Butch” Otter
    betweenNames: leadEndsWord && /^\p{Lu}/u.test(leadWord) && /^\s\p{Lu}/u.test(after) && !endsSentence && !endsComma,
    // the “contested convention” scenario, a “Make America Great Again” hat
    beforeNoun: next !== '' && !FUNCTION_WORDS.has(next) && !endsSentence && !endsComma,
    // PLAYBOOK—“Museum to close at the end of December,” by Times’ Jane Doe: a story's headline.
    headlineByline: endsComma && /^[\s,]*by\s/.test(after) && (opener === '' || /[—–:-]$/.test(opener)),
  };
}

/** The word without the punctuation around it ("(Our" -> "Our", "Joe," -> "Joe"). */
function core(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !WORDISH.test(w[a]!)) a++;
  while (b > a && !WORDISH.test(w[b - 1]!)) b--;
  return w.slice(a, b);
}

function looksLikeTitle(words: string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_CONNECTORS.has(w.toLowerCase())));
}
