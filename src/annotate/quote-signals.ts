import { CUE_VERBS } from './cue-verbs';
import type { ReadText, Sentence } from './document';
import { DETERMINERS, FUNCTION_WORDS } from './function-words';
import { lastStartingAtOrBefore } from './quote-mask';
import { hasWordForm, SPEECH_ACT_WORDS, SPEECH_NOUNS } from './quote-speech-words';
import { SCARE_QUOTE_LEADS, SLOGAN_CARRIERS, TITLE_LEADS, TITLE_ROLE_NOUNS } from './scare-quote-leads';
import type { QuoteSpan } from './quotes';
import type { AttributedQuote } from './speakers';
import { PARTY_WORDS } from './titles';

/** What the quotation's own words look like: read first, since it often settles the question alone. */
export interface QuoteShape {
  words: number;
  endsSentence: boolean;
  endsComma: boolean;
  titleCase: boolean;
  /** Nine to sixteen words, the whole quotation, every word capitalised or a connector: a long title (“Backfire: The Battle for the Soul of the Harbour”). */
  longTitle: boolean;
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
  /** The noun after it names something said: the “not ready yet” comment. */
  beforeSpeechNoun: boolean;
  /** A determiner or a possessive right before it: the “flex lane” plan, the council's “fresh start” budget. */
  afterDeterminer: boolean;
  /** A star, host or author of the work it names: a “City Lights” star. */
  beforeTitleRole: boolean;
  /** It opens its sentence, or follows one article or conjunction, and the sentence goes on in lowercase: “Gridlock” has become… */
  subjectSlot: boolean;
  /** Right before "by" and a capitalised name, as a work before its author: “Perfect Enough: …” by Ann Roe. */
  beforeAuthor: boolean;
  /** Right after a share of people, as a poll's answer: Thirty percent of riders “strongly agree”, (34% “agree”). */
  afterPercent: boolean;
  /** Open, right before a sign, shirt or hat it is printed on: waved “Vote Green” signs. */
  beforeSloganCarrier: boolean;
  /** A year in brackets after it, as after a dated slogan or work: “No to tolls” (2009). */
  beforeDate: boolean;
  headlineByline: boolean;
  /** The excerpt after a linked story's byline in a digest: …," by the Gazette's Ann Roe: “Excerpt …” */
  afterByline: boolean;
}

const TITLE_CONNECTORS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'is', 'at', 'de', 'du', 'la', 'le']); // "Orange is the New Black"

/** Articles and place prepositions before a name: on “The View”, the “Solid South”, in “Star Wars”. */
const NAME_OPENERS = new Set(['the', 'a', 'an', 'on', 'with', 'in', 'to', 'from', 'at']);

/** Words before the programme or outlet where someone spoke: said on “Meet the Press”, told “Fox and Friends”. */
const VENUE_LEADS = new Set(['on', 'with', 'told', 'in', 'from', 'at', 'of', 'for']);

const WORDISH = /[\p{L}\p{N}]/u;

const SPACE = /\s/;

/** JavaScript's \s, ASCII by char code (these tests run on every character of a quotation's opening), the rest by the regex. */
function isJsSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}

/** One UTF-16 unit is a letter or digit (WORDISH): ASCII by code, the rest by the regex. */
function isWordishUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORDISH.test(String.fromCharCode(c));
}

/** The word holds a letter or digit (WORDISH, which reads astral letters too): an ASCII one settles it. */
function hasWordish(w: string): boolean {
  let wide = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) wide = true;
    else if (isWordishUnit(c)) return true;
  }
  return wide && WORDISH.test(w);
}
const CLOSERS = new Set(['”', '"', '’', "'", '»', ')', ']']);

export function quoteShape(text: string, s: QuoteSpan): QuoteShape {
  // The first words are enough: the longest test (a title) looks at nine of them. Split at
  // whitespace by char code (as /\s+/ would), keeping the parts with a letter or digit, each cored.
  const end = Math.min(s.innerEnd, s.innerStart + 120);
  const words: string[] = [];
  for (let i = s.innerStart; i < end; ) {
    if (isJsSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isJsSpace(text.charCodeAt(j))) j++;
    const w = text.slice(i, j);
    if (hasWordish(w)) words.push(core(w));
    i = j;
  }
  let tail = text.slice(Math.max(s.innerStart, s.innerEnd - 4), s.innerEnd).trim();
  while (tail.length > 0 && CLOSERS.has(tail.at(-1)!)) tail = tail.slice(0, -1);
  const longTitle = words.length > 8 && words.length <= 16 && s.innerEnd <= end && allTitleWords(words);
  return { words: words.length, endsSentence: /[.!?]$/.test(tail), endsComma: /[,;:]$/.test(tail), titleCase: looksLikeTitle(words), longTitle };
}

/** The word after a quotation, lowercase or any case; capitals around it. Module constants (esbuild, as tsx runs it, compiles a \p{…} literal to `new RegExp`: inside a function it was rebuilt on every call). */
const NEXT_LOWERCASE_WORD = /^\s(\p{Ll}[\p{L}’'-]*)/u;
const NEXT_WORD = /^\s(\p{L}[\p{L}-]*)/u;
const STARTS_UPPER = /^\p{Lu}/u;
const SPACE_THEN_UPPER = /^\s\p{Lu}/u;

/**
 * The surroundings, each read only when asked (isReportedSpeech asks few of them of most
 * quotations, and stops at the first that settles it): getters over the lead and the text after
 * it, each a pure function of the text, so reading lazily changes no answer.
 */
export function quoteSurroundings(doc: ReadText, q: AttributedQuote, shape: QuoteShape): QuoteSurroundings {
  return new Surroundings(doc, q.span, shape);
}

class Surroundings implements QuoteSurroundings {
  private readonly lead: string;
  private readonly prev: string;
  private readonly leadEndsWord: boolean;
  private readonly after: string;
  private readonly open: boolean;
  /** The lowercase word after the quotation, read on first use (undefined until then). */
  private nextWord: string | undefined = undefined;

  constructor(
    private readonly doc: ReadText,
    private readonly s: QuoteSpan,
    private readonly shape: QuoteShape,
  ) {
    const { text } = doc;
    this.lead = text.slice(Math.max(0, s.start - 40), s.start);
    this.prev = lastWord(this.lead);
    this.leadEndsWord = endsWordThenSpace(this.lead);
    this.after = text.slice(s.end, s.end + 30);
    this.open = !shape.endsSentence && !shape.endsComma;
  }

  private get next(): string {
    return (this.nextWord ??= NEXT_LOWERCASE_WORD.exec(this.after)?.[1] ?? '');
  }

  // ABC’s “Good Morning America”, the Lees’ “Ann Can Fix It”
  get afterPossessive(): boolean {
    return this.leadEndsWord && /[’']s?$/.test(this.prev) && this.prev.length > 2;
  }

  get afterArticleOrPlace(): boolean {
    return this.leadEndsWord && NAME_OPENERS.has(this.prev);
  }

  get afterVenueWord(): boolean {
    return this.leadEndsWord && VENUE_LEADS.has(this.prev);
  }

  get afterScareWord(): boolean {
    if (!this.leadEndsWord) return false;
    if (SCARE_QUOTE_LEADS.has(this.prev)) return true;
    // the so-called Democratic “blue wall”, the so-called fiscal “cliff”: a lowercase or party word between "so-called"
    // and the term (not a people's name: so-called Mexican “rapists” repeats a speaker's word for them).
    const lead = this.lead.trimEnd();
    const word = lead.slice(lead.length - this.prev.length);
    const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase();
    return (!capitalised || PARTY_WORDS.has(this.prev)) && lastWord(lead.slice(0, lead.length - this.prev.length)) === 'so-called';
  }

  // the film “Selma”, or in apposition: her memoir, “Open Roads,”; the host of “Night Desk”; “Dock Life,” a film about
  get afterTitleWord(): boolean {
    const { lead, prev } = this;
    return (
      (this.leadEndsWord && (TITLE_LEADS.has(prev) || ((prev === 'of' || prev === 'in') && TITLE_ROLE_NOUNS.has(lastWord(lead.slice(0, -3)))))) ||
      (lead.endsWith(', ') && TITLE_LEADS.has(lastWord(lead.slice(0, -2)))) ||
      (this.shape.endsComma && appositionNamesTitle(this.after))
    );
  }

  // Dwayne “The Rock” Johnson, Gov. C.L. “Butch” Otter
  get betweenNames(): boolean {
    const { lead } = this;
    const leadWord = lead.slice(lead.lastIndexOf(' ', lead.length - 2) + 1);
    return this.open && this.leadEndsWord && STARTS_UPPER.test(leadWord) && SPACE_THEN_UPPER.test(this.after);
  }

  // the “split council” scenario, a “Vote Green Today” hat
  get beforeNoun(): boolean {
    return this.open && this.next !== '' && !FUNCTION_WORDS.has(this.next);
  }

  get beforeSpeechNoun(): boolean {
    return this.next !== '' && hasWordForm(SPEECH_NOUNS, this.next);
  }

  get afterDeterminer(): boolean {
    return this.leadEndsWord && (DETERMINERS.has(this.prev) || /[’']s$/.test(this.prev));
  }

  get beforeTitleRole(): boolean {
    return TITLE_ROLE_NOUNS.has(NEXT_WORD.exec(this.after)?.[1]?.toLowerCase() ?? '');
  }

  get beforeAuthor(): boolean {
    return BY_NAME.test(this.after);
  }

  get afterPercent(): boolean {
    return PERCENT_LEAD.test(this.lead);
  }

  get beforeSloganCarrier(): boolean {
    return this.open && SLOGAN_CARRIERS.has(NEXT_WORD.exec(this.after)?.[1]?.toLowerCase() ?? '');
  }

  get subjectSlot(): boolean {
    return this.open && this.next !== '' && opensSentence(this.doc, this.s.start);
  }

  get beforeDate(): boolean {
    return this.after.startsWith(' (') && /^ \((?:[^()]{0,40}\s)?(?:1[89]|20)\d\d\)/.test(this.doc.text.slice(this.s.end, this.s.end + 50));
  }

  // CITY DESK—“Bakery to close at the end of May,” by the Gazette’s Jane Doe: a story's headline.
  get headlineByline(): boolean {
    const { doc, s } = this;
    return this.shape.endsComma && /^[\s,]*by\s/.test(this.after) && opensParagraph(doc.text, doc.paragraphs[s.paragraph]!.start, s.start);
  }

  get afterByline(): boolean {
    const { doc, s } = this;
    return this.lead.endsWith(': ') && BYLINE_LEAD.test(doc.text.slice(Math.max(doc.paragraphs[s.paragraph]!.start, s.start - 90), s.start));
  }
}

const WORD_THEN_SPACE = /[\p{L}\p{N}.]\s$/u;

/** A letter, digit or period, then one space, ending `lead` (WORD_THEN_SPACE): ASCII by code, since an end-anchored regex tries every start. */
function endsWordThenSpace(lead: string): boolean {
  const n = lead.length;
  if (n < 2 || !isJsSpace(lead.charCodeAt(n - 1))) return false;
  const c = lead.charCodeAt(n - 2);
  return c < 128 ? c === 46 || isWordishUnit(c) : WORD_THEN_SPACE.test(lead);
}

/** ' by Ann', ', by Ann': "by" and a capitalised word after a quotation. */
const BY_NAME = /^,? by \p{Lu}/u;

/** "34% ", "(34% ", "Thirty percent of riders ": a share, and at most the group it is of, before the quotation. */
const PERCENT_LEAD = /(?:\d%|\bper ?cent)(?: of [\p{L}-]+)?\s\(?$/u;

/** The noun of an apposition after a title, its first or second word: “Dock Life,” a film about…, “Dock Life,” a new documentary… */
const APPOSITION = /^ an? ([\p{L}-]+) (\p{L}+)/u;

function appositionNamesTitle(after: string): boolean {
  const m = APPOSITION.exec(after);
  return m !== null && (TITLE_LEADS.has(m[1]!) || TITLE_LEADS.has(m[2]!));
}

/** …," by The Gazette's Ann Roe: — a story's byline in a digest, ending in the colon that introduces its excerpt. */
const BYLINE_LEAD = /[,"”’']\s*by\s[^:]{3,70}:\s$/;

/** Words that may stand before a term opening its sentence: “Gridlock” has…, But “gridlock” is…, The “flex” plan… */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'what', 'but', 'and', 'so', 'yet']);

/** Nothing, or one opener word, between its sentence's start and `at`. */
function opensSentence(doc: ReadText, at: number): boolean {
  const si = lastStartingAtOrBefore(doc.sentences, at);
  const sentence = doc.sentences[si];
  if (!sentence) return false;
  // The longest opener and its spaces fit in a few characters: longer leads are never sliced.
  if (at - sentence.start > 12) return false;
  const before = doc.text.slice(sentence.start, at).trim();
  return before === '' || (before.length <= 4 && SUBJECT_OPENERS.has(before.toLowerCase()));
}

/** A word of saying anywhere outside quotation marks in the quotation's sentence (a cue verb, "called", "the phrase"). */
export function sentenceHasSpeechWord(doc: ReadText, at: number): boolean {
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, at)];
  if (!sentence) return false;
  // Read once per sentence, however many of its quotations ask.
  let found = speechWordSeen.get(sentence);
  if (found === undefined) {
    found = false;
    for (const t of sentence.toks) {
      if (t.quoted || !t.word) continue;
      if (CUE_VERBS.has(t.lower) || hasWordForm(SPEECH_ACT_WORDS, t.lower)) {
        found = true;
        break;
      }
    }
    speechWordSeen.set(sentence, found);
  }
  return found;
}

const speechWordSeen = new WeakMap<Sentence, boolean>();

/** The lowercase word just before the end of `lead` (letters, digits, ’ ' -), or "". */
function lastWord(lead: string): string {
  let e = lead.length;
  while (e > 0 && isJsSpace(lead.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0) {
    const c = lead.charCodeAt(b - 1);
    if (!isWordishUnit(c) && c !== 0x2019 && c !== 39 && c !== 45) break; // letters, digits, ’ ' -
    b--;
  }
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
  while (a < b && !isWordishUnit(w.charCodeAt(a))) a++;
  while (b > a && !isWordishUnit(w.charCodeAt(b - 1))) b--;
  return w.slice(a, b);
}

function looksLikeTitle(words: string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  return allTitleWords(words);
}

/** Every word capitalised (or a number), or after the first a connector: "Orange is the New Black". */
function allTitleWords(words: string[]): boolean {
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_CONNECTORS.has(w.toLowerCase())));
}
