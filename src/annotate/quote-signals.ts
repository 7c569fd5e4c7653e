import type { ReadText } from './document';
import { FUNCTION_WORDS } from './function-words';
import { SCARE_QUOTE_LEADS, TITLE_LEADS } from './scare-quote-leads';
import type { QuoteSpan } from './quotes';
import type { AttributedQuote } from './speakers';

/** What the quotation's own words look like: read first, since it often settles the question alone. */
export interface QuoteShape {
  words: number;
  endsSentence: boolean;
  endsComma: boolean;
  titleCase: boolean;
}

/** What the words around a quotation say about it, read from a bounded window around the marks. */
export interface QuoteSurroundings {
  afterPossessive: boolean;
  afterArticleOrPlace: boolean;
  afterVenueWord: boolean;
  afterScareWord: boolean;
  afterTitleWord: boolean;
  betweenNames: boolean;
  beforeNoun: boolean;
  headlineByline: boolean;
}

const TITLE_CONNECTORS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'is', 'at', 'de', 'du', 'la', 'le']); // "Orange is the New Black"

/** Articles and place prepositions before a name: on “The View”, the “Solid South”, in “Star Wars”. */
const NAME_OPENERS = new Set(['the', 'a', 'an', 'on', 'with', 'in', 'to', 'from', 'at']);

/** Words before the programme or outlet where someone spoke: said on “Meet the Press”, told “Fox and Friends”. */
const VENUE_LEADS = new Set(['on', 'with', 'told', 'in', 'from', 'at', 'of', 'for']);

const WORDISH = /[\p{L}\p{N}]/u;
const CLOSERS = new Set(['”', '"', '’', "'", '»', ')', ']']);

export function quoteShape(text: string, s: QuoteSpan): QuoteShape {
  // The first words are enough: the longest test (a title) looks at nine of them.
  const words = text
    .slice(s.innerStart, Math.min(s.innerEnd, s.innerStart + 120))
    .split(/\s+/)
    .filter((w) => WORDISH.test(w))
    .map(core);
  let tail = text.slice(Math.max(s.innerStart, s.innerEnd - 4), s.innerEnd).trim();
  while (tail.length > 0 && CLOSERS.has(tail.at(-1)!)) tail = tail.slice(0, -1);
  return { words: words.length, endsSentence: /[.!?]$/.test(tail), endsComma: /[,;:]$/.test(tail), titleCase: looksLikeTitle(words) };
}

export function quoteSurroundings(doc: ReadText, q: AttributedQuote, shape: QuoteShape): QuoteSurroundings {
  const { text } = doc;
  const s = q.span;
  const lead = text.slice(Math.max(0, s.start - 40), s.start);
  const prev = lastWord(lead);
  const leadEndsWord = /[\p{L}\p{N}.]\s$/u.test(lead);
  const leadWord = lead.slice(lead.lastIndexOf(' ', lead.length - 2) + 1);
  const after = text.slice(s.end, s.end + 30);
  const next = /^\s(\p{Ll}[\p{L}’'-]*)/u.exec(after)?.[1] ?? '';
  const open = !shape.endsSentence && !shape.endsComma;
  return {
    // ABC’s “Good Morning America”, the Lees’ “Ann Can Fix It”
    afterPossessive: leadEndsWord && /[’']s?$/.test(prev) && prev.length > 2,
    afterArticleOrPlace: leadEndsWord && NAME_OPENERS.has(prev),
    afterVenueWord: leadEndsWord && VENUE_LEADS.has(prev),
    afterScareWord: leadEndsWord && SCARE_QUOTE_LEADS.has(prev),
    afterTitleWord: leadEndsWord && TITLE_LEADS.has(prev),
    // Dwayne “The Rock” Johnson, Gov. C.L. “Butch” Otter
    betweenNames: open && leadEndsWord && /^\p{Lu}/u.test(leadWord) && /^\s\p{Lu}/u.test(after),
    // the “contested convention” scenario, a “Make America Great Again” hat
    beforeNoun: open && next !== '' && !FUNCTION_WORDS.has(next),
    // PLAYBOOK—“Museum to close at the end of December,” by Times’ Jane Doe: a story's headline.
    headlineByline: shape.endsComma && /^[\s,]*by\s/.test(after) && opensParagraph(text, doc.paragraphs[s.paragraph]!.start, s.start),
  };
}

/** The lowercase word just before the end of `lead` (letters, digits, ’ ' -), or "". */
function lastWord(lead: string): string {
  let e = lead.length;
  while (e > 0 && /\s/.test(lead[e - 1]!)) e--;
  let b = e;
  while (b > 0 && (WORDISH.test(lead[b - 1]!) || lead[b - 1] === '’' || lead[b - 1] === "'" || lead[b - 1] === '-')) b--;
  return lead.slice(b, e).toLowerCase();
}

/** Nothing but spaces, or a dash or colon, between the paragraph's start and `at` (scanned back a few characters). */
function opensParagraph(text: string, paraStart: number, at: number): boolean {
  let k = at - 1;
  while (k >= paraStart && /\s/.test(text[k]!)) k--;
  return k < paraStart || text[k] === '—' || text[k] === '–' || text[k] === '-' || text[k] === ':';
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
