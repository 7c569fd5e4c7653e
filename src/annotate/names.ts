import { DOCUMENT_HEADS, ORG_HEADS, ORG_OF_HEADS, WEB_ADDRESS } from './organisations';
import { DETERMINERS, FUNCTION_WORDS } from './function-words';
import { HONORIFICS } from './honorifics';
import { SUBJECT_PRONOUNS } from './pronouns';
import { ROLE_HEADS, TITLE_WORDS } from './titles';
import { endsAnyPossessive, endsPossessive, joinTexts, stripPossessive, withoutFinalDot, withoutPossessive, type Token } from './tokens';
import { PARTITIVE_HEADS, PEOPLE_WITHHELD, UNNAMED_HEADS, VAGUE_GROUPS } from './anonymity-phrases';
import { MEMBER_LEADS } from './coref-words';
import { NAME_PARTICLES, ORG_LAST_WORDS } from './speaker-words';
import { hasWordForm, SPEECH_NOUNS } from './quote-speech-words';
import { isOccupationNoun } from './occupations';
import { PLACES } from './places';

/** What a source phrase is, before it is resolved to an entity. */
export type PhraseReading =
  | { type: 'pronoun'; pronoun: string }
  | { type: 'person'; name: string; surname: string; honorific: string | null; title: string | null; role: string | null }
  | { type: 'organization'; name: string }
  | { type: 'document'; head: string }
  | { type: 'role'; role: string; text: string; definite: boolean }
  | { type: 'unnamed'; head: string; text: string; definite: boolean; confidence: 'high' | 'low' }
  | { type: 'group'; head: string; text: string }
  | { type: 'description'; head: string; text: string; definite: boolean };

/** Writings whose owner is their author: "TNO's report said", "the Pentagon's analysis found". */
const OWNED_WRITINGS: ReadonlySet<string> = new Set(['report', 'analysis', 'study', 'survey', 'poll', 'review', 'findings']);

/** Relative pronouns a phrase may end on when its reader ran into the clause after it: "a prime minister who". */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom']);

/** Verbs of quoting a phrase may hold before a name: "local newspapers quote Salinas as saying", "papers quoted Ann Lee". */
const QUOTING_VERBS: ReadonlySet<string> = new Set(['quote', 'quotes', 'quoted', 'cite', 'cites', 'cited']);

/** Heads that are only a withheld identity with "familiar with", "close to" … (PEOPLE_WITHHELD; "20 percent of people in a poll" is not). */
const PEOPLE_HEADS = new Set(['people', 'person']);

/** "Many Republicans say", "some experts warn": a quantifier keeps a group generic (unlike "the experts"). */
const GROUP_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'numerous']);

const POSSESSIVE_SUBJECTS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]); // "her claim that …"

const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']); // "Martin Luther King Jr."

/** Classifies a source phrase: "he", "Mr. Hoekstra", "the Prime Minister's Office", "one Liberal insider". */
export function readPhrase(toks: Token[], headIndex: number): PhraseReading {
  // "an Israeli prime minister who has declared …": the relative pronoun the phrase reader took in ends the phrase.
  // (…and the comma before it: "The Washington Post, which argued" is "The Washington Post".)
  if (headIndex < toks.length - 1 && RELATIVES.has(toks[toks.length - 1]!.lower)) toks = toks.slice(0, toks[toks.length - 2]!.text === ',' && headIndex < toks.length - 2 ? -2 : -1);
  const head = toks[headIndex]!;
  if (toks.length === 1 && SUBJECT_PRONOUNS.has(head.lower)) return { type: 'pronoun', pronoun: head.lower };
  // "her claim that …": the possessor of what was said stands for its subject pronoun.
  const possessor = toks.length === 1 ? POSSESSIVE_SUBJECTS.get(head.lower) : undefined;
  if (possessor) return { type: 'pronoun', pronoun: possessor };
  // "Two-thirds of Democratic insiders", "one of his aides": a share of an unnamed group is unnamed too.
  const last = toks[toks.length - 1]!;
  const partOf = PARTITIVE_HEADS.has(head.lower) && toks[headIndex + 1]?.lower === 'of' && !last.cap ? UNNAMED_HEADS.get(stripPossessive(last.lower)) : undefined;
  if (partOf && !(PEOPLE_HEADS.has(stripPossessive(last.lower)) && !PEOPLE_WITHHELD.test(joinTexts(toks)))) {
    return { type: 'unnamed', head: stripPossessive(last.lower), text: joinTexts(toks), definite: false, confidence: partOf };
  }
  const frPronoun = head.lower.includes('-t-') ? /-t-(il|elle|ils|elles)$/.exec(head.lower) : null;
  if (frPronoun) return { type: 'pronoun', pronoun: frPronoun[1]! };
  let words = toks;
  let definite = false;
  const first = words[0]!;
  // (…but "said Le Pen": a capitalised French article before a name that is no place opens a surname, "Le Canada" stays the country.)
  if (DETERMINERS.has(first.lower) && !isArticleOfSurname(toks)) {
    definite = first.lower === 'the' || first.lower === 'this' || first.lower === 'le' || first.lower === 'la' || first.lower === "l'";
    words = words.slice(1);
  }
  const text = joinTexts(words);
  const headLower = stripPossessive(head.lower);
  // "according to Factcheck.org", "fivethirtyeight.com found": a web address names a website.
  if (head.text.includes('.') && WEB_ADDRESS.test(withoutPossessive(head.text))) return { type: 'organization', name: withoutFinalDot(withoutPossessive(head.text)) };
  if (!head.cap) {
    const owner = ownerOfWords(toks, headIndex, headLower);
    if (owner) return owner;
    // "Research firm eMarketer reported": a brand written with a lowercase first letter is a company.
    if (isLowerBrand(head)) return { type: 'organization', name: withoutPossessive(head.text) };
    if (DOCUMENT_HEADS.has(headLower)) return { type: 'document', head: headLower };
    const conf = UNNAMED_HEADS.get(headLower);
    // "20 percent of people in a poll said" is not a withheld identity; "people familiar with the matter" is.
    const vaguePeople = (headLower === 'people' || headLower === 'person') && !PEOPLE_WITHHELD.test(text);
    if (conf && !vaguePeople) return { type: 'unnamed', head: headLower, text, definite, confidence: conf };
    if (ROLE_HEADS.has(headLower)) return { type: 'role', role: headLower, text: joinTexts(toks), definite };
    if (VAGUE_GROUPS.has(headLower) && (first === words[0] || GROUP_QUANTIFIERS.has(first.lower))) return { type: 'group', head: headLower, text };
    return { type: 'description', head: headLower, text, definite };
  }
  // A capitalised head: a name, an organisation, a role ("the Prime Minister") or a group ("Democrats").
  // ("CNN’s Ann Lee" is read at its name; "according to Fox News’s poll" stops at the owner, named without "’s".)
  if (ORG_HEADS.has(headLower)) {
    return { type: 'organization', name: withoutPossessive(text.replace(/^the /i, '')) };
  }
  // "according to Brightline Research": a group word ending a capitalised name that also ends companies' names is a company.
  if (ORG_LAST_WORDS.has(headLower) && words.length > 1 && words[0]!.cap && VAGUE_GROUPS.has(headLower)) return { type: 'organization', name: withoutPossessive(text) };
  if (VAGUE_GROUPS.has(headLower) && (first === words[0] || GROUP_QUANTIFIERS.has(first.lower))) return { type: 'group', head: headLower, text };
  // "the Club for Growth Action reported", "the Communications Workers of America": an organisation's head, then "of" or "for" opening a titled name.
  if (words.length > 2 && isOrgOfName(words)) return { type: 'organization', name: withoutPossessive(text) };
  // "Johnson & Johnson said", "Birch Research & Associates Inc.": capitalised words joined by "&" name a company.
  if (words.length > 2 && isAmpersandName(words)) return { type: 'organization', name: withoutPossessive(text) };
  if (UNNAMED_HEADS.has(headLower) && !definite && words.length > 0) {
    // "Sources said" at the start of a sentence.
    return { type: 'unnamed', head: headLower, text, definite, confidence: UNNAMED_HEADS.get(headLower)! };
  }
  // "One Democrat said", "Another Iowa Republican": one member of a group, not a person named Democrat.
  if (first !== words[0] && MEMBER_LEADS.has(first.lower) && !words.some((w) => HONORIFICS.has(withoutFinalDot(w.lower)))) {
    return { type: 'description', head: headLower, text, definite: false };
  }
  // Split "White House press secretary Karoline Leavitt" into title and name at the last title word.
  const headWords = words.slice(0, Math.max(0, words.indexOf(head)) + 1);
  let lastTitle = -1;
  let honorific: string | null = null;
  for (let i = 0; i < headWords.length; i++) {
    const w = headWords[i]!;
    const bare = withoutFinalDot(w.lower);
    if (HONORIFICS.has(bare) && i + 1 < headWords.length) {
      honorific = bare;
      lastTitle = i;
    } else if (TITLE_WORDS.has(w.lower) && i + 1 < headWords.length) lastTitle = i;
    // "Guitarist Bo Lee said": an occupation noun capitalised before a name of two words or more describes it.
    else if (i === 0 && i + 2 < headWords.length && isOccupationNoun(w.lower)) lastTitle = i;
  }
  // "the columnist Ann Lee", "billionaire businessman Tom Hart": lowercase words before the name describe it.
  let nameStart = lastTitle + 1;
  // (…but "said van Sebille": a particle right before the name opens it.)
  while (nameStart < headWords.length - 1 && !headWords[nameStart]!.cap && !(NAME_PARTICLES.has(headWords[nameStart]!.lower) && headWords[nameStart + 1]!.cap)) nameStart++;
  // "Kyiv resident Olena Marchenko": the name starts after the last lowercase noun describing it.
  for (let k = headWords.length - 2; k > nameStart; k--) {
    const w = headWords[k]!;
    if (w.word && !w.cap && !NAME_PARTICLES.has(w.lower) && !FUNCTION_WORDS.has(w.lower)) {
      nameStart = k + 1;
      break;
    }
  }
  // "The Daily Star’s Ann Lee", "Acme Airlines' Kent Powell": the name follows the possessive that says where she works.
  for (let k = headWords.length - 2; k >= nameStart; k--) {
    if (endsAnyPossessive(headWords[k]!.text)) {
      nameStart = k + 1;
      break;
    }
  }
  const nameWords = headWords.slice(nameStart).filter((w) => w.word);
  if (nameWords.length === 0 || (lastTitle >= 0 && ROLE_HEADS.has(stripPossessive(head.lower)))) {
    const role = stripPossessive(head.lower);
    if (ROLE_HEADS.has(role) || TITLE_WORDS.has(role)) return { type: 'role', role, text: joinTexts(toks), definite };
  }
  if (nameWords.length === 0) return { type: 'description', head: headLower, text, definite };
  let titleWords = headWords.slice(0, nameStart).filter((w) => !HONORIFICS.has(withoutFinalDot(w.lower)));
  // "local newspapers quote Salinas as saying": the words before a verb of quoting are who quotes, not who she is.
  for (let k = titleWords.length - 1; k >= 0; k--) {
    if (QUOTING_VERBS.has(titleWords[k]!.text)) {
      titleWords = titleWords.slice(k + 1);
      break;
    }
  }
  const title = titleWords.length ? joinTexts(titleWords) : null;
  let role: string | null = null;
  for (let k = titleWords.length - 1; k >= 0 && role === null; k--) if (ROLE_HEADS.has(titleWords[k]!.lower)) role = titleWords[k]!.lower;
  let surnameWords = nameWords;
  while (surnameWords.length > 1 && NAME_SUFFIXES.has(surnameWords[surnameWords.length - 1]!.lower)) surnameWords = surnameWords.slice(0, -1);
  const name = withoutPossessive(joinTexts(nameWords));
  const surname = stripPossessive(surnameWords[surnameWords.length - 1]!.lower);
  return { type: 'person', name, surname, honorific, title, role };
}

/**
 * "The Kessler administration’s first comments …, saying …", "Ann Lee’s remarks": words of saying owned by a
 * name speak for their owner, read as the phrase up to the possessive (a person or an organisation; else null).
 */
function ownerOfWords(toks: Token[], headIndex: number, headLower: string): PhraseReading | null {
  if (headIndex < 1 || !(hasWordForm(SPEECH_NOUNS, headLower) || DOCUMENT_HEADS.has(headLower) || OWNED_WRITINGS.has(headLower))) return null;
  let k = headIndex - 1;
  while (k > 0 && !toks[k]!.cap && !endsAnyPossessive(toks[k]!.text)) k--;
  if (!endsAnyPossessive(toks[k]!.text)) return null;
  const owner = toks.slice(0, k + 1);
  const r = readPhrase(owner, k);
  if (r.type === 'organization') return { ...r, name: withoutPossessive(r.name) };
  // "the Kessler administration’s": a name before an organisation's head names it.
  if (r.type === 'description' && ORG_HEADS.has(r.head)) {
    const named = owner.slice(DETERMINERS.has(owner[0]!.lower) ? 1 : 0, -1);
    if (named.length > 0 && named.every((w) => w.cap && !endsAnyPossessive(w.text))) return { type: 'organization', name: withoutPossessive(joinTexts([...named, owner[k]!])) };
  }
  return r.type === 'person' ? r : null;
}

/** Capitalised French articles that open surnames in English text: "Le Pen", "La Russa". */
const SURNAME_ARTICLES: ReadonlySet<string> = new Set(['Le', 'La']);

/** "Le Pen", "La Russa": the whole phrase is a capitalised French article and one capitalised word, neither a place ("Le Canada") nor an organisation's head. */
function isArticleOfSurname(toks: readonly Token[]): boolean {
  if (toks.length !== 2 || !SURNAME_ARTICLES.has(toks[0]!.text)) return false;
  const w = toks[1]!;
  const bare = stripPossessive(w.lower);
  return w.cap && w.word && !PLACES.has(bare) && !ORG_HEADS.has(bare);
}

/**
 * Capitalised words with one "of"/"for" after an organisation's head ("Club for Growth Action"), none after it a title
 * ("Chamber of Commerce President Tom Lee" is a person) and none possessive before the end.
 */
function isOrgOfName(words: readonly Token[]): boolean {
  let linked = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!linked && i > 0 && i < words.length - 1 && (w.lower === 'of' || w.lower === 'for')) {
      const before = words[i - 1]!.lower;
      if (!(ORG_OF_HEADS.has(before) || ORG_HEADS.has(before)) || !words[i + 1]!.cap) return false;
      linked = true;
    }
    // "Organization for Economic Cooperation and Development": "and" between two capitalised words after the link.
    else if (linked && w.lower === 'and' && i < words.length - 1 && words[i - 1]!.cap && words[i + 1]!.cap) continue; else if (!w.cap || (linked && TITLE_WORDS.has(w.lower)) || (i < words.length - 1 && endsAnyPossessive(w.text))) return false;
  }
  return linked;
}

/** Every word capitalised, none but the last possessive, one of them an "&" between two: "Johnson & Johnson". */
function isAmpersandName(words: readonly Token[]): boolean {
  let amp = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.text === '&' && i > 0 && i < words.length - 1) amp = true;
    // (…but "Smith & Wesson’s CEO Bo Lee" is the person the possessive says works there.)
    else if (!w.cap || (i < words.length - 1 && endsPossessive(w.text))) return false;
  }
  return amp;
}

/** "eMarketer", "iHeart": a lowercase letter, then a capital, then lowercase (char codes: asked of a phrase's last word only). */
export function isLowerBrand(t: Token): boolean {
  const s = t.text;
  return s.length > 3 && !t.quoted && isAsciiLower(s.charCodeAt(0)) && isAsciiUpper(s.charCodeAt(1)) && isAsciiLower(s.charCodeAt(2));
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

export function genderOfHonorific(h: string | null): 'm' | 'f' | null {
  return h ? (HONORIFICS.get(h) ?? null) : null;
}
