import type { Span, Speaker, SpeakerKind } from '../model/analysis';
import { isTitled, joinedNames, QUANTIFIERS, usedAsBody, type NameRun } from './name-index';
import { genderOfHonorific, type PhraseReading } from './names';
import { CAPITALISED_NON_NAMES } from './function-words';
import { HONORIFICS } from './honorifics';
import { TITLE_WORDS } from './titles';
import { lastStartingAtOrBefore } from './quote-mask';
import { ORG_HEADS } from './organisations';
import { placeKey, PLACES } from './places';
import { ORG_LAST_WORDS, THING_LAST_WORDS } from './speaker-words';
import { keepsFirstName, spaceCount, withoutApostrophe, withoutPossessive } from './tokens';
import { BARE_QUANTIFIERS, EVENT_LAST_WORDS, GENERIC_SOURCE_HEADS, isPluralHead, ORG_DESCRIPTION_HEADS, PLURAL_LEADS, sourceGroup } from './coref-words';

/** A source as the engine tracks it while reading; becomes a contract Speaker at the end. */
export interface Entity {
  key: string;
  name: string;
  kind: SpeakerKind;
  anonymous: boolean;
  confidence: 'high' | 'low';
  description: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Has spoken in writing ("said in a statement"), so "the statement" can point to it. */
  writes: boolean;
  mentions: Span[];
  /** Head noun of an unnamed source ("insider"), for "the insider said" later. */
  head: string | null;
  /** Cited as the source of something (a quote or reported speech): listed in speakers[]. */
  cited: boolean;
  /** How many of the first mentions are sources (cue subjects, sentence subjects) rather than names in passing. */
  sources?: number;
  /** A "he"/"she" no source before it explains: where it stands, until a name before it is found (`alias`). */
  pendingAt?: number;
  alias?: Entity;
}

/** How far back a source mention is preferred, for a pronoun, to a nearer name mentioned in passing. */
const SUBJECT_REACH = 250;

/**
 * Resolves source phrases to entities as the article is read, in order: names by surname,
 * roles ("the Prime Minister") by the title that came with a name, pronouns by the most recent
 * compatible source, "the statement" by who last spoke in writing, "the source" by the last
 * unnamed source.
 */
export class Entities {
  readonly all: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly roles = new Map<string, Entity>();
  /** Sources in the order they were last cited, most recent last (bounded). */
  private recent: Entity[] = [];
  /** Pronoun sources no earlier source explained, in text order. */
  private readonly pending: Entity[] = [];
  /** personKey of each surname resolved so far (a surname recurs: its key is made once). */
  private readonly keyOfSurname = new Map<string, string>();
  /** An organisation has been resolved (so an 'o:' key may be in byKey). */
  private orgs = false;
  /** Unnamed and described sources by the span of their phrase (start × 65536 + length). */
  private readonly bySpan = new Map<number, Entity>();
  /** Unnamed sources with no determiner, by their words (lowercase): "harbor gas officials". */
  private readonly sameWords = new Map<string, Entity>();

  constructor(
    private readonly fullNames: Map<string, string>,
    /** The person last given this title before offset `at` ("Prime Minister Mark Carney" for "the Prime Minister"). */
    private readonly findRole: (role: string, at: number) => NameRun | null,
    /** Finds a person named near a description: ("the new U.S. ambassador", its paragraph) → name run. */
    private readonly linkDescription: (head: string, at: number) => NameRun | null,
    /** The person an earlier sentence described with this noun in apposition ("Ann Lee, the mayor, …"). */
    private readonly appositive: (head: string, at: number, text: string) => NameRun | null = () => null,
  ) {}

  /** The entity a source phrase refers to, or null (a first-person narrator, an unresolvable pronoun). */
  resolve(r: PhraseReading, span: Span, inWriting: boolean): Entity | null {
    // "said a source close to the probe, adding that …": two cues share one phrase, which is one source.
    const spanKey = span.start * 65536 + (span.end - span.start);
    const same = r.type === 'unnamed' || r.type === 'description' ? this.bySpan.get(spanKey) : undefined;
    if (same) return same;
    let e: Entity | null = null;
    switch (r.type) {
      case 'pronoun':
        e = this.pronoun(r.pronoun, span.start);
        break;
      case 'person': {
        // "Sir Keith" after "Sir Keith Joseph", "Mrs Dai" after "Dai Shuqin": a lone name no full name ends with is
        // the one person whose full name starts with it (the other mentions of that lone name become his too).
        const whole = !r.name.includes(' ') && !this.fullNames.get(r.surname)?.includes(' ') ? this.fullNameStartingWith(r.surname) : null;
        const lone = whole ? personKey(r.surname) : '';
        if (whole) r = { ...r, name: whole, surname: whole.slice(whole.lastIndexOf(' ') + 1).toLowerCase() };
        // "Amazon countered" after "Amazon said it …" made it a company: the same source, not a person beside it.
        const key = this.personKeyOf(r.surname);
        // (Asked only once an organisation has been resolved: before that no 'o:' key exists.)
        e = this.orgs ? (this.byKey.get('o:' + r.name.toLowerCase()) ?? null) : null;
        if (e) {
          // …and a lone name's other mentions are found by name, as a person's are ("Space Force" is not "Air Force").
          if (!r.name.includes(' ') && !this.byKey.has(key)) this.byKey.set(key, e);
          break;
        }
        e = this.byKey.get(key) ?? null;
        // "Fiona Parry said" after "Eloise Parry was taken to hospital": another first name is another person
        // (a lone "Parry" stays the first's).
        if (e && otherFirstName(e.name, r.name)) {
          const own = key + ' ' + r.name.toLowerCase();
          // …who may have been cited by first name before ("her mother, Fiona, said"): the same source.
          const given = r.name.slice(0, r.name.indexOf(' '));
          const lone = this.byKey.get(personKey(given.toLowerCase()));
          if (!this.byKey.has(own) && lone && lone.kind === 'person' && lone.name === given) {
            lone.name = r.name;
            this.byKey.set(own, lone);
          }
          e = this.byKey.get(own) ?? this.add(own, r.name, 'person');
          e.gender ??= genderOfHonorific(r.honorific);
          break;
        }
        const full = this.fullNames.get(r.surname) ?? r.name;
        if (!e) {
          e = this.add(key, spaceCount(full) >= spaceCount(r.name) ? full : r.name, 'person');
        } else if (spaceCount(r.name) > spaceCount(e.name) && keepsFirstName(e.name, r.name)) e.name = r.name; // never a relative's longer name
        // "American Airlines' Kent Powell": the employer alone is described without its possessive.
        if (r.title && !e.description) e.description = withoutApostrophe(withoutPossessive(r.title));
        if (whole && !this.byKey.has(lone)) this.byKey.set(lone, e);
        if (r.role) this.roles.set(r.role, e);
        e.gender ??= genderOfHonorific(r.honorific);
        break;
      }
      case 'organization': {
        this.orgs = true;
        const key = 'o:' + r.name.toLowerCase();
        e = this.byKey.get(key) ?? null;
        if (e) break;
        // …and the other way round: "according to Ukraine’s Air Force" was read as a person, "the Air Force said" is that source.
        const as = this.byKey.get(personKey(r.name.slice(r.name.lastIndexOf(' ') + 1).toLowerCase()));
        if (as && as.name.toLowerCase() === r.name.toLowerCase()) {
          as.kind = 'organization';
          this.byKey.set(key, (e = as));
        } else e = this.add(key, r.name, 'organization');
        break;
      }
      case 'document':
        e = [...this.recent].reverse().find((x) => x.writes) ?? [...this.recent].reverse().find((x) => x.kind === 'organization') ?? null;
        break;
      case 'role': {
        e = this.roles.get(r.role) ?? null;
        if (!e) {
          const run = this.findRole(r.role, span.start) ?? this.appositive(r.role, span.start, r.text) ?? this.linkDescription(r.role, span.start);
          if (run) e = this.resolve({ type: 'person', name: run.name, surname: run.surname, honorific: null, title: null, role: null }, span, inWriting);
          if (e) {
            this.roles.set(r.role, e);
            e.description ??= r.text.replace(/^the /i, 'the ');
          }
        }
        e ??= this.byKey.get('d:' + r.text.toLowerCase()) ?? this.add('d:' + r.text.toLowerCase(), r.text, 'unnamed');
        break;
      }
      case 'unnamed': {
        if (r.definite) e = this.lastUnnamed(r.head);
        // "Harbor Gas officials said" again, in the same words: the same officials.
        else if (this.sameWords.has(r.text.toLowerCase()) && pluralDescription(r.head, r.text)) e = this.sameWords.get(r.text.toLowerCase())!;
        if (!e) {
          e = this.add('u:' + this.all.length, r.text, 'unnamed');
          e.anonymous = true;
          e.confidence = r.confidence;
          e.head = r.head;
          e.plural = pluralDescription(r.head, r.text);
          if (!r.definite) this.sameWords.set(r.text.toLowerCase(), e);
        }
        break;
      }
      case 'group':
        // "Many said …" opening an article: the quantifier is the group's only word.
        e = this.byKey.get('g:' + r.head) ?? this.add('g:' + r.head, r.text || r.head, 'group');
        e.plural = true;
        break;
      case 'description': {
        // "One of them said": a share of the plural group just cited.
        // …and "Several said": a quantifier standing alone for that group.
        // …and "the two write": the pair just cited.
        if (r.head === 'them' || r.head === 'those' || BARE_QUANTIFIERS.has(r.head) || (r.definite && (r.head === 'two' || r.head === 'three'))) {
          e = this.pronoun('they', span.start);
          if (e || r.head === 'them' || r.head === 'those') break;
        }
        const text = r.text || r.head;
        // "the ministry said" after "Russia’s Defense Ministry said": the organisation just cited whose name ends with that head.
        if (r.definite && text === r.head && ORG_HEADS.has(r.head)) {
          e = this.lastOrgEndingWith(r.head);
          if (e) break;
        }
        // "The airline said" after "AirAsia said": the organisation just cited.
        if (r.definite && text === r.head && ORG_DESCRIPTION_HEADS.has(r.head)) {
          e = this.lastOrg(span.start);
          if (e) break;
        }
        // "the treasurer said" after "Ann Lee, the city’s new treasurer, …": that person.
        const run = r.definite ? this.appositive(r.head, span.start, text) : null;
        if (run) {
          e = this.resolve({ type: 'person', name: run.name, surname: run.surname, honorific: null, title: null, role: null }, span, inWriting);
          if (e) e.description ??= text;
          break;
        }
        e = this.byKey.get('d:' + text.toLowerCase()) ?? this.add('d:' + text.toLowerCase(), text, 'unnamed');
        e.plural = pluralDescription(r.head, text);
        break;
      }
    }
    if (e && (r.type === 'unnamed' || r.type === 'description')) this.bySpan.set(spanKey, e);
    if (e) {
      e.mentions.push(span);
      if (inWriting) e.writes = true;
      // Moved to the end in place, the list kept to its last 20 (no new arrays per mention).
      const at = this.recent.indexOf(e);
      if (at >= 0) this.recent.splice(at, 1);
      if (this.recent.length > 20) this.recent.splice(0, this.recent.length - 20);
      this.recent.push(e);
    }
    return e;
  }

  private personKeyOf(surname: string): string {
    let key = this.keyOfSurname.get(surname);
    if (key === undefined) this.keyOfSurname.set(surname, (key = personKey(surname)));
    return key;
  }

  /** First word (lowercase) → the one full name the article gives starting with it, or null where two do (made when first asked). */
  private byFirstWord: Map<string, string | null> | null = null;

  /**
   * The one person's full name the article gives that starts with `word` ("Keith Joseph" for "keith"), whose
   * surname points back to it (never "Fiona Parry" where "Parry" is Eloise Parry), and that is no thing or place.
   */
  private fullNameStartingWith(word: string): string | null {
    if (this.byFirstWord === null) {
      this.byFirstWord = new Map();
      for (const full of this.fullNames.values()) {
        const space = full.indexOf(' ');
        if (space < 0 || full.indexOf(' ', space + 1) >= 0) continue;
        const first = full.slice(0, space).toLowerCase();
        const known = this.byFirstWord.get(first);
        this.byFirstWord.set(first, known === undefined || known === full ? full : null);
      }
    }
    const full = this.byFirstWord.get(word);
    if (!full) return null;
    const last = full.slice(full.lastIndexOf(' ') + 1).toLowerCase();
    return NOT_A_SURNAME.has(last) || PLACES.has(last) || PLACES.has(placeKey(full.toLowerCase())) ? null : full;
  }

  /** The organisation cited last, if it was cited close by; never a place speaking as its government ("Louisiana said"). */
  private lastOrg(at: number): Entity | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const x = this.recent[i]!;
      if (x.kind !== 'organization' || PLACES.has(placeKey(x.name.toLowerCase()))) continue;
      return this.isRecent(x, at) ? x : null;
    }
    return null;
  }

  /** The most recently cited organisation whose name's last word is `head` ("Defense Ministry" for "ministry"). */
  private lastOrgEndingWith(head: string): Entity | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const x = this.recent[i]!;
      if (x.kind === 'organization' && x.name.length > head.length && x.name.toLowerCase().endsWith(' ' + head)) return x;
    }
    return null;
  }

  /**
   * "the insider said": the last unnamed source with that head or one of its kind ("a senior adviser
   * … the aide"); never one of another kind ("a senior official … the spokesman" are two people),
   * unless the head says nothing of the kind ("one Liberal insider … the source").
   */
  private lastUnnamed(head: string): Entity | null {
    const group = sourceGroup(head);
    let any: Entity | null = null;
    for (let i = this.all.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const x = this.all[i]!;
      if (!x.anonymous || x.head === null) continue;
      if (x.head === head || sourceGroup(x.head) === group) return x;
      any ??= x;
    }
    return GENERIC_SOURCE_HEADS.has(head) ? any : null;
  }

  private isRecent(e: Entity, at: number): boolean {
    const last = e.mentions[e.mentions.length - 1];
    return last !== undefined && at - last.end < 400;
  }

  private pronoun(pronoun: string, at: number): Entity | null {
    // "he's predicting": the contraction's pronoun.
    const apostrophe = pronoun.indexOf("'");
    const p = apostrophe > 0 ? pronoun.slice(0, apostrophe) : pronoun;
    const need = p === 'he' || p === 'il' ? 'm' : p === 'she' || p === 'elle' ? 'f' : p === 'they' || p === 'ils' || p === 'elles' ? 'plural' : p === 'it' ? 'it' : 'self';
    if (need === 'self') return null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i]!;
      if (need === 'plural') {
        if (e.plural || e.kind === 'organization' || e.kind === 'group') return e.anonymous && !this.isRecent(e, at) ? null : e;
        continue;
      }
      if (need === 'it') {
        if (e.kind === 'organization') return e;
        continue;
      }
      // he/she: a person, or a single unnamed source ("the insider"), never "the paper" or "aides".
      if (e.kind !== 'person' && !(e.anonymous && !e.plural)) continue;
      if (e.gender && e.gender !== need) continue;
      // An unnamed source is picked up by a pronoun only close by: "…, a senior official said. He added …".
      // …one cited further back is passed over for the person before it ("Mrs Lee …, an aide said. ¶ She asked …").
      if (e.anonymous && !this.isRecent(e, at)) continue;
      return e;
    }
    if (need !== 'm' && need !== 'f') return null;
    // "Rush Limbaugh used his platform to discuss what he described as …": no source yet; the person named
    // just before in narration is looked up once all names are known (addNameMentions).
    const e = this.add('x:' + at, '', 'person');
    e.gender = need;
    e.pendingAt = at;
    this.pending.push(e);
    return e;
  }

  private add(key: string, name: string, kind: SpeakerKind): Entity {
    const e: Entity = {
      key,
      name,
      kind,
      anonymous: false,
      confidence: 'high',
      description: null,
      gender: null,
      plural: false,
      writes: false,
      mentions: [],
      head: null,
      cited: false,
    };
    this.all.push(e);
    this.byKey.set(key, e);
    return e;
  }

  /** Adds every place the article names a person we know ("Pete Hoekstra’s first statement"). */
  addNameMentions(runs: NameRun[]): void {
    for (const p of this.pending) {
      let e = this.citedPersonBefore(runs, p.pendingAt!, p.gender);
      // "Of late, he seems … Jensen Huang … he told": a chain of pronouns begun before the name is resolved at a later use.
      for (let m = 1; !e && m < p.mentions.length; m++) e = this.citedPersonBefore(runs, p.mentions[m]!.start, p.gender);
      if (!e) continue;
      e.mentions.push(...p.mentions);
      e.cited ||= p.cited;
      e.gender ??= p.gender;
      p.alias = e;
      p.mentions = [];
    }
    this.retypeLoneNames(runs);
    this.nameByFirstName(runs);
    // The mentions so far are the sources of cues and subjects of sentences; later ones are names anywhere.
    for (const e of this.all) e.sources = e.mentions.length;
    // A surname recurs: its key is made once (no regex, concatenation and hashing per run).
    const keys = new Map<string, string>();
    for (const run of runs) {
      let key = keys.get(run.surname);
      if (key === undefined) keys.set(run.surname, (key = personKey(run.surname)));
      const e = this.byKey.get(key);
      if (e) e.mentions.push({ start: run.start, end: run.end });
    }
  }

  /**
   * The person the article already cites whose name ends nearest before `at`, within reach: only a cited
   * person, as a run in passing may be a place or a title ("Ohio", "Inaugural Address"); a lone word in
   * passing is stepped over for the person before it ("Ann Lee put off the introduction of GCSEs because she feared …").
   */
  private citedPersonBefore(runs: NameRun[], at: number, gender: 'm' | 'f' | null): Entity | null {
    // The lone words stepped over within reach, each at its nearest use: "Huang" in "… by Huang himself. At the summit, he told …".
    const lone = new Map<string, number>();
    let earliestLone = at;
    for (let k = lastEndingBefore(runs, at); k >= 0; k--) {
      const run = runs[k]!;
      if (at - run.end > PENDING_REACH) {
        // Beyond reach only the full name of a surname used within reach is looked for, within reach of that use.
        if (run.end < earliestLone - PENDING_REACH) return null;
        const near = lone.get(run.surname);
        if (run.words === 1 || near === undefined || near - run.end > PENDING_REACH) continue;
      }
      const e = this.byKey.get(personKey(run.surname));
      if (e && e.kind === 'person' && (!e.gender || !gender || e.gender === gender)) return e;
      if (run.words === 1) {
        if (!lone.has(run.surname)) lone.set(run.surname, run.start);
        earliestLone = Math.min(earliestLone, run.start);
        continue;
      }
      // "At the World Governments Summit in Dubai, he told …": an event's or a thing's name in passing is stepped over.
      if (NOT_A_SURNAME.has(run.surname) || EVENT_LAST_WORDS.has(run.surname)) continue;
      // A full name in passing ("Kevin McCarthy … when he boasted") is the one meant, cited or not; one never
      // cited that the text goes on to call by surname ("Jensen Huang … Huang himself … he told") becomes a source.
      return !e && lone.has(run.surname) ? this.personNamedInPassing(run) : null;
    }
    return null;
  }

  /** A person first cited through a pronoun: the full name before it, when it reads as a person's ("Jensen Huang", not "New Hampshire"). */
  private personNamedInPassing(run: NameRun): Entity | null {
    const space = run.name.indexOf(' ');
    if (space < 0 || !isGivenName(run.name.slice(0, space)) || PLACES.has(run.surname) || PLACES.has(placeKey(run.name.toLowerCase()))) return null;
    return this.add(personKey(run.surname), run.name, 'person');
  }

  /**
   * "her mother, Fiona, said" where the article names her "Fiona Parry" once, whose surname is kept for
   * Eloise Parry: the lone first name is listed under that one full name (its mentions stay its own).
   */
  private nameByFirstName(runs: NameRun[]): void {
    // The two-word runs by first word, made when a lone name first asks: reading every run for every
    // lone name grew with the square of the text (a long text has many of both).
    let byFirst: Map<string, NameRun[]> | null = null;
    // (…never "Both" before "Both Sanders and Clinton said": a quantifier is no first name.)
    for (const e of this.all) {
      if (e.kind !== 'person' || !e.cited || e.name === '' || e.name.includes(' ') || QUANTIFIERS.has(e.name.toLowerCase())) continue;
      byFirst ??= twoWordRunsByFirstWord(runs);
      let full: string | null = null;
      for (const run of byFirst.get(e.name) ?? []) {
        if (NOT_A_SURNAME.has(run.surname) || PLACES.has(run.surname)) continue;
        if (full !== null && full !== run.name) {
          full = null;
          break;
        }
        full = run.name;
      }
      if (full) e.name = full;
    }
  }

  /**
   * A person source known by one word only, never with a first name, title or honorific, that the article
   * uses as only a company or a body is used ("Brightway believe", "Glimmer is asking … for comment", joined
   * by "and" to a company: "between Halvorsen and Zentrix") is an organisation.
   */
  private retypeLoneNames(runs: NameRun[]): void {
    // The names in doubt, by lowercase name (few or none: most sources are given in full).
    let doubt: Map<string, Entity> | null = null;
    for (const e of this.all) if (e.kind === 'person' && e.name !== '' && !e.name.includes(' ') && !e.description && !e.gender && e.cited) (doubt ??= new Map()).set(e.name.toLowerCase(), e);
    if (doubt === null) return;
    const body = new Set<Entity>();
    const titled = new Set<Entity>();
    for (const run of runs) {
      if (run.toks === null) continue;
      const e = doubt.get(run.surname);
      if (!e) continue;
      if (isTitled(run)) titled.add(e);
      else if (usedAsBody(run) || joinedNames(run).some((w) => (this.byKey.get('o:' + w) ?? this.byKey.get(personKey(w)))?.kind === 'organization')) body.add(e);
    }
    // …but never a name a title or an honorific stands before anywhere ("Mr. Halvorsen").
    for (const e of body) if (!titled.has(e)) e.kind = 'organization';
  }

  /**
   * Adds the pronouns of the narration ("he", "her", "they") to the person or group they most
   * likely refer to: the nearest earlier mention of a compatible source, a few mentions back at most.
   */
  addPronounMentions(pronouns: { start: number; end: number; need: 'm' | 'f' | 'plural' | 'person' }[]): void {
    const marks: { at: number; e: Entity; source: boolean }[] = [];
    for (const e of this.all) {
      if (e.kind !== 'person' && !e.plural) continue;
      const sources = e.sources ?? 0;
      for (let i = 0; i < e.mentions.length; i++) marks.push({ at: e.mentions[i]!.start, e, source: i < sources });
    }
    marks.sort((a, b) => a.at - b.at);
    let k = 0;
    for (const p of pronouns) {
      while (k < marks.length && marks[k]!.at < p.start) k++;
      let pick: Entity | null = null;
      for (let i = k - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
        const m = marks[i]!;
        const e = m.e;
        const fits =
          p.need === 'plural' ? e.plural : e.kind === 'person' && (p.need === 'person' || e.gender === null || e.gender === p.need);
        if (!fits || p.start - m.at >= 600) continue;
        // "Christie, a Donald Trump ally, … as he defended": a subject close by is read before a name in passing.
        pick ??= e;
        if (m.source && p.start - m.at < SUBJECT_REACH) {
          pick = e;
          break;
        }
      }
      // Duplicates (a pronoun already resolved as a cue's subject) are merged by toSpeakers.
      if (pick) pick.mentions.push({ start: p.start, end: p.end });
    }
  }

  /** The contract's speakers[], ids in order of first mention. */
  toSpeakers(): { speakers: Speaker[]; idOf: Map<Entity, string> } {
    const cited = this.all.filter((e) => e.cited && e.mentions.length > 0 && e.pendingAt === undefined);
    cited.sort((a, b) => firstStart(a) - firstStart(b));
    const idOf = new Map<Entity, string>();
    const speakers = cited.map((e, i) => {
      const id = `s${i + 1}`;
      idOf.set(e, id);
      return {
        id,
        name: e.name,
        kind: e.kind,
        anonymous: e.anonymous,
        description: e.description,
        mentions: dedupe(e.mentions),
      };
    });
    for (const p of this.pending) {
      const id = p.alias && idOf.get(p.alias);
      if (id) idOf.set(p, id);
    }
    return { speakers, idOf };
  }
}

/** Last words of a two-word name that make it no person's ("Trump Tower", "Apple Inc."): a lone name is not its first name. */
const NOT_A_SURNAME: ReadonlySet<string> = new Set([...ORG_HEADS, ...ORG_LAST_WORDS, ...THING_LAST_WORDS]);

/**
 * Two full names of one surname with different given names ("Eloise Parry", "Fiona Parry"): two people,
 * not one person's forms ("Hillary Clinton", "Hillary Rodham Clinton", "Wasserman Schultz", "J. Smith").
 */
function otherFirstName(known: string, name: string): boolean {
  const a = known.indexOf(' ');
  const b = name.indexOf(' ');
  if (a < 0 || b < 0 || known.endsWith(' ' + name) || name.endsWith(' ' + known)) return false;
  const first = known.slice(0, a);
  const other = name.slice(0, b);
  return first !== other && isGivenName(first) && isGivenName(other);
}

/** A capitalised word that reads as a given name: no initial, title or capitalised common word ("Republicans Jolly", "Continued Stone", "Chicago-based"). */
function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return word.length > 2 && !word.includes('.') && !word.includes('-') && !/(?:ed|ing|ans|ers)$/.test(lower) && !CAPITALISED_NON_NAMES.has(lower) && !TITLE_WORDS.has(lower) && !HONORIFICS.has(lower);
}

/** How far back (characters) the name a pending pronoun stands for may end. */
const PENDING_REACH = 300;

/** Index of the last run ending at or before `at`, or -1 (runs are in text order and never overlap). */
function lastEndingBefore(runs: NameRun[], at: number): number {
  const k = lastStartingAtOrBefore(runs, at);
  return k >= 0 && runs[k]!.end > at ? k - 1 : k;
}

/** "officials", "two officials", "several people familiar with the talks" are plural; "one of his aides" is one person. */
function pluralDescription(head: string, text: string): boolean {
  const space = text.indexOf(' ');
  const first = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  if (first === 'one' || first === 'each' || first === 'either' || first === 'neither') return false;
  return isPluralHead(head) || PLURAL_LEADS.has(first);
}

/**
 * A person's key: the surname without accents, and with the German "ue" for "ü" read as "u", so
 * "Gerhard Müller", "Muller" and "Mueller" in one wire story are one source.
 */
function personKey(surname: string): string {
  // Every name is looked up: ASCII ones skip the normalising.
  const k = isAscii(surname) ? surname : surname.normalize('NFD').replace(/\p{M}/gu, '');
  return 'p:' + (k.includes('ue') ? k.replace(/ue/g, 'u') : k);
}

/** All characters below U+0080 (a loop over a surname's few letters, not a regex per name). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Spans sorted by start, then end. */
function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

function firstStart(e: Entity): number {
  let m = Infinity;
  for (const s of e.mentions) if (s.start < m) m = s.start;
  return m;
}

function dedupe(spans: Span[]): Span[] {
  // Most entities' mentions come in text order already: sorted (a copy) only when not.
  const sorted = inOrder(spans) ? spans : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Two-word runs by their first word ("Fiona" for "Fiona Parry"), in text order. */
function twoWordRunsByFirstWord(runs: readonly NameRun[]): Map<string, NameRun[]> {
  const out = new Map<string, NameRun[]>();
  for (const run of runs) {
    const space = run.name.indexOf(' ');
    if (run.words !== 2 || space <= 0) continue;
    const first = run.name.slice(0, space);
    const list = out.get(first);
    if (list) list.push(run);
    else out.set(first, [run]);
  }
  return out;
}
