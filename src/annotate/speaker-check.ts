import type { Attribution } from './cues';
import { CAPITALISED_NON_NAMES, DETERMINERS, FUNCTION_WORDS } from './function-words';
import { PARTITIVE_HEADS, UNNAMED_HEADS, VAGUE_GROUPS } from './anonymity-phrases';
import { readPhrase, type PhraseReading } from './names';
import { DOCUMENT_HEADS, ORG_HEADS } from './organisations';
import { PERSON_NOUNS } from './person-nouns';
import { GEO_HEADS, PLACE_LEADS, PLACE_PARTS, placeKey, PLACES } from './places';
import { appositiveAfter } from './appositive';
import { COMMON_WORD_ENDING, CREDIT_WORDS, DANGLING_ENDS, KIN_NOUNS, NAME_PARTICLES, PEOPLE_MARKS, ORG_DESCRIPTORS, TITLED, ORG_LAST_WORDS, SPEAKING_NOUNS, THING_FIRST_WORDS, THING_LAST_WORDS } from './speaker-words';
import { PARTY_WORDS, ROLE_HEADS, TITLE_WORDS } from './titles';
import { endsAnyPossessive, endsPossessive, isLiveTimeStamp, joinTexts, stripPossessive, withoutApostrophe, type Token } from './tokens';
import { POST_MODIFIERS } from './coref-words';
import { isOccupationNoun } from './occupations';
import { SUBJECT_PRONOUNS } from './pronouns';
import { mayHold, wordFilter } from './word-filter';
import { NameUses } from './name-uses';

/** What the check needs to know of the article beyond the source phrase. */
export interface SpeakerContext {
  text: string;
  /** The text's whole words as written, read once when first asked (see `wordsOf`). */
  words: { has(word: string): boolean };
  /** Tokens of the attribution's sentence. */
  toks: readonly Token[];
  /** Surname → the fullest name the article gives it ("reeves" → "Rachel Reeves"). */
  fullNames: ReadonlyMap<string, string>;
  /** First words of the article's multi-word names ("keith" for "Keith Joseph"), lowercase. */
  firstNames: { has(word: string): boolean };
}

/**
 * Whether a source phrase is plausibly a speaker, and what kind: returns the reading to resolve
 * (cleaned, or re-typed: "Canada said" is an organisation, "PSPC said" too), or null when the phrase
 * is no speaker ("the tank", "in Sydney told", "Each episode begins"). Only set lookups over the
 * few words of the phrase (a lone sentence-initial word is looked up in the text's words, `wordsOf`).
 */
export function checkSpeaker(r: PhraseReading, a: Attribution, ctx: SpeakerContext): PhraseReading | null {
  switch (r.type) {
    case 'person':
      return checkPerson(r, a, ctx);
    case 'description':
    case 'unnamed':
    case 'group':
      return checkDescription(r, a, ctx, true);
    default:
      return r;
  }
}

/** Shares of a group and the pronouns checkDescription answers for otherwise ("one of", "them", "those"), and the readings of pronouns. */
const NOT_PLAIN_WORDS: ReadonlySet<string> = new Set(['them', 'those', 'his', 'her', 'their']);

/**
 * A sentence subject with no cue that can never be a speaker: lowercase words (as written, no
 * apostrophe, no French "-t-il", no "al-" particle) none of which can speak, none a pronoun or a
 * share; the first may be a capitalised determiner ("The plan would …") when the head is another
 * word and the phrase ends on no dangling word. readPhrase reads such a phrase as a description (a
 * document's head can speak) and checkDescription turns it down: the answer checkSpeaker would
 * give, found without reading the phrase (asked of every sentence with no cue).
 */
export function neverSpeaks(src: readonly Token[], head: number): boolean {
  const h = src[head];
  // The cheap tests of every word first (a name or a pronoun fails at once), then the head (most often a noun that speaks), then the rest.
  if (!h || !canBePlain(h, false) || DANGLING_ENDS.has(src[src.length - 1]!.lower)) return false;
  for (let i = 0; i < src.length; i++) if (i !== head && !canBePlain(src[i]!, i === 0)) return false;
  if (canSpeak(h.lower)) return false;
  for (let i = 0; i < src.length; i++) if (i !== head && canSpeak(src[i]!.lower)) return false;
  return true;
}

/**
 * A word neverSpeaks lets through before asking whether it can speak: lowercase as written (or, as
 * the phrase's first word but not its head, a capitalised determiner), none of the words the readers treat apart.
 */
function canBePlain(t: Token, first: boolean): boolean {
  const w = t.lower;
  if (!t.word || (t.text !== w && !(first && DETERMINERS.has(w)))) return false;
  return !w.includes("'") && !w.includes('-t-') && !SUBJECT_PRONOUNS.has(w) && !NOT_PLAIN_WORDS.has(w) && !ONE_OF.has(w) && !NAME_PREFIX.test(w);
}

/** "al-Awlaki": a lowercase particle that isNameWord takes for part of a name. */
const NAME_PREFIX = /^(?:al|el|bin|ibn)-/;

/** Prepositions after which a lone capitalised word before a cue is a place ("the delegate in Valencia, Pilar Bernabé, told"). */
const IN_AT: ReadonlySet<string> = new Set(['in', 'at']);

/** Prepositions that put a place in a modifier, not in the subject: "a professor in Sydney told Reuters". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'of', 'from', 'to', 'near', 'across', 'outside', 'inside', 'throughout', 'for']);

type Person = Extract<PhraseReading, { type: 'person' }>;

function checkPerson(r: Person, a: Attribution, ctx: SpeakerContext): PhraseReading | null {
  let name = withoutApostrophe(r.name);
  // "Don't tell me …", "I’ve read …": a contraction opens a sentence, it names no one.
  if (hasApostrophe(name) && CONTRACTION.test(name)) return null;
  let title = r.title;
  let honorific = r.honorific;
  // "Senator Mitch McConnell of Kentucky", "National Bank of Canada", "A colleague of Rothman's": the name after "of" is not the speaker's own.
  if (title === 'of') title = null; // "in the mouth of Donald Trump, who proclaimed"
  // "Images via City Archive": a picture credit names no source.
  if (title && CREDIT_WORDS.has(title.slice(title.lastIndexOf(' ') + 1).toLowerCase())) return null;
  if (title && title.endsWith(' of')) {
    const before = title.split(' ').slice(0, -1);
    const last = before[before.length - 1]?.toLowerCase() ?? '';
    if (CREDIT_WORDS.has(last)) return null;
    // "Thousands of Tunisians marched": a crowd of a people, not a person.
    if (before.length === 1 && SHARES.has(last)) {
      const head = stripPossessive(name.toLowerCase());
      return canSpeak(head) ? { type: 'description', head, text: `${before[0]} of ${name}`, definite: false } : null;
    }
    if (ORG_LAST_WORDS.has(last) || ORG_HEADS.has(last)) return { type: 'organization', name: `${before.join(' ')} of ${name}` };
    let k = before.length;
    while (k > 0 && isNameWord(before[k - 1]!) && !TITLE_WORDS.has(before[k - 1]!.toLowerCase())) k--;
    if (k === before.length) {
      // "a colleague of Rothman's": a description of someone else.
      const head = stripPossessive(last);
      return head && !FUNCTION_WORDS.has(head) ? checkDescription({ type: 'description', head, text: `${before.join(' ')} of ${name}`, definite: false }, a, ctx, false) : null;
    }
    name = before.slice(k).join(' ');
    title = k > 0 ? before.slice(0, k).join(' ') : null;
  }
  // "Brian M. Good": a middle initial read as the French honorific "M.".
  if (honorific === 'm' && title && title.split(' ').every((w) => isNameWord(w) && !TITLE_WORDS.has(w.toLowerCase()))) {
    name = `${title} M. ${name}`;
    title = null;
    honorific = null;
  }
  // (Most names are one word: no split for them, and no join below when no word was dropped.)
  const split = name.includes(' ') ? name.split(' ') : [name];
  const written = split.length;
  let words = split.includes('') ? split.filter((w) => w.length > 0) : split;
  // "the geophysicist Daniel Rothman", "Clinton ally James Carville": words before the last lowercase one describe the name after it.
  let lead = words.length - 1;
  while (lead >= 0 && (isNameWord(words[lead]!) || NAME_PARTICLES.has(words[lead]!))) lead--;
  if (lead >= 0) {
    const before = words[lead]!;
    // "using Weather Underground", "Perhaps the": a verb or a function word, not an occupation.
    if (lead === words.length - 1 || (/ing$/.test(before) && !before.includes('-')) || FUNCTION_WORDS.has(before) || DETERMINERS.has(before)) return null;
    const description = words.slice(0, lead + 1).join(' ');
    title = title ? `${title} ${description}` : description;
    words = words.slice(lead + 1);
    while (words.length > 1 && NAME_PARTICLES.has(words[0]!)) words.shift();
  }
  // ("Al From": a capitalised one after a name is the surname; the phrase reader takes it only there.)
  while (words.length > 1 && DANGLING_ENDS.has(words[words.length - 1]!)) words.pop();
  // "Maybe Trump is …": a capitalised opener before a name the article gives otherwise ("Donald Trump").
  if (words.length > 1 && opensSentence(a, ctx)) {
    const full = ctx.fullNames.get(stripPossessive(words[words.length - 1]!.toLowerCase()));
    const opener = words[0]!.toLowerCase();
    // (…but "Le Pen said" opening the sentence keeps its particle: "Le" is part of "Marine Le Pen".)
    if (full && !full.startsWith(words[0]!) && !NAME_PARTICLES.has(opener) && (CAPITALISED_NON_NAMES.has(opener) || occursInLowercase(ctx, opener))) words = words.slice(1);
  }
  if (words !== split || words.length !== written) name = words.join(' ');
  const surname = name === r.name ? r.surname : stripPossessive(words[words.length - 1]!.toLowerCase());
  // Judged by the fullest form the article gives ("the Bill" → "Data Retention Bill", "Jordan" → "Jim Jordan").
  // …but a lone place that also ends agencies' names is itself ("Canada said" after "Statistics Canada"),
  // and so is one the article also names a part of ("Kenya has said" after "West Kenya"; "Israel said" after "Steve Israel" is his).
  let full = longer(ctx.fullNames.get(surname), name);
  if (words.length === 1 && full !== name && PLACES.has(surname) && (ORG_LAST_WORDS.has(surname) || PLACE_PARTS.has(full.slice(0, full.indexOf(' ')).toLowerCase()))) full = name;
  const facts = nameFacts(full);
  const { multi, first, last } = facts;
  // "Hurricane Sandy slammed", "The Data Retention Bill will be debated": things do not speak.
  if (facts.thing) return null;
  // "a Utah Republican said", "Democratic calls for her": a party word ending the name is a member or a side, not a surname
  // ("the Utah Republican" may be the person the article described so).
  if (!honorific && facts.party) return { type: 'description', head: last, text: full, definite: a.source?.[0]?.lower === 'the' };
  const known = full.includes(' ') || ctx.firstNames.has(stripPossessive(words[0]!.toLowerCase()));
  const bare = !honorific && !title;
  // A place alone: its government where it is the subject of a cue ("Canada said"), otherwise no speaker.
  if (bare && facts.place) {
    return standsForGovernment(a, ctx) ? { type: 'organization', name: full } : null;
  }
  // "the delegate in Valencia, Pilar Bernabé, told": a lone name right after "in" or "at" is where, not who.
  // ("in Lee’s words" is Lee's.)
  if (bare && words.length === 1 && a.sourceAt > 0 && IN_AT.has(ctx.toks[a.sourceAt - 1]!.lower) && !endsPossessive(ctx.toks[a.sourceAt]!.text)) return null;
  // "PSPC said", "the IDF said": an acronym is an organisation.
  // …but "NEW: “…”", "UPDATE:": a common word in capitals labelling a line names no one.
  if (bare && words.length === 1 && name.length >= 2 && name.length <= 5 && /^[A-Z]{2,5}$/.test(name)) return a.cue.text === ':' && occursInLowercase(ctx, first) ? null : { type: 'organization', name: full };
  // "The Coalition Against Trump marched": a capitalised function word inside the name.
  if (bare && facts.titled) return { type: 'organization', name: full };
  // "Airbus A330 landed": a model number names a thing.
  if (facts.numbered) return null;
  // "the satellite company Telesat", "the media tracking firm AdImpact": the noun before the phrase says it is a company.
  // …inside the phrase too: "according to whale rescue group Fin Watch".
  if (!honorific && (bare ? a.source && ORG_DESCRIPTORS.has(ctx.toks[a.sourceAt - 1]?.lower ?? '') : title !== null && ORG_DESCRIPTORS.has(title.slice(title.lastIndexOf(' ') + 1)))) return { type: 'organization', name: full };
  // "the Catholic Church", "Whole Foods", "Yahoo Finance", "the Treasury"; "Ukraine’s Air Force" too.
  if ((bare || (!honorific && endsPossessive(title ?? ''))) && facts.orgEnding) {
    return { type: 'organization', name: full };
  }
  // "Cloud Harbor said it would …" where the article calls it "Cloud Harbor, an online weather service": a company
  // (asked only when the sentence says "it" of the name: the article is searched then).
  // (A sentence subject with no cue counts: "In 1995 Cloud Harbor realized it could …".)
  if (bare && multi && !honorific && calledIt(a, ctx, true) && describedAsCompanyOnce(full, nearSource(a, ctx))) return { type: 'organization', name: full };
  // "the Church accused", "the Bill would require": a person is not "the X".
  if (bare && a.source && a.source[0]!.lower === 'the' && !known) return { type: 'organization', name };
  if (bare && words.length === 1 && !known) {
    // "According to Jane’s, the fleet …": a possessive with no noun after it is a shop's or a publication's name.
    const end = a.source ? ctx.toks[a.sourceAt + a.source.length - 1] : undefined;
    const after = end ? ctx.toks[a.sourceAt + a.source!.length] : undefined;
    if (end && endsPossessive(end.text) && after && !after.word && !after.quoted && (after.text === ',' || after.text === '.')) return { type: 'organization', name: end.text };
    if (FUNCTION_WORDS.has(first) || CAPITALISED_NON_NAMES.has(first) || DETERMINERS.has(first)) return null;
    // "Donors said", "Employees said", "Engineers had warned": a capitalised plural of a source or occupation noun is a group, not a surname.
    if (first.endsWith('s') && (UNNAMED_HEADS.has(first.slice(0, -1)) || first.endsWith('ees') || isOccupationNoun(first.slice(0, -1)))) return { type: 'description', head: first, text: name, definite: false };
    // "according to Palestinian tallies" cut after its first word: a demonym before a lowercase noun is no one.
    if (first.endsWith('ian') || first.endsWith('ese') || first.endsWith('ish')) {
      const next = ctx.toks[a.sourceAt + (a.source?.length ?? 0)];
      if (next && next.word && !next.cap && !next.quoted && next.start !== a.cue.start) return null;
    }
    // "Mirenians worry", "Tawhiri believe": a plural demonym, or a name the article gives a people ("the Tawhiri tribe"), is a group.
    if (isDemonymPlural(name) || namesAPeople(name, nearSource(a, ctx))) return { type: 'group', head: first, text: name };
    // "Cash is king", "Simplest way of explaining is …", "Chair down:": a capitalised common word opening the sentence.
    if (opensSentence(a, ctx) && (/(?:est|ly)$/.test(first) || occursInLowercase(ctx, first))) {
      // …unless the common word is one that speaks: "Leaders of the organization said".
      return canSpeak(first, true) ? { type: 'description', head: first, text: name, definite: false } : null;
    }
    // A word the article capitalises only where a sentence opens: "Lodgers described …" is a group (the
    // plural of a noun that speaks); "Dependence on … has shot up", "Knowing the route is vital" and
    // "Bond quotes" (a lowercase noun right after it) are common words. ("Okafor openly admitted" stays a name.)
    if (opensSentence(a, ctx) && !capitalisedMidSentence(nearSource(a, ctx), name, ctx.toks[a.sourceAt]!.start)) {
      if (canSpeak(first, true) || (first.endsWith('s') && canSpeak(first) && (!first.endsWith('ers') || agentOfCommonWord(ctx, first)))) return { type: 'description', head: first, text: name, definite: false };
      const next = ctx.toks[a.sourceAt + 1];
      // "Members of the conservative press accused", "Executives for Acme said": a common noun the phrase goes on to qualify.
      if (next && a.source!.length > 2 && (next.lower === 'of' || next.lower === 'for' || next.lower === 'from')) {
        return checkDescription({ type: 'description', head: first, text: joinTexts(a.source!), definite: false }, a, ctx, true);
      }
      if (COMMON_WORD_ENDING.test(first) || (next && next.word && !next.cap && !next.quoted && next.start !== a.cue.start && !FUNCTION_WORDS.has(next.lower) && !next.lower.endsWith('ly'))) return null;
    }
    // "SingTel", "eMarketer": a capital inside a single word that is no Mc/Mac/De name is a brand.
    // …and "Acme said it would …": a lone name the sentence goes on to call "it" is a company.
    // (…but "her brother, Henry, wrote that it …": a name in apposition to a kin or person noun is that person.)
    if ((/^\p{Ll}|^[A-Z][a-z]+[A-Z]/u.test(name) && !/^(?:Mc|Mac|De|Di|La|Le|Van|O')/.test(name)) || (calledIt(a, ctx) && !kinAppositive(a, ctx)) || describedAsCompanyOnce(name, nearSource(a, ctx))) return { type: 'organization', name };
  }
  if (name === r.name && title === r.title && honorific === r.honorific) return r;
  return { ...r, name, surname, title, honorific };
}

/** What checkPerson reads of a full name alone, wherever it stands (one Map read for a name seen before, not a dozen lookups). */
interface NameFacts {
  /** More than one word. */
  multi: boolean;
  /** The first and last words, lowercase, possessive dropped (the same word for a one-word name). */
  first: string;
  last: string;
  /** "Hurricane Sandy", "the Data Retention Bill": a thing's name. */
  thing: boolean;
  /** "Utah Republican": ends on a party word. */
  party: boolean;
  /** "Canada", "New Zealand", "Lake Erie": a place's name. */
  place: boolean;
  /** "Coalition Against Trump": a capitalised function word inside (TITLED). */
  titled: boolean;
  /** "Airbus A330": a digit in a multi-word name's last word. */
  numbered: boolean;
  /** "Catholic Church", "Whole Foods": ends on a word organisations' names end on. */
  orgEnding: boolean;
}

/**
 * The facts of names already read (the same names recur in an article and across articles). Only
 * fixed word lists are read to make them, so they hold for any text; bounded, cleared when full.
 */
const NAME_FACTS = new Map<string, NameFacts>();
const NAME_FACTS_MAX = 4096;

function nameFacts(full: string): NameFacts {
  let facts = NAME_FACTS.get(full);
  if (facts === undefined) {
    if (NAME_FACTS.size >= NAME_FACTS_MAX) NAME_FACTS.clear();
    NAME_FACTS.set(full, (facts = readNameFacts(full)));
  }
  return facts;
}

function readNameFacts(full: string): NameFacts {
  // Only the first and last words are looked up (the whole name only for a place): no per-word work.
  const space = full.indexOf(' ');
  const lastSpace = full.lastIndexOf(' ');
  const multi = space > 0;
  const first = stripPossessive((multi ? full.slice(0, space) : full).toLowerCase());
  const last = multi ? stripPossessive(full.slice(lastSpace + 1).toLowerCase()) : first;
  return {
    multi,
    first,
    last,
    thing: THING_FIRST_WORDS.has(first) || (multi && THING_LAST_WORDS.has(last)),
    party: PARTY_WORDS.has(last),
    place: (multi ? PLACE_LEADS.has(first) && PLACES.has(placeKey(stripPossessive(full.toLowerCase()))) : PLACES.has(first)) || (multi && GEO_HEADS.has(last)),
    titled: multi && TITLED.test(full),
    numbered: multi && hasDigit(last),
    orgEnding: ORG_LAST_WORDS.has(last) || ORG_HEADS.has(last),
  };
}

/** Pronouns a sentence refers back to its subject with: "it"/"its" for a thing or company, the others for people. */
const BACK_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'he', 'his', 'him', 'she', 'her', 'they', 'their']);
const BACK_SHAPES = wordFilter(BACK_PRONOUNS);

/**
 * The first pronoun after the source's cue in its sentence (a dozen words at most, quotations
 * skipped) is "it" or "its". The dummy "it" ("Smith said it was a mistake") is caught too, but a
 * person's name standing alone, never given in full, is rare: on train 20 of the 21 names this
 * re-types are companies (Twitter, Amazon, Apple …).
 */
function calledIt(a: Attribution, ctx: SpeakerContext, orSubject = false): boolean {
  if (a.inverted || (a.cueless && !orSubject) || a.sourceAt < 0) return false;
  const from = a.sourceAt + (a.source?.length ?? 0);
  for (let k = from; k < Math.min(ctx.toks.length, from + 12); k++) {
    const t = ctx.toks[k]!;
    if (!t.quoted && mayHold(BACK_SHAPES, t.lower) && BACK_PRONOUNS.has(t.lower)) return t.lower === 'it' || t.lower === 'its';
  }
  return false;
}

/** Answers kept per article (its NameUses) and question: a question that recurs in an article is worked out once. */
type Answers = WeakMap<NameUses, Map<string, boolean>>;

function answerOnce(cache: Answers, uses: NameUses, key: string, work: () => boolean): boolean {
  let answers = cache.get(uses);
  if (answers === undefined) cache.set(uses, (answers = new Map()));
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = work()));
  return answer;
}

/** describedAsCompany's answers, by window and name: a name recurs, its searches of the article are made once. */
const companyAnswers: Answers = new WeakMap();

function describedAsCompanyOnce(name: string, near: Near): boolean {
  // (Every window of an article is the whole text: the name alone is the key.)
  const key = near.start === 0 && near.end === near.uses.text.length ? name : `${near.start}:${near.end}:${name}`;
  return answerOnce(companyAnswers, near.uses, key, () => describedAsCompany(name, near));
}

/**
 * "Waze, a free navigation app that …": somewhere in the article the lone name has a company's noun in
 * apposition (its first three ", " only), or right before it: "the satellite company Orbicom" (its first five).
 */
function describedAsCompany(name: string, near: Near): boolean {
  const { uses, start, end } = near;
  const { text } = uses;
  const key = `${name}, `;
  for (let i = uses.next(key, start, end), n = 0; i >= 0 && n < 3; i = uses.next(key, i + 1, end), n++) {
    const ap = appositiveAfter(text.slice(i + name.length, Math.min(end, i + name.length + 100)));
    if (ap && ORG_DESCRIPTORS.has(ap.head)) return true;
  }
  const after = ` ${name}`;
  for (let i = uses.next(after, start, end), n = 0; i > start && n < 5; i = uses.next(after, i + 1, end), n++) {
    if (isLetterIn(near, i + after.length)) continue;
    const from = Math.max(start, text.lastIndexOf(' ', i - 1) + 1);
    if (ORG_DESCRIPTORS.has(text.slice(from, i))) return true;
  }
  return false;
}

/** Plurals of demonyms: "Mirenians", "Koreans", "Americans" (longer than a surname like "Means" or "Deans"). */
const DEMONYM_PLURAL = /(?:ian|ean|can)s$/;

/** Shorter plural demonyms of six letters or more: "Iowans", "Ohioans", "Texans", "Hispanics" ("Evans" and "Means" are shorter; "Caltrans" is an agency). */
const SHORT_DEMONYM_PLURAL = /(?:[a-qs-z]an|[a-z]ic)s$/;

/** A capitalised plural demonym as written: "Iowans", "Hispanics", "Koreans". */
function isDemonymPlural(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const lower = w.toLowerCase();
  return (lower.length > 6 && DEMONYM_PLURAL.test(lower)) || (lower.length > 5 && SHORT_DEMONYM_PLURAL.test(lower));
}

/**
 * The searches for a name's other uses in the article (describedAsCompany, namesAPeople,
 * capitalisedMidSentence) read the text within this reach of the source. Every article is far
 * shorter; a 10 MB text (a feed pasted whole) must not make each search read all of it, or the
 * engine's time would grow with the square of the text.
 */
const SEARCH_REACH = 100_000;

/** The text within SEARCH_REACH of a position: [start, end) of the article's text, searched through its NameUses. */
interface Near {
  uses: NameUses;
  start: number;
  end: number;
}

/** The name uses of the text last checked: kept while the same text is checked (its answers, below, with it). */
let lastUses: NameUses | null = null;

function usesOf(text: string): NameUses {
  if (lastUses === null || lastUses.text !== text) lastUses = new NameUses(text);
  return lastUses;
}

function nearSource(a: Attribution, ctx: SpeakerContext): Near {
  const uses = usesOf(ctx.text);
  const at = ctx.toks[a.sourceAt]?.start ?? 0;
  return { uses, start: Math.max(0, at - SEARCH_REACH), end: Math.min(ctx.text.length, at + SEARCH_REACH) };
}

/** A letter at `i` inside the window (outside it, as past the end of a text, there is none). */
function isLetterIn(near: Near, i: number): boolean {
  return i >= near.start && i < near.end && isLetter(near.uses.text.charCodeAt(i));
}

/** The article puts a people's noun right after the name somewhere ("the Tawhiri tribe"; its first five uses). */
function namesAPeople(name: string, near: Near): boolean {
  const { uses, start, end } = near;
  const { text } = uses;
  const key = `${name} `;
  for (let i = uses.next(key, start, end), n = 0; i >= 0 && n < 5; i = uses.next(key, i + 1, end), n++) {
    if (isLetterIn(near, i - 1)) continue;
    const from = i + key.length;
    let to = from;
    while (to < end && isLetter(text.charCodeAt(to))) to++;
    if (to > from && PEOPLE_MARKS.has(text.slice(from, to))) return true;
  }
  return false;
}

/** "her brother, Henry, wrote": the source follows a kin or person noun and a comma. */
function kinAppositive(a: Attribution, ctx: SpeakerContext): boolean {
  const comma = ctx.toks[a.sourceAt - 1];
  const noun = ctx.toks[a.sourceAt - 2];
  return comma?.text === ',' && noun !== undefined && (KIN_NOUNS.has(noun.lower) || PERSON_NOUNS.has(noun.lower));
}

/** The article's fuller form of a name ("Catholic Church" for "the Church"), if it has one. */
function longer(full: string | undefined, name: string): string {
  return full && full.length > name.length && full.endsWith(name) ? full : name;
}

/** "Canada said": the place is the subject right before its cue, not after a preposition and not inverted. */
function standsForGovernment(a: Attribution, ctx: SpeakerContext): boolean {
  if (a.cueless || a.inverted || !a.source) return false;
  const prev = a.sourceAt > 0 ? ctx.toks[a.sourceAt - 1] : undefined;
  if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return false;
  const end = a.source[a.source.length - 1]!.end;
  // …or with an auxiliary between: "Kenya has said".
  return a.cue.start - end <= 2 || (a.cue.start - end <= 8 && AUXILIARY_GAP.test(ctx.text.slice(end, a.cue.start)));
}

/** What may stand between a place and its cue for the place to be the cue's subject: "Kenya has said", "Peru will say". */
const AUXILIARY_GAP = /^ (?:has|have|will|would) $/;

/**
 * An unnamed source or description: its head must be able to speak ("a spokesperson", "the
 * report", "the company"), not "the tank". A phrase the reader did not stop ("Tasos Georgelis of",
 * "Catholic Church released") is read again without its dangling end.
 */
function checkDescription(r: PhraseReading & { head: string; text: string }, a: Attribution, ctx: SpeakerContext, mayReread: boolean): PhraseReading | null {
  // "One of them said", "those who …": the coreference reader takes the group cited before.
  if (r.head === 'them' || r.head === 'those') return r;
  const src = a.source;
  // "His company’s cheap chips are “democratizing” …": a phrase read up to a possessive is the owner, not the subject.
  if (src && endsPossessive(src[src.length - 1]!.text) && !src[src.length - 1]!.cap) return null;
  if (mayReread && src && src.length > 1) {
    let end = src.length;
    while (end > 1 && DANGLING_ENDS.has(src[end - 1]!.lower)) end--;
    // "Catholic Church released …" read as one subject: a name and the verb the reader took for its head.
    let verbTail = false;
    if (end === src.length && r.type !== 'unnamed') {
      // With a cue of its own the subject may end on a plural noun ("Israeli figures say"): only a participle or particle is dropped then ("the poll released", "the office put out").
      let k = end;
      while (k > 1 && isDroppedTail(src[k - 1]!, a.cueless)) k--;
      // "the campaign sent out": the verb before a dropped particle goes with it.
      if (k < end && k > 1 && PARTICLES.has(src[k]!.lower) && !src[k - 1]!.cap && !canSpeak(src[k - 1]!.lower)) k--;
      if (k < end && (allNames(src, k) || canSpeak(src[k - 1]!.lower))) {
        end = k;
        verbTail = true;
      }
    }
    // "one of those advisers, who …" cut to "one of": a share of the group just named ("one of them").
    if (end < src.length && end <= 2 && src[end]!.lower === 'of' && ONE_OF.has(src[end - 1]!.lower)) {
      return { type: 'description', head: 'them', text: `${src[end - 1]!.text} of them`, definite: false };
    }
    if (end < src.length && (verbTail || isNameWord(src[end - 1]!.text) || canSpeak(src[end - 1]!.lower))) {
      const again = checkSpeaker(readPhrase(src.slice(0, end), end - 1), { ...a, source: src.slice(0, end) }, ctx);
      if (again) return again;
    }
  }
  // "the aftermath of the attack", "software for Skylab": the head is the noun before the first preposition (unless a share: "a number of experts").
  // (A one-word text has no cut: it is not split.)
  const words = r.text.includes(' ') ? r.text.split(' ') : [r.text];
  // …and before a participle: "a super PAC supporting her candidacy".
  const cut = words.length < 2 ? -1 : words.findIndex((w, i) => i > 0 && (PREPOSITION_LINKS.has(w) || (w.endsWith('ing') && !w.includes('-'))));
  if (cut > 0) {
    let k = cut - 1;
    if (k > 0 && POST_MODIFIERS.has(words[k]!)) k--; // "people familiar with", "sources close to"
    const before = stripPossessive(words[k]!.toLowerCase());
    // A possessive before the cut is a determiner ("New York’s aging pipes"), not the head.
    const possessive = /['’]s?$/.test(words[k]!);
    if ((isNameWord(words[k]!) && !possessive) || canSpeak(before)) return r;
    if (isNameWord(words[k]!)) return canSpeak(r.head) ? r : null;
    if (!PARTITIVE_HEADS.has(before) && !SHARES.has(before)) return null;
    // "a lot of people": the share's group is the head.
    return canSpeak(words[words.length - 1]!.toLowerCase()) ? r : null;
  }
  if (FUNCTION_WORDS.has(r.head) || DANGLING_ENDS.has(r.head) || r.head.includes('’') || r.head.includes("'")) return null;
  // "Many Iowans say", "some Hispanics think": a plural demonym as written speaks for its people.
  if (!canSpeak(r.head) && !isDemonymPlural(words[words.length - 1]!)) return null;
  // "the Harris campaign said", "the Scottish government said": a name before an organisation's head names it.
  if (r.type === 'description' && ORG_HEADS.has(r.head) && namedBefore(words)) return { type: 'organization', name: r.text };
  return r;
}

/** A word checkDescription drops from a subject's end as the verb the reader took into it ("released", "sent out"; any word that cannot speak when the subject has no cue). */
function isDroppedTail(t: Token, cueless: boolean): boolean {
  return !t.cap && !canSpeak(t.lower) && !PREPOSITION_LINKS.has(t.lower) && (cueless || /(?:ed|wn)$/.test(t.lower) || PARTICLES.has(t.lower));
}

/** Every word before the last is capitalised: "Harris campaign", "Scottish government" (not "the new government", nor an owner's "Lee’s campaign"). */
function namedBefore(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  for (let i = 0; i < words.length - 1; i++) if (!isNameWord(words[i]!) || endsAnyPossessive(words[i]!)) return false;
  return true;
}

/** Prepositions after a head noun: "the aftermath of", "software for". */
const PREPOSITION_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'from', 'in', 'at', 'with', 'on', 'to', 'about', 'by']);

/** Verb particles a reader may leave on a subject: "the campaign sent out", "the justice sounded off". */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'back']);

/** Shares of a group named just before: "one of", "another of". */
const ONE_OF: ReadonlySet<string> = new Set(['one', 'another', 'two', 'three', 'some', 'several', 'each', 'both', 'none', 'most', 'many']);

/** Quantities whose "of" phrase holds the real head: "a lot of people", "dozens of protesters". */
const SHARES: ReadonlySet<string> = new Set(['number', 'lot', 'lots', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'group', 'member', 'members', 'each', 'all', 'both', 'any', 'four', 'five', 'ten']);

/** Every listed head that can speak, in one Set (one lookup for the nine lists). */
const SPEAKING_HEADS: ReadonlySet<string> = new Set([...SPEAKING_NOUNS, ...ORG_LAST_WORDS, ...PERSON_NOUNS, ...ROLE_HEADS, ...TITLE_WORDS, ...UNNAMED_HEADS.keys(), ...VAGUE_GROUPS, ...ORG_HEADS, ...DOCUMENT_HEADS]);

/** The lists whose singular a plural head is looked up in ("spokesmen" is no plural of a listed word; "aides" is). */
const SPEAKING_SINGULARS: ReadonlySet<string> = new Set([...SPEAKING_NOUNS, ...PERSON_NOUNS, ...ROLE_HEADS, ...ORG_HEADS, ...DOCUMENT_HEADS]);

/** Person, group, organisation or writing: the head of a phrase that can say something. */
export function canSpeak(head: string, listedOnly = false): boolean {
  const h = stripPossessive(head);
  if (SPEAKING_HEADS.has(h)) return true;
  const one = h.endsWith('ies') ? h.slice(0, -3) + 'y' : h.endsWith('s') ? h.slice(0, -1) : h;
  if (one !== h && SPEAKING_SINGULARS.has(one)) return true;
  // "witnesses", "bosses": a plural in -es of a listed noun.
  if (h.endsWith('sses') && (PERSON_NOUNS.has(h.slice(0, -2)) || SPEAKING_NOUNS.has(h.slice(0, -2)))) return true;
  if (listedOnly) return false;
  // The regular person nouns: "voter", "investor", "economist", "Republican", "resident", "employee", "chairman", "46-year-old".
  return /(?:er|or|ist|ian|ant|ent|ee|man|men|person|old)$/.test(one) ? one.length > 3 : /(?:can|ean)$/.test(one) && one.length > 4;
}

/** The phrase's tokens before `end` are a capitalised name (after a determiner): "the Catholic Church". */
function allNames(src: Token[], end: number): boolean {
  let any = false;
  for (let i = 0; i < end; i++) {
    const t = src[i]!;
    if (i === 0 && DETERMINERS.has(t.lower)) continue;
    if (!t.cap) return false;
    any = true;
  }
  return any;
}

/** A word that can be part of a name: capitalised ("Rothman", "J.C.", "O'Neill") or a particle. */
function isNameWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c > 127) return w[0] !== w[0]!.toLowerCase();
  return w.includes('-') && /^(?:al|el|bin|ibn)-/.test(w); // "Anwar al-Awlaki"
}

/** Holds an ASCII digit (a loop over a word's few letters, not a regex per name). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Holds ' or ’ (CONTRACTION needs one: most names are spared the regex). */
function hasApostrophe(s: string): boolean {
  return s.includes("'") || s.includes('’');
}

/** A word ending in a contraction: n't, 've, 'll, 're, 'm, 'd (straight or curly). */
const CONTRACTION = /^\S+(?:n['’]t|['’](?:ve|ll|re|m|d))$/i;

/** The source phrase is the first word of its sentence (after opening punctuation and a live blog's time stamp: "04.00 Searchers say"). */
function opensSentence(a: Attribution, ctx: SpeakerContext): boolean {
  for (let i = 0; i < a.sourceAt; i++) if (ctx.toks[i]!.word && !(i === 0 && isLiveTimeStamp(ctx.toks[0]!))) return false;
  return true;
}

/**
 * `word` (as written) occurs somewhere in the text but at `self` where no sentence opens: "said Okafor", "“…,” Okafor
 * said", "with Okafor's help" (its first 50 occurrences; asked only of rare sentence openers).
 */
function capitalisedMidSentence(near: Near, word: string, self: number): boolean {
  const { uses, start, end } = near;
  const { text } = uses;
  for (let i = uses.next(word, start, end), n = 0; i >= 0 && n < 50; i = uses.next(word, i + 1, end), n++) {
    if (i === self || isLetterIn(near, i - 1) || isLetterIn(near, i + word.length)) continue;
    let k = i - 1;
    // Spaces and opening marks stand before a sentence's first word; a closing mark does not end the
    // sentence ("“… done!” Okafor said"), except a straight quote after a space, which opened it ('. "Okafor').
    while (k >= start && /[ \t\u00a0“‘([]/.test(text[k]!)) k--;
    if (k > start && (text[k] === '"' || text[k] === "'") && /\s/.test(text[k - 1]!)) continue;
    if (k >= start && !/[.!?:;\n]/.test(text[k]!)) return true;
  }
  return false;
}

/** "Searchers" where the text has "search" or "searcher": a plural in -ers whose verb or singular the text uses is no surname ("Sanders said" keeps his). */
function agentOfCommonWord(ctx: SpeakerContext, plural: string): boolean {
  const stem = plural.slice(0, -3);
  return occursInLowercase(ctx, plural.slice(0, -1)) || occursInLowercase(ctx, stem) || occursInLowercase(ctx, `${stem}e`);
}

/** The word appears in lowercase somewhere in the text, as a whole word ("cash" for a sentence-initial "Cash"). */
function occursInLowercase(ctx: SpeakerContext, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) if (!isLetter(lower.charCodeAt(k))) return occursInTextOnce(ctx, lower);
  return ctx.words.has(lower);
}

/** occursInText's answers, by word: each search reads the whole text, so a word recurring as an opener is searched once. */
const textAnswers: Answers = new WeakMap();

function occursInTextOnce(ctx: SpeakerContext, lower: string): boolean {
  return answerOnce(textAnswers, usesOf(ctx.text), lower, () => occursInText(ctx.text, lower));
}

/** The same for a word holding a mark or a digit ("co-op", "u.s"): a search of the text (its first 50 hits), as rare as such openers. */
function occursInText(text: string, lower: string): boolean {
  return occursAsWord(text, lower, 50);
}

/** Questions answered by searching the text before its words are gathered into a set (most articles ask none or one). */
const SEARCHES_BEFORE_SET = 8;

/**
 * The text's whole words (maximal runs of letters, as written). The first few questions search the
 * text (a native indexOf, no allocation); after that the words are gathered once and answered by a
 * Set lookup. Searching on every question cost a pass over the whole text per source phrase:
 * quadratic in the length of the text (a 10 MB text took three times as long per MB); a bounded
 * number of searches stays linear. `narrow`, the text's latin1Copy, gives the words a one-byte copy
 * of themselves where it holds them.
 */
export function wordsOf(text: string, narrow: string = text): { has(word: string): boolean } {
  let words: Set<string> | null = null;
  let searches = 0;
  return {
    has(word: string): boolean {
      if (words === null && searches < SEARCHES_BEFORE_SET) {
        searches++;
        return isWholeWordIn(text, word);
      }
      if (words === null) {
        words = new Set();
        for (let i = 0, n = text.length; i < n; ) {
          if (!isLetter(text.charCodeAt(i))) {
            i++;
            continue;
          }
          let j = i + 1;
          let beyondLatin1 = text.charCodeAt(i) > 255;
          for (let d = text.charCodeAt(j); j < n && isLetter(d); d = text.charCodeAt(++j)) beyondLatin1 ||= d > 255;
          // Sliced from `narrow` (the text's latin1Copy) where it holds the word as written: a one-byte string, half the size.
          words.add((beyondLatin1 ? text : narrow).slice(i, j));
          i = j;
        }
      }
      return words.has(word);
    },
  };
}

/** `word` (letters only) occurs in `text` as a maximal run of letters: what the set of the text's words would answer. */
export function isWholeWordIn(text: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) if (!isLetter(word.charCodeAt(k))) return false;
  return occursAsWord(text, word, Infinity);
}

/** `word` occurs in `text` with no letter on either side, among its first `limit` occurrences. */
function occursAsWord(text: string, word: string, limit: number): boolean {
  for (let i = text.indexOf(word), n = 0; i >= 0 && n < limit; i = text.indexOf(word, i + 1), n++) {
    if ((i === 0 || !isLetter(text.charCodeAt(i - 1))) && (i + word.length >= text.length || !isLetter(text.charCodeAt(i + word.length)))) return true;
  }
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
