import { CUE_GAP_WORDS, CUE_TIME_WORDS, CUE_VERBS } from './cue-verbs';
import { CAPITALISED_NON_NAMES, COMMA_OPENERS, DETERMINERS, FUNCTION_WORDS, LINKING_PREPOSITIONS, OPENING_ADVERBS } from './function-words';
import { HONORIFICS } from './honorifics';
import { SUBJECT_PRONOUNS } from './pronouns';
import { TITLE_WORDS } from './titles';
import { FUNCTION_WORD_SURNAMES, KIN_NOUNS, NAME_PARTICLES } from './speaker-words';
import { isLowerBrand } from './names';
import { ORG_HEADS, ORG_OF_HEADS } from './organisations';
import { endsPossessive, isDash, isLiveTimeStamp, stripPossessive, withoutFinalDot, type Token } from './tokens';
import { UNNAMED_HEADS, VAGUE_GROUPS } from './anonymity-phrases';
import { ROLE_HEADS } from './titles';
import { BARE_QUANTIFIERS, CONJOINED_WITH_NAME, PARTITIVE_WORDS, POST_MODIFIER_LINKS, POST_MODIFIERS, TRAILING_MODIFIERS } from './coref-words';

/** Nouns that can follow a name inside one source phrase ("U.S. officials", "Trump aides"). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([...UNNAMED_HEADS.keys(), ...VAGUE_GROUPS, ...ROLE_HEADS]);

/** "American military officials", "Clinton campaign officials": a source noun a word or two after the name. */
function sourceNounWithin(toks: Token[], j: number, ceiling: number): boolean {
  for (let m = j + 1; m <= Math.min(ceiling, j + 2); m++) {
    const u = toks[m]!;
    if (!u.word || u.quoted || u.cap) return false;
    if (SOURCE_NOUNS.has(u.lower)) return true;
    if (!isDescriptionWord(u)) return false;
  }
  return false;
}

/** A noun phrase as token indices [first, last] into one sentence's tokens. */
export interface Phrase {
  first: number;
  last: number;
  /** Token index of the head noun (the word that says what it is: "ambassador", "Hoekstra", "he"). */
  head: number;
}

/** Words of an opening time phrase ("Hours later, Trump returned …"). */
const TIME_WORDS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years', 'minutes', 'later', 'earlier', 'ago', 'moments']);

/** A sentence's first word that opens an adverbial, not a subject: "Early", "Hastily", "Continuing" (not "Carly Fiorina"). */
const OPENING_FORM = /^[a-z]{2,}(?:ly|ing)$/;

/** Quantifiers that stand alone as a source: "read one", "tweeted another", "the two write". */
const STANDALONE_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'another', 'two', 'three', 'four']);

/** Longest description we read; keeps every search bounded. */
const MAX_PHRASE = 14;

const isPronoun = (t: Token) => t.word && SUBJECT_PRONOUNS.has(t.lower);
const isHonorific = (t: Token) => HONORIFICS.has(withoutFinalDot(t.lower));
const isTitle = (t: Token) => TITLE_WORDS.has(t.lower);
const isDeterminer = (t: Token) => t.word && DETERMINERS.has(t.lower);
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/** A capitalised word that can be part of a name ("Pete", "Hoekstra", "U.S.", "Minister's"). */
const isNameWord = (t: Token) =>
  t.word &&
  !t.quoted &&
  t.cap && // a word token's cap is its first letter's case (/^\p{Lu}/u)
  !CAPITALISED_NON_NAMES.has(t.lower) &&
  // Headlines and datelines in capitals ("IOWA POLLS NOT NECESSARILY WRONG", "MANCHESTER"), not short acronyms ("FBI").
  // (A lowercase ASCII second letter settles it without uppercasing the word.)
  !(t.text.length >= 5 && !isAsciiLower(t.text.charCodeAt(1)) && t.text === t.text.toUpperCase() && /^\p{Lu}{5}/u.test(t.text));
/** The capitalised function word at j is a surname after a first name mid-clause ("Al From", not "From" opening the sentence). */
const surnameAfterName = (toks: Token[], j: number) => j > 0 && toks[j]!.cap && FUNCTION_WORD_SURNAMES.has(toks[j]!.lower) && !toks[j]!.quoted && isNameWord(toks[j - 1]!) && !/\p{Lu}{2}/u.test(toks[j]!.text);
/** A lowercase word that can sit inside a description ("new", "senior", "administration"). */
const isDescriptionWord = (t: Token) =>
  t.word &&
  !t.quoted &&
  !t.cap &&
  !FUNCTION_WORDS.has(t.lower) &&
  !CUE_VERBS.has(t.lower) &&
  !DETERMINERS.has(t.lower) &&
  (!hasDigit(t.text) || AGE_OR_YEAR.test(t.text)) &&
  !isLyAdverb(t);

/** An ASCII digit anywhere in the word (by char code: asked of most words the phrase readers look at). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Numbers that describe a person: "the 43-year-old", "a 2008 Clinton veteran". */
const AGE_OR_YEAR = /^(?:\d{1,3}-year-old|(?:19|20)\d\d)$/;

/** Nouns in "-ly" that are not adverbs: "the family said", "the assembly voted". */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'assembly', 'supply', 'anomaly', 'monopoly', 'bully', 'rally', 'ally']);

/** An adverb in "-ly" ("specifically", "initially"), which sits between a subject and its verb. */
export const isLyAdverb = (t: Token) => t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(stripPossessive(t.lower));

/** The phrase that ends at token j, read backwards ("White House press secretary Karoline Leavitt"). */
export function phraseEndingAt(toks: Token[], end: number, depth = 0): Phrase | null {
  // "Sen. Claire McCaskill (D-Mo.)": step over a parenthesis after the name, keep it in the span.
  let j = end;
  if (toks[j]?.text === ')') {
    let k = j - 1;
    while (k >= 0 && j - k < 10 && toks[k]!.text !== '(') k--;
    if (k < 0 || toks[k]!.text !== '(') return null;
    j = k - 1;
  }
  const inner = phraseEndingAtWord(toks, j, depth);
  return inner && end !== j ? { ...inner, last: end } : inner;
}

function phraseEndingAtWord(toks: Token[], j: number, depth: number): Phrase | null {
  const t = toks[j];
  // "About four in 10 said", "21 percent said", "49% say": a share of those polled speaks.
  const share = t && !t.quoted && (t.text === '%' || isCount(t)) ? shareEndingAt(toks, t.text === '%' ? j - 1 : j, j) : null;
  if (share) return share;
  if (!t || !t.word || t.quoted) return null;
  if (isPronoun(t)) return { first: j, last: j, head: j };
  // "One of them said": a share of the group just cited; "them" is the head that resolves to it.
  if ((t.lower === 'them' || t.lower === 'those') && toks[j - 1]?.lower === 'of' && j >= 2 && PARTITIVE_WORDS.has(toks[j - 2]!.lower)) {
    return { first: j - 2, last: j, head: j };
  }
  // "“…,” the two write": a number after "the" standing for a pair or trio named before.
  if (toks[j - 1]?.lower === 'the' && STANDALONE_QUANTIFIERS.has(t.lower)) return { first: j - 1, last: j, head: j };
  // "Several said they would …", "; most said …": a quantifier standing alone for a group named before ("the many" too).
  // …and "Yet another said, “…”", "One said": one more of the people just quoted.
  if ((BARE_QUANTIFIERS.has(t.lower) || t.lower === 'another' || t.lower === 'one') && toks[j + 1]?.lower !== 'of') {
    const before = toks[j - 1];
    if (!before || (!before.word && !before.quoted && before.text !== '“' && before.text !== '"') || before.lower === 'and' || before.lower === 'but' || before.lower === 'yet') return { first: j, last: j, head: j };
  }
  const floor = Math.max(0, j - MAX_PHRASE);
  let k = j;
  // "Research firm eMarketer reported": a brand written with a lowercase first letter ends a name run as a name does.
  // …and "“…,” From said": any capitalised word right after a closing quotation mark, before its cue, is a name (Al From's).
  // …and "Al From said": a capitalised function word right after a name, away from the sentence's start, ends the name.
  if (isNameWord(t) || isHonorific(t) || isLowerBrand(t) || (t.cap && (CLOSE_MARKS.has(toks[j - 1]?.text ?? '') || surnameAfterName(toks, j)))) {
    // A capitalised run, with title words and honorifics inside it.
    let head = j;
    while (k - 1 >= floor) {
      const p = toks[k - 1]!;
      if (isNameWord(p) || isHonorific(p) || (isTitle(p) && p.word && !p.quoted)) k--;
      // "The National Oceanic and Atmospheric Administration said": "and" inside a name that "the" opens and an organisation's head ends.
      else if (p.lower === 'and' && ORG_HEADS.has(t.lower) && k - 2 >= floor && isNameWord(toks[k - 2]!) && !ORG_HEADS.has(toks[k - 2]!.lower) && theOpens(toks, k - 2, floor)) k--;
      // "Birch Research & Associates Inc. said": "&" joins the words of a company's name.
      else if (p.text === '&' && k - 2 >= floor && isNameWord(toks[k - 2]!)) k--;
      // "the Center on Poverty and Inequality calls": "and" inside a name that an institution's head and its preposition open ("Trump and Clinton said" stays two).
      else if (p.lower === 'and' && k - 2 >= floor && isNameWord(toks[k - 2]!) && institutionOpens(toks, k - 2, floor)) k--;
      // "Center on Poverty", "Organization for Economic Cooperation": "on" or "for" after an institution's capitalised head.
      // (The institution is then the phrase's head: "Center".)
      else if ((p.lower === 'on' || p.lower === 'for') && k - 2 >= floor && toks[k - 2]!.cap && isInstitutionHead(toks[k - 2]!.lower)) {
        head = k - 2;
        k--;
      }
      else if ((p.lower === 'of' || NAME_PARTICLES.has(p.lower)) && k - 2 >= floor && (isNameWord(toks[k - 2]!) || NAME_PARTICLES.has(toks[k - 2]!.lower))) k--; // "Secretary of State", "Ursula von der Leyen"
      else break;
    }
    // "his friend Mahamat Oumar told": a kin noun after "his", "her" or "their" stands in apposition to the name.
    // (The phrase ends there: "opened with his daughter Ivy Park, who" is not "the evening".)
    if (k - 2 >= 0 && isKinNoun(toks[k - 1]!) && KIN_OWNERS.has(toks[k - 2]!.lower)) return { first: k - 2, last: j, head };
    if (k - 1 >= 0 && isDeterminer(toks[k - 1]!)) k--;
    return extendBackOverLink(toks, { first: k, last: j, head }, depth);
  }
  if (!isDescriptionWord(t)) return null;
  // A description: words back to a determiner, or a bare plural ("officials", "critics").
  // "one person present", "the officials involved": a participle after the head noun.
  let head = j > 0 && TRAILING_MODIFIERS.has(t.lower) && isDescriptionWord(toks[j - 1]!) ? j - 1 : j;
  while (k - 1 >= floor) {
    const p = toks[k - 1]!;
    if (isDeterminer(p)) {
      // "the first five questioners", "Lee’s other two aides": "the" (or a possessive) and an ordinal before a count.
      const d = ORDINALS.has(toks[k - 2]?.lower ?? '') && isCount(p) && (toks[k - 3]?.lower === 'the' || endsPossessive(toks[k - 3]?.text ?? '')) ? k - 3 : k - 1;
      return withConjoinedName(toks, extendBackOverLink(toks, { first: d, last: j, head }, depth));
    }
    if (p.word && !p.quoted && (isDescriptionWord(p) || isNameWord(p) || endsPossessive(p.text))) k--;
    // "one P&G employee told": "&" inside a company's name.
    else if (p.text === '&' && k - 2 >= floor && isNameWord(toks[k - 2]!) && isNameWord(toks[k]!)) k--;
    // "The influential delegate and conservative activist": two descriptions of one person under one determiner.
    else if (p.lower === 'and' && k - 2 >= floor && isDescriptionWord(toks[k - 2]!)) k--;
    // "a highly placed source", "the newly elected senator": an adverb before the word that describes the head.
    else if (k < head && isLyAdverb(p) && !p.quoted && k - 2 >= floor && isDeterminer(toks[k - 2]!)) k--;
    // "the former secretary of state talked": the noun before "of" is the head.
    else if (p.lower === 'of' && head === j && k - 2 >= floor && isDescriptionWord(toks[k - 2]!)) {
      head = k - 2;
      k -= 2;
    } else break;
  }
  // "Some 40 percent of voters said": the share before the group.
  if (toks[head]!.lower === 'percent') return shareEndingAt(toks, isCount(toks[k]!) ? k : k - 1, j, head);
  // "About four in 10 Ohio voters say", "200 protesters said": the count before the group.
  // (…but "00.30 Aviation experts believe": a live blog's time stamp opening the sentence is no count.)
  if (k > 0 && k < j && isCount(toks[k - 1]!) && !(k === 1 && isLiveTimeStamp(toks[0]!))) return shareEndingAt(toks, k - 1, j, head) ?? { first: k - 1, last: j, head };
  // …and two joined plurals, a little longer: "Cyber security experts and U.S. officials said".
  if (isPluralNoun(toks[head]!.lower) && (head - k <= 3 || (head - k <= 6 && joinsPlurals(toks, k, head)))) return extendBackOverLink(toks, { first: k, last: j, head }, depth);
  // "Donald Trump’s campaign manager says": a possessive name stands for the determiner.
  if (k < j && (k === 0 || !toks[k - 1]!.word)) {
    for (let m = k; m < j; m++) if (endsPossessive(toks[m]!.text) && toks[m]!.cap) return { first: k, last: j, head: j };
  }
  // "a source with direct knowledge said": the object of a preposition after the source.
  if (k > 0 && toks[k - 1]!.lower === 'with') {
    const ph = { first: k, last: j, head };
    const whole = extendBackOverLink(toks, ph, depth);
    if (whole !== ph) return whole;
  }
  return null;
}

const OPEN_MARKS: ReadonlySet<string> = new Set(['“', '"', '«']);
const CLOSE_MARKS: ReadonlySet<string> = new Set(['”', '"', '»']);

/** An "and" between k and head follows a plural: "experts and officials". */
function joinsPlurals(toks: Token[], k: number, head: number): boolean {
  for (let m = k + 1; m < head; m++) if (toks[m]!.lower === 'and' && isPluralNoun(toks[m - 1]!.lower)) return true;
  return false;
}

/**
 * A plural head: "officials", and the compound plurals in "-men" ("Pentagon spokesmen", "two congressmen").
 * Bare "men" and "women" stay out: a generic group, more often a clause's subject near a scare quote than a source.
 */
const isPluralNoun = (w: string) => /(?:s|...men)$/.test(w);

/** Possessive determiners before a kin noun and a name: "his friend Mahamat Oumar", "her husband Karl Lee". */
const KIN_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

const isKinNoun = (t: Token) => t.word && !t.quoted && !t.cap && KIN_NOUNS.has(t.lower);

/** Prepositions after an institution's head inside its name: "Center on", "Institute for", "Department of". */
const INSTITUTION_LINKS: ReadonlySet<string> = new Set(['on', 'for', 'of']);

/** The capitalised run ending at `at` follows an institution's head and its preposition: "Center on Poverty", "Institute for Fiscal Studies". */
function institutionOpens(toks: Token[], at: number, floor: number): boolean {
  let m = at;
  while (m > floor && isNameWord(toks[m - 1]!)) m--;
  const link = toks[m - 1];
  const head = toks[m - 2];
  return m - 2 >= floor && link !== undefined && head !== undefined && INSTITUTION_LINKS.has(link.lower) && head.cap && isInstitutionHead(head.lower);
}

/** An organisation's head that may open its name with a preposition: "Center on", "Organization for" (ORG_OF_HEADS holds those only "of"/"for" make a name of). */
const isInstitutionHead = (w: string) => ORG_HEADS.has(w) || ORG_OF_HEADS.has(w);

/** A capitalised run ending at `at` opens right after "the". */
function theOpens(toks: Token[], at: number, floor: number): boolean {
  let m = at;
  while (m > floor && isNameWord(toks[m - 1]!)) m--;
  return toks[m - 1]?.lower === 'the';
}

/** Words for small counts: "four in 10", "one in five". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Ordinals between "the" and a count: "the first five", "the last two". */
const ORDINALS: ReadonlySet<string> = new Set(['first', 'last', 'top', 'other', 'next', 'final']);

/** Words that may open a share: "about four in 10", "nearly 40 percent". */
const SHARE_LEADS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'only', 'just', 'around', 'over']);

/** A count, not a year: "10", "21", "four" (not "2016", which dates a clause). */
const isCount = (t: Token) => t.word && !t.quoted && (COUNT_WORDS.has(t.lower) || (/^\d[\d,.]*$/.test(t.text) && !/^(?:19|20)\d\d$/.test(t.text)));

/**
 * The share whose number is at n and that ends at `last`: "21 percent", "49%", "four in 10", with
 * "about", "nearly" … before it. The number, or "percent" after it, is the head; null when n holds no count.
 */
function shareEndingAt(toks: Token[], n: number, last: number, head = n): Phrase | null {
  const num = toks[n];
  if (!num || !isCount(num)) return null;
  // "10 said" alone needs "four in" before it; a bare number is rarely a subject ("in 10 said" is no share).
  let first = n;
  if (toks[n - 1]?.lower === 'in' && toks[n - 2] && isCount(toks[n - 2]!)) first = n - 2;
  else if (last === n) return null;
  while (first > 0 && first > n - 5 && SHARE_LEADS.has(toks[first - 1]!.lower)) first--;
  return { first, last, head };
}

/** "a spokesman for the campaign": after finding "the campaign", take in "a spokesman for". */
function extendBackOverLink(toks: Token[], ph: Phrase, depth: number): Phrase {
  if (depth >= 2) return ph;
  let k = ph.first - 1;
  const link = toks[k];
  if (!link || !link.word) return ph;
  // "officials briefed on the plan": "on", "in", "about" link only after a post-modifier adjective.
  if (!LINKING_PREPOSITIONS.has(link.lower) && !(POST_MODIFIER_LINKS.has(link.lower) && POST_MODIFIERS.has(toks[k - 1]?.lower ?? ''))) return ph;
  k--;
  // "close to", "privy to", "directly involved in": the adjectives belong to the link.
  const steps = k;
  while (k >= 0 && k > steps - 2 && toks[k]!.word && POST_MODIFIERS.has(toks[k]!.lower)) k--;
  // "people with (direct) knowledge of": the whole post-modifier goes with the link.
  if (link.lower === 'of' && toks[k]?.lower === 'knowledge') {
    let w = k - 1;
    if (toks[w]?.lower === 'direct') w--;
    if (toks[w]?.lower === 'with') k = w - 1;
  }
  const before = phraseEndingAt(toks, k, depth + 1);
  if (!before || isPronoun(toks[before.head]!)) return ph;
  return { first: before.first, last: ph.last, head: before.head };
}

/** "Priebus and other officials said": the name conjoined before the group leads the source (and the span keeps it). */
function withConjoinedName(toks: Token[], ph: Phrase): Phrase {
  const and = toks[ph.first - 1];
  if (!and || and.lower !== 'and' || !CONJOINED_WITH_NAME.has(toks[ph.first]!.lower) || ph.first < 2) return ph;
  const name = toks[ph.first - 2]!;
  if (!name.word || name.quoted || !isNameWord(name)) return ph;
  const named = phraseEndingAtWord(toks, ph.first - 2, 2);
  if (!named || named.head !== ph.first - 2 || toks[named.first]!.lower === 'the') return ph;
  return { first: named.first, last: ph.last, head: named.head };
}

/** The phrase that starts at token k, read forwards ("said Pete Hoekstra, the new ambassador"). */
export function phraseStartingAt(toks: Token[], k: number): Phrase | null {
  const t = toks[k];
  if (!t || !t.word || t.quoted) return null;
  if (isPronoun(t)) return { first: k, last: k, head: k };
  const ceiling = Math.min(toks.length - 1, k + MAX_PHRASE);
  let j = k;
  // "about 200 protesters", "some 40 officials": a count opens the phrase as a determiner does.
  let n = k;
  while (n < k + 2 && SHARE_LEADS.has(toks[n]!.lower)) n++;
  const counted = !isDeterminer(t) && toks[n] !== undefined && isCount(toks[n]!) && toks[n + 1] !== undefined && isDescriptionWord(toks[n + 1]!) && toks[n + 1]!.lower !== 'percent';
  const determined = counted || isDeterminer(t);
  // "“…,” read one." / "…, tweeted another.": a quantifier standing alone at the clause's end.
  if (determined && STANDALONE_QUANTIFIERS.has(t.lower) && !toks[k + 1]?.word) return { first: k, last: k, head: k };
  if (counted) j = n + 1;
  else if (determined) j++;
  let head = -1;
  while (j <= ceiling) {
    const u = toks[j]!;
    if (u.quoted || !u.word) break;
    // "a highly placed source", "the recently released playbook": an adverb before the first word describing the head.
    if (determined && head < 0 && isLyAdverb(u) && toks[j + 1] && isDescriptionWord(toks[j + 1]!)) {
      j++;
      continue;
    }
    // "Vice President Joe Biden weighed in": after a bare name, a lowercase word is the verb,
    // unless it is a source noun ("U.S. officials", "White House aides").
    // "said Erik van Sebille": a lowercase particle inside a name.
    if (head >= 0 && NAME_PARTICLES.has(u.lower) && isNameWord(toks[head]!) && toks[j + 1] && (isNameWord(toks[j + 1]!) || NAME_PARTICLES.has(toks[j + 1]!.lower))) {
      j++;
      continue;
    }
    // …but "said Kyiv resident Olena Marchenko": a noun between a place and a name describes the name.
    if (!determined && head >= 0 && isNameWord(toks[head]!) && isDescriptionWord(u) && !isTitle(u) && !SOURCE_NOUNS.has(u.lower) && !sourceNounWithin(toks, j, ceiling) && !nameAfter(toks, j + 1) && !(isJobNoun(u) && isJobHead(toks[j + 1]) && nameAfter(toks, j + 2))) break;
    // …and "The columnist Ann Lee disagreed": after "the" too, a past tense right after the name is its verb ("the Clinton campaign" goes on).
    if (determined && head >= 0 && !u.cap && u.lower.endsWith('ed') && (counted || isNameWord(toks[head]!)) && !SOURCE_NOUNS.has(u.lower)) break;
    // "sources privy to negotiations", "people directly involved in the talks": a post-modifier, not the head.
    if (head >= 0 && !u.cap && POST_MODIFIERS.has(u.lower)) {
      let m = j + 1;
      while (m <= ceiling && m < j + 2 && POST_MODIFIERS.has(toks[m]!.lower)) m++;
      const link = toks[m];
      const end = link && link.word && !link.quoted && POST_MODIFIER_LINKS.has(link.lower) ? objectAfter(toks, m, ceiling) : -1;
      if (end > 0) {
        j = end;
        continue;
      }
    }
    // ("said Al From": the capitalised function word ends the name; "Voices From Iowa" is a title.)
    if (isNameWord(u) || isHonorific(u) || isTitle(u) || isDescriptionWord(u) || (head === j - 1 && surnameAfterName(toks, j) && !(toks[j + 1] && isNameWord(toks[j + 1]!)))) {
      head = j;
      j++;
      continue;
    }
    if (u.lower === 'and' && determined && head >= 0 && isNameWord(toks[head]!) && !ORG_HEADS.has(toks[head]!.lower)) {
      // "the National Oceanic and Atmospheric Administration": "and" inside an organisation's name (not "the Post and ABC News").
      const end = orgNameEnd(toks, j + 1, ceiling);
      if (end > 0) {
        head = end;
        j = end + 1;
        continue;
      }
    }
    if (LINKING_PREPOSITIONS.has(u.lower) && head >= 0 && j + 1 <= ceiling) {
      // Continue over "to Canada", "with the matter", but only into another phrase.
      const v = toks[j + 1]!;
      // …and not from a bare name into where it was: "said Ann Lee at an event to launch …" ("Ann Lee at Gallup" goes on).
      if (u.lower === 'at' && !determined && isNameWord(toks[head]!) && !isNameWord(v) && !(v.lower === 'the' && toks[j + 2] && isNameWord(toks[j + 2]!))) break;
      if (v.word && !v.quoted && (isNameWord(v) || isDeterminer(v) || isDescriptionWord(v))) {
        const m = objectAfter(toks, j, ceiling);
        if (m < 0) break;
        j = m;
        continue;
      }
    }
    break;
  }
  if (head < 0) return null;
  return { first: k, last: j - 1, head };
}

/** A name word (no time word: "said Lee Monday") at toks[i]. */
const nameAfter = (toks: Token[], i: number) => toks[i] !== undefined && isNameWord(toks[i]!) && !CUE_TIME_WORDS.has(toks[i]!.lower);

/** A lowercase singular noun of a job title ("bureau", "judicial"), not a verb in "-ed" or "-s" ("Lee visited Iowa", "Jobs report gives Democrats"). */
const isJobNoun = (t: Token | undefined) => t !== undefined && isDescriptionWord(t) && !t.lower.endsWith('ed') && !t.lower.endsWith('s');

/** Endings of the noun that ends a job title: "analyst", "officer", "anchor", "correspondent", "chief". */
const JOB_HEAD_ENDING = /(?:er|or|ist|yst|ant|ent|ief)$/;

/** The last word of a lowercase job title before a name: "bureau chief Juliet Lee", "news anchor Bo Lee" (not "policy toward Syria"). */
const isJobHead = (t: Token | undefined) => t !== undefined && isJobNoun(t) && (isTitle(t) || JOB_HEAD_ENDING.test(t.lower));

/** The last word of a capitalised run from `at` that ends on an organisation's head ("Atmospheric Administration"), or -1. */
function orgNameEnd(toks: Token[], at: number, ceiling: number): number {
  let m = at;
  while (m <= ceiling && isNameWord(toks[m]!)) m++;
  return m > at && ORG_HEADS.has(toks[m - 1]!.lower) ? m - 1 : -1;
}

/** The token after the object of the preposition at `at` ("to Canada", "with the matter"), or -1 when no object follows. */
function objectAfter(toks: Token[], at: number, ceiling: number): number {
  let m = at + 1;
  const v = toks[m];
  if (!v || !v.word || v.quoted) return -1;
  if (isDeterminer(v)) m++;
  let any = false;
  while (m <= ceiling && toks[m]!.word && !toks[m]!.quoted && (isNameWord(toks[m]!) || isDescriptionWord(toks[m]!))) {
    m++;
    any = true;
  }
  return any ? m : -1;
}

/**
 * The subject of the clause a token sits in: the first phrase of the sentence after any opening
 * adverbial ("Meanwhile, the new U.S. ambassador to Canada also congratulated … and said").
 */
export function clauseSubject(toks: Token[], upto: number): Phrase | null {
  let k = 0;
  // "“Should there be a tax?” a reporter can be heard asking": the subject after an opening quotation (closed, none nested in it).
  if (toks[0]?.quoted && OPEN_MARKS.has(toks[0].text)) {
    let e = 1;
    // (Bounded: a short question or exclamation, not a long quotation.)
    while (e < upto && e < 40 && toks[e]!.quoted && !OPEN_MARKS.has(toks[e]!.text) && !CLOSE_MARKS.has(toks[e]!.text)) e++;
    if (CLOSE_MARKS.has(toks[e]?.text ?? '') && toks[e + 1] && !toks[e + 1]!.quoted) k = toks[e + 1]!.text === ',' ? e + 2 : e + 1;
  }
  // "Washington (AFP) – Democrat Hillary Clinton …", "LA CROSSE, Wisc. — Gov. Mike Pence …": skip a dateline.
  for (let d = 1; d < Math.min(upto, 8); d++) {
    if (toks[d]!.text === '–' || toks[d]!.text === '—') {
      k = d + 1;
      break;
    }
  }
  // "14.10 Lena Voss, the airline's chief, has been speaking …": skip a live blog's time stamp before a name.
  if (toks[k] && isLiveTimeStamp(toks[k]!) && toks[k + 1]?.cap) k += 1;
  // "In a statement issued Tuesday, …": skip an opening phrase that ends in a comma.
  const first = toks[k];
  // "Then he cut into Bush, calling him …": an adverb, then the pronoun subject.
  if (first && first.word && OPENING_ADVERBS.has(first.lower) && toks[k + 1] && isPronoun(toks[k + 1]!) && k + 1 < upto) k += 1;
  // Not a pronoun subject: "He also spoke about the wall, saying …" has its subject first.
  // …nor "Early in his campaign, Trump …" / "Continuing to explain, Carson …": an adverb or participle opening the sentence.
  else if (first && first.word && !isPronoun(first) && (CAPITALISED_NON_NAMES.has(first.lower) || FUNCTION_WORDS.has(first.lower) || (OPENING_FORM.test(first.lower) && !toks[k + 1]?.cap) || (COMMA_OPENERS.has(first.lower) && toks[k + 1]?.text === ','))) {
    let c = -1;
    for (let i = k + 1; i < Math.min(upto, k + 30); i++) {
      if (toks[i]!.text === ',') {
        c = i;
        break;
      }
    }
    if (c >= 0) k = c + 1;
    else if (first.lower === 'meanwhile' || first.lower === 'however' || first.lower === 'but' || first.lower === 'and') k += 1;
  }
  // "Hours later, Trump returned …": an opening time phrase.
  for (let c = k + 1; c < Math.min(upto, k + 8); c++) {
    if (toks[c]!.text !== ',') continue;
    if (toks.slice(k, c).some((t) => TIME_WORDS.has(t.lower))) k = c + 1;
    break;
  }
  if (k >= upto) return null;
  let ph = phraseStartingAt(toks, k);
  // "Hours later, Trump returned …": an opening phrase and a comma, then the real subject and its verb.
  if (ph && toks[ph.last + 1]?.text === ',' && ph.last + 2 < upto) {
    const next = phraseStartingAt(toks, ph.last + 2);
    const verb = next ? toks[next.last + 1] : undefined;
    const opener = toks.slice(ph.first, ph.last + 1);
    const isOpener = !toks[ph.head]!.cap || opener.some((t) => TIME_WORDS.has(t.lower));
    if (next && verb && verb.word && !verb.cap && !FUNCTION_WORDS.has(verb.lower) && next.last < upto && isOpener) ph = next;
  }
  if (!ph || ph.last >= upto) return null;
  return ph;
}

/**
 * Skips auxiliaries and adverbs backwards from j ("he also said", "M. Blanchet a déclaré"). A
 * capitalised one is a name, not a gap: "Will wrote", "“…,” Will said" (an auxiliary never comes
 * right before a past-tense cue, and mid-sentence it is lowercase).
 */
export function skipGapBack(toks: Token[], j: number): number {
  let k = j;
  let steps = 0;
  let ly = false;
  // …and an "-ly" adverb: "Clinton initially said", "he angrily told".
  while (k >= 0 && steps < 6 && toks[k]!.word && !toks[k]!.quoted && !(toks[k]!.cap && CUE_GAP_WORDS.has(toks[k]!.lower))) {
    const t = toks[k]!;
    // "two weeks ago said" is a time phrase, but "the two write" ends on its subject.
    if (k === j && STANDALONE_QUANTIFIERS.has(t.lower)) break;
    if (CUE_GAP_WORDS.has(t.lower) || CUE_TIME_WORDS.has(t.lower)) {
      // a gap word
    } else if (isLyAdverb(t)) ly = true;
    else break;
    k--;
    steps++;
  }
  // An "-ly" adverb is a gap only after a name or a pronoun: "delegates currently pledged to her" is no cue.
  if (ly && !(toks[k] && toks[k]!.word && (toks[k]!.cap || isPronoun(toks[k]!)))) return j;
  return k;
}

/**
 * "Mike Lee, who declared …": the antecedent of the relative pronoun at j, the pronoun in the span;
 * "Scott Reed, the Chamber's chief political strategist, who added": from the name the description stands beside.
 */
export function relativeSource(toks: Token[], j: number): Phrase | null {
  // "the sign — which read": a dash sets the clause off as a comma does.
  const sep = toks[j - 1]?.text;
  const k = sep === ',' || (sep !== undefined && isDash(sep)) ? j - 2 : j - 1;
  const ante = phraseEndingAt(toks, k);
  if (!ante) return null;
  const named = !toks[ante.head]!.cap && ante.first >= 2 && toks[ante.first - 1]!.text === ',' ? phraseEndingAt(toks, ante.first - 2) : null;
  if (named && toks[named.head]!.cap && toks[named.first]!.lower !== 'the') return { first: named.first, last: j, head: named.head };
  return { first: ante.first, last: j, head: ante.head };
}
