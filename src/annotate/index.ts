import type { AnonymousItem, Annotations, Quote } from '../model/analysis';
import { findAnonymous } from './anonymous';
import { appositiveAt } from './appositive';
import { Entities, type Entity } from './coref';
import type { Attribution } from './cues';
import { readText, type ReadText } from './document';
import { indexNames, type NameRun } from './name-index';
import { readPhrase } from './names';
import { lastStartingAtOrBefore } from './quote-mask';
import { reportedSpeechFilter } from './scare-quotes';
import { PERSON_NOUNS } from './person-nouns';
import { ORG_HEADS } from './organisations';
import { placeKey, PLACES } from './places';
import { ORG_LAST_WORDS, TITLED, TITLED_MIN_WORDS } from './speaker-words';
import { FUNCTION_WORDS } from './function-words';
import { keepsFirstName, possessiveForms, spaceCount, withoutApostrophe, type Token } from './tokens';
import { attributeQuotes } from './speakers';
import { checkSpeaker, neverSpeaks, wordsOf, type SpeakerContext } from './speaker-check';
import { mayHold, wordFilter } from './word-filter';

/**
 * The annotation engine: quotations, who said them, and anonymous sourcing (shared/CONTRACT.md).
 * Pure and linear in the length of the text; never throws on ordinary input.
 */
export function annotate(text: string): Annotations {
  if (typeof text !== 'string' || text.length === 0) return { quotes: [], speakers: [], anonymous: [] };
  // Names and narration pronouns are read sentence by sentence as the text is read (never across a sentence end).
  const names: NameRun[] = [];
  const mentions: NarrationMention[] = [];
  const doc = readText(text, (toks) => {
    indexNames(toks, names);
    narrationMentions(toks, mentions);
  });
  const entities = resolveSources(doc, names);
  const entityOf = entityLookup(entities);

  const attributed = attributeQuotes(doc, entityOf).filter(reportedSpeechFilter(doc));
  const anonymous = findAnonymous(doc, entityOf, attributed);

  for (const q of attributed) if (q.entity) q.entity.cited = true;
  for (const a of anonymous) if (a.entity) a.entity.cited = true;
  for (const [a, e] of entities) if (!a.cueless && (e.kind === 'person' || e.kind === 'organization')) e.cited = true;

  const table = entities.table;
  table.addNameMentions(entities.names);
  table.addPronounMentions(mentions);
  const { speakers, idOf } = table.toSpeakers();
  const id = idLookup(idOf);

  const quotes: Quote[] = attributed.map((q, i) => ({
    id: `q${i + 1}`,
    start: q.span.start,
    end: q.span.end,
    text: text.slice(q.span.innerStart, q.span.innerEnd),
    kind: q.kind,
    speaker: id(q.entity),
    speakerSpan: q.speakerSpan && !q.entity && entities.rejected.has(`${q.speakerSpan.start}:${q.speakerSpan.end}`) ? null : q.speakerSpan,
    cue: q.cue,
  }));
  const items: AnonymousItem[] = anonymous.map((a) => ({
    start: a.start,
    end: a.end,
    text: text.slice(a.start, a.end),
    kind: a.kind,
    speaker: id(a.entity),
    confidence: a.confidence,
  }));
  return { quotes, speakers, anonymous: items };
}

/** `a`'s entity, or null (returned, not held in a variable: tsx names, at a cost per article, every function a variable holds). */
function entityLookup(entities: ReadonlyMap<Attribution, Entity>): (a: Attribution) => Entity | null {
  return (a) => entities.get(a) ?? null;
}

/** The speaker id of an entity, or null. */
function idLookup(idOf: ReadonlyMap<Entity, string>): (e: Entity | null) => string | null {
  return (e) => (e ? (idOf.get(e) ?? null) : null);
}

const PRONOUN_NEEDS: ReadonlyMap<string, 'm' | 'f' | 'plural'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], // "He presented his letters of credence"
  ['she', 'f'], ['her', 'f'], // "she said"
  ['they', 'plural'], ['them', 'plural'], ['their', 'plural'], // "they said"
] as const);

/** Shapes of the words narrationMentions looks up (the pronouns and "the"): any other word is passed by a table read. */
const MENTION_SHAPES = wordFilter(PRONOUN_NEEDS.keys(), ['the']);

/** What a word after "the" is to narrationMentions: a person noun (possessive or not: stripPossessive) ends the description, a function word ends the search. */
const PERSON_NOUN = 1;
const FUNCTION_WORD = 2;

/** One Map read a word after "the", for the two Set lookups (and the possessive stripped) it stands for. */
const AFTER_THE: ReadonlyMap<string, number> = afterThe();

function afterThe(): Map<string, number> {
  const kinds = new Map<string, number>();
  // A function word is read only when the word is no person noun: marked first, then overwritten.
  for (const w of FUNCTION_WORDS) kinds.set(w, FUNCTION_WORD);
  // stripPossessive(lower) is the noun.
  for (const w of PERSON_NOUNS) for (const form of possessiveForms(w)) kinds.set(form, PERSON_NOUN);
  return kinds;
}

type Need = 'm' | 'f' | 'plural' | 'person';

interface NarrationMention {
  start: number;
  end: number;
  need: Need;
}

/**
 * Third-person pronouns and definite person descriptions ("the Florida senator", "The billionaire
 * businessman") outside quotations in one sentence, in text order, added to `out`: references to a
 * person named before.
 */
function narrationMentions(toks: Token[], out: NarrationMention[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted || !t.word || !mayHold(MENTION_SHAPES, t.lower)) continue;
    const need = PRONOUN_NEEDS.get(t.lower);
    if (need) {
      out.push({ start: t.start, end: t.end, need });
      continue;
    }
    if (t.lower !== 'the') continue;
    for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
      const u = toks[k]!;
      if (!u.word || u.quoted) break;
      const kind = AFTER_THE.get(u.lower);
      if (kind === PERSON_NOUN) {
        // "the billionaire businessman": the last of a run of person nouns is the head.
        let h = k;
        while (h + 1 < toks.length && toks[h + 1]!.word && !toks[h + 1]!.quoted && AFTER_THE.get(toks[h + 1]!.lower) === PERSON_NOUN) h++;
        out.push({ start: t.start, end: toks[h]!.end, need: 'person' });
        i = h;
        break;
      }
      if (kind === FUNCTION_WORD) break;
    }
  }
}

/** Module constant (esbuild, as tsx runs it, compiles a \p{…} literal to `new RegExp`: inside a function it was rebuilt on every call). */
const STARTS_UPPER = /^\p{Lu}/u;

interface Resolved extends Map<Attribution, Entity> {
  table: Entities;
  names: NameRun[];
  /** Cueless subjects ("start:end") the speaker check turned down: a quote given one gets no speaker and no speaker span. */
  rejected: Set<string>;
}

/**
 * The first words of the article's multi-word names, lowercase ("keith" for "Keith Joseph"), gathered
 * when first asked: the speaker check asks only of a lone name the article gives no fuller form of.
 */
function firstNamesOf(names: readonly NameRun[]): { has(word: string): boolean } {
  let set: Set<string> | null = null;
  return {
    has(word: string): boolean {
      if (set === null) {
        set = new Set();
        for (const run of names) if (run.words >= 2) set.add(run.name.slice(0, run.name.indexOf(' ')).toLowerCase());
      }
      return set.has(word);
    },
  };
}

/** Resolves every attribution's source to an entity, reading the article in order. */
function resolveSources(doc: ReadText, names: NameRun[]): Resolved {
  const fullNames = new Map<string, string>();
  const words = wordsOf(doc.text, doc.latin1);
  const byRole = new Map<string, NameRun[]>();
  for (const run of names) {
    const known = fullNames.get(run.surname);
    // "Rachel Reeves' plan": the name without its possessive apostrophe.
    // …but "Coalition Against Trump" is not Donald Trump's full name: a capitalised function word inside says it is a title.
    // …and "Shyamala Gopalan Harris" (her mother) does not replace "Kamala Harris": a longer form must keep the first name.
    if (run.words <= 4 && (!known || (spaceCount(known) + 1 < run.words && keepsFirstName(known, run.name))) && (run.words < TITLED_MIN_WORDS || !TITLED.test(run.name))) fullNames.set(run.surname, withoutApostrophe(run.name));
    if (run.role) {
      const list = byRole.get(run.role) ?? [];
      list.push(run);
      byRole.set(run.role, list);
    }
  }
  const look = new ArticleLookups(doc, names, byRole);
  // (Arrows passed as arguments: tsx names every function a variable holds, at a cost on each article.)
  const table = new Entities(
    fullNames,
    (role, at) => look.findRole(role, at),
    (head, at) => look.linkDescription(head, at),
    (head, at, text) => look.appositive(head, at, text),
  );
  // One context for every check, its sentence's tokens set before each (no object per source phrase).
  const ctx: SpeakerContext = { text: doc.text, words, toks: [], fullNames, firstNames: firstNamesOf(names) };
  const resolved = new Map<Attribution, Entity>() as Resolved;
  resolved.rejected = new Set();
  for (const a of doc.context) {
    if (!a.source) continue;
    // "The plan would …": a cueless subject no reading could make a speaker is turned down before it is read.
    if (a.cueless && neverSpeaks(a.source, a.head)) {
      resolved.rejected.add(`${a.source[0]!.start}:${a.source[a.source.length - 1]!.end}`);
      continue;
    }
    const reading = readPhrase(a.source, a.head);
    // A cueless subject is only context for people and organisations ("Clinton touted …"), not "the plan".
    if (a.cueless && reading.type === 'document') continue;
    // …and a lone capitalised word opening a sentence ("Conflicts between the courts …") is a name only if the article names it in full.
    if (a.cueless && reading.type === 'person' && !reading.honorific && !reading.title && !reading.name.includes(' ') && !(fullNames.get(reading.surname) ?? '').includes(' ')) continue;
    const span = { start: a.source[0]!.start, end: a.source[a.source.length - 1]!.end };
    // Only a plausible speaker becomes a source ("Canada said" as its government, never "the tank").
    ctx.toks = doc.sentences[a.sentence]!.toks;
    const checked = checkSpeaker(reading, a, ctx);
    if (!checked) {
      // A cueless subject taken for context was never an attribution; a cue's subject keeps its span as an unresolved pronoun does.
      if (a.cueless) resolved.rejected.add(`${span.start}:${span.end}`);
      continue;
    }
    const e = table.resolve(checked, span, a.inWriting);
    if (e) resolved.set(a, e);
  }
  resolved.table = table;
  resolved.names = names;
  return resolved;
}

/** What coreference asks of the article beyond the source phrase: the names given a title, near a description, in apposition. */
class ArticleLookups {
  /** Each sentence lowercased at most once, however many descriptions look into it. */
  private readonly lowered = new Map<number, string | null>();
  /** What follows each name run, read once however many descriptions look back over it. */
  private readonly appositives = new Map<number, ReturnType<typeof appositiveAt>>();

  constructor(
    private readonly doc: ReadText,
    private readonly names: NameRun[],
    private readonly byRole: Map<string, NameRun[]>,
  ) {}

  /** The person last given this title before offset `at`. */
  findRole(role: string, at: number): NameRun | null {
    const list = this.byRole.get(role);
    if (!list) return null;
    const k = lastStartingAtOrBefore(list, at);
    return list[k] ?? null;
  }

  private sentenceLower(si: number): string | null {
    const { doc } = this;
    let lower = this.lowered.get(si);
    if (lower === undefined) {
      const s = doc.sentences[si];
      lower = s ? doc.text.slice(s.start, Math.min(s.end, s.start + 2000)).toLowerCase() : null;
      this.lowered.set(si, lower);
    }
    return lower;
  }

  linkDescription(head: string, at: number): NameRun | null {
    const { doc, names } = this;
    // The person named in the next sentences alongside the description's noun ("… first statement as ambassador").
    const si = lastStartingAtOrBefore(doc.sentences, at);
    const from = doc.sentences[si]?.end ?? at;
    let k = lastStartingAtOrBefore(names, from) + 1;
    for (let seen = 0; k < names.length && seen < 12; k++, seen++) {
      const run = names[k]!;
      if (run.start > from + 800) break;
      if (run.words < 2) continue;
      if (this.sentenceLower(lastStartingAtOrBefore(doc.sentences, run.start))?.includes(head)) return run;
    }
    return null;
  }

  private appositiveOf(run: NameRun): ReturnType<typeof appositiveAt> {
    let ap = this.appositives.get(run.end);
    if (ap === undefined) this.appositives.set(run.end, (ap = appositiveAt(this.doc.text, run.end)));
    return ap;
  }

  appositive(head: string, at: number, text: string): NameRun | null {
    const { names } = this;
    // The tests below cost more from first to last; most runs have no appositive and fail the first (cached) one.
    let marks: string[] | null = null;
    // The person an earlier sentence gave this noun in apposition: "Ann Lee, the mayor of Springfield, …" before "the mayor said".
    for (let k = lastStartingAtOrBefore(names, at), seen = 0; k >= 0 && seen < 24; k--, seen++) {
      const run = names[k]!;
      if (at - run.end > 3000) break;
      if (run.words < 2 || run.end >= at) continue;
      const ap = this.appositiveOf(run);
      if (!ap || ap.head !== head) continue;
      // "The Florida senator" is not "Bernie Sanders, the Vermont senator": the description's own capitalised words must be there too.
      marks ??= text.split(' ').slice(1).filter((w) => STARTS_UPPER.test(w));
      if (!marks.every((w) => ap.text.includes(w))) continue;
      const last = run.surname;
      // "the Coalition Against Trump, the …", "New York, the state …": not a person.
      if (ORG_HEADS.has(last) || ORG_LAST_WORDS.has(last) || PLACES.has(placeKey(run.name.toLowerCase()))) continue;
      return run;
    }
    return null;
  }
}
