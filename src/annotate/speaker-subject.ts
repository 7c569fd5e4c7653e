import { isLyAdverb, phraseEndingAt, phraseStartingAt, relativeSource, type Phrase } from './noun-phrase';
import { CUE_GAP_WORDS } from './cue-verbs';
import { FUNCTION_WORDS, LINKING_PREPOSITIONS } from './function-words';
import type { Token } from './tokens';

/** How far back from a quotation we look for the clause's subject: a long clause, never the whole sentence. */
const MAX_LOOKBACK = 40;

/** Words after which a new main clause (and so a subject) begins: "… a liar and NBC News will accuse …". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so']);

/**
 * Words that open an adverbial clause: its subject counts only when the main clause has none before it
 * ("… even if he reserved his passion for “…”"). Not "that" or "whether": "Lee is questioning
 * whether Roe would have …" quotes the asker, not Roe.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'because', 'if', 'since', 'after', 'before', 'although', 'though', 'until', 'once', 'where']);

/** Prepositions of a short phrase that may open a clause before its subject: "at one point the crowd …", "on Monday she …". */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'in', 'during', 'after', 'since', 'by', 'for', 'within', 'later']);

/** Capitalised words that open a sentence as its subject but never speak: "Nothing really changed …". */
const NON_SUBJECTS: ReadonlySet<string> = new Set(['nothing', 'something', 'everything', 'anything', 'none', 'nobody']);

/** Auxiliaries that open a verb phrase: "the NRA was going into overdrive", "Democrats can’t just point". */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'did', 'does', 'do', 'may', 'might', 'must', "can't", "won't", "didn't", "doesn't", "don't"]);

/** Words that open an object, so the "-s" word before them is a verb: "Heer sees the piece", "Lee calls his plan". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'him', 'them', 'it']);

/** Irregular past tenses a subject is often followed by ("The GOP presidential candidate sent out an email …"). */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['sent', 'wore', 'broke', 'stood', 'took', 'made', 'gave', 'held', 'began', 'got', 'went', 'thought', 'spoke', 'brought', 'kept', 'won', 'saw', 'felt', 'drew', 'knew']);

/**
 * The subject of the clause a quotation sits in, when no cue word introduces it: "… and the crowd
 * loudly reprised the chant “…”", "The email goes on to say: “…”". The nearest phrase before the
 * quotation that opens a clause and is followed by its verb; null when none is within reach.
 */
export function subjectBeforeQuote(toks: Token[], quoteAt: number): Phrase | null {
  let inner: Phrase | null = null;
  for (let v = quoteAt - 1; v >= 1 && quoteAt - v <= MAX_LOOKBACK; v--) {
    const verb = toks[v]!;
    if (!isVerbLike(verb)) continue;
    // "the crowd loudly reprised", "The campaign’s statement then declares": step back over adverbs.
    let p = v - 1;
    while (p >= 0 && isAdverb(toks[p]!)) p--;
    if (p < 0) continue;
    // "Lee, who has cast herself as the “safe streets candidate,”": the antecedent and its relative pronoun.
    const rel = toks[p]!;
    if (rel.word && !rel.quoted && (rel.lower === 'who' || (rel.lower === 'which' && toks[p - 1]?.text === ','))) {
      // "Cruz is praising Bush, who ended his bid Saturday, as “…”": an aside closed before the quotation is stepped over.
      if (toks[p - 1]?.text === ',' && closedBefore(toks, v, quoteAt)) continue;
      const ph = relativeSource(toks, p);
      if (ph) return ph;
      continue;
    }
    const ph = phraseEndingAt(toks, p);
    if (!ph || NON_SUBJECTS.has(toks[ph.head]!.lower)) continue;
    const opener = clauseOpener(toks, ph.first);
    // "It is strange that Trump would denounce “…”": after an extraposed "it is … that", the that-clause's subject.
    // (The phrase reader may take "that" for a determiner: "that Trump".)
    if (opener === null && toks[ph.first]!.lower === 'that' && ph.head > ph.first && extraposedIt(toks, ph.first)) return { first: ph.first + 1, last: ph.last, head: ph.head };
    if (opener === null && toks[ph.first - 1]?.lower === 'that' && extraposedIt(toks, ph.first - 1)) return ph;
    if (opener === null) continue;
    // "when Sanders protesters interrupted": after a bare name, an "-s" word is its noun, not a verb.
    // …but "Wallnau continues: “…”" ends its clause on the verb.
    const next = toks[v + 1];
    const endsClause = next !== undefined && (next.quoted || next.text === ':' || next.text === ',');
    // …and "Heer sees the piece as …" is a verb: a determiner follows it.
    const objectFollows = next !== undefined && next.word && OBJECT_OPENERS.has(next.lower);
    if (p === v - 1 && toks[p]!.cap && !verb.lower.endsWith('ed') && !AUXILIARIES.has(verb.lower) && !endsClause && !objectFollows) continue;
    // "Clinton tried …, because he had accepted “…”": the main clause's subject is the one quoted.
    if (opener === 'main') return ph;
    inner ??= ph;
  }
  return inner;
}

/** "It is strange that", "It was clear that": the "that" at t follows "it", a form of "be" and one or two words, opening the sentence or a clause. */
function extraposedIt(toks: Token[], t: number): boolean {
  for (let b = t - 2; b >= Math.max(1, t - 3); b--) {
    const it = toks[b - 1]!;
    if (BE_AFTER_IT.has(toks[b]!.lower) && it.lower === 'it' && (b === 1 || openerBefore(toks, b - 1) === 'main')) return true;
  }
  return false;
}

const BE_AFTER_IT: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s']);

/** The first comma after the verb at v closes its clause right before the quotation (", “…" or ", as “…"). */
function closedBefore(toks: Token[], v: number, quoteAt: number): boolean {
  let k = v + 1;
  while (k < quoteAt && toks[k]!.text !== ',') k++;
  return k === quoteAt - 1 || (k === quoteAt - 2 && toks[k + 1]!.lower === 'as');
}

function isVerbLike(t: Token): boolean {
  if (!t.word || t.quoted || t.cap) return false;
  if (AUXILIARIES.has(t.lower) || IRREGULAR_PASTS.has(t.lower)) return true;
  // A past or third-person form: "imagined", "reprised", "declares"; not "supporter", "remark".
  return /[a-z](?:ed|s)$/.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower) && !FUNCTION_WORDS.has(t.lower) && !LINKING_PREPOSITIONS.has(t.lower);
}

function isAdverb(t: Token): boolean {
  return t.word && !t.quoted && (CUE_GAP_WORDS.has(t.lower) || isLyAdverb(t));
}

/** Whether a phrase starting at `first` opens a main clause, a subordinate one, or none. */
function clauseOpener(toks: Token[], first: number): 'main' | 'subordinate' | null {
  // "…, and then Wallnau continues:": an adverb may sit between the clause's opener and its subject.
  let at = first;
  while (at > 0 && isAdverb(toks[at - 1]!) && first - at < 2) at--;
  const direct = openerBefore(toks, at);
  if (direct !== undefined) return direct;
  // "Six years ago Pope Leo aimed to …": a time phrase ending in "ago" opens the clause before its subject.
  if (toks[first - 1]?.lower === 'ago') {
    for (let m = first - 2; m >= Math.max(0, first - 5); m--) {
      if (!toks[m]!.word || toks[m]!.quoted) return null;
      const opener = openerBefore(toks, m);
      if (opener !== undefined) return opener;
    }
    return null;
  }
  // "…, and at one point the crowd loudly reprised": a short opening prepositional phrase.
  // Not the preposition's own object: "and in a statement credited him" has no subject.
  for (let m = first - 2; m >= Math.max(0, first - 5); m--) {
    const t = toks[m]!;
    if (!t.word || t.quoted) return null;
    if (OPENING_PREPOSITIONS.has(t.lower)) return openerBefore(toks, m) ?? null;
  }
  return null;
}

/** The kind of clause a word at `at` opens, judged by the token before it; undefined when that token is an ordinary word. */
function openerBefore(toks: Token[], at: number): 'main' | 'subordinate' | null | undefined {
  if (at === 0) return 'main';
  const before = toks[at - 1]!;
  if (before.quoted) return null;
  if (!before.word) return before.text === ',' || before.text === ';' || before.text === ':' || before.text === '—' || before.text === '–' ? 'main' : null;
  if (COORDINATORS.has(before.lower)) return 'main';
  return SUBORDINATORS.has(before.lower) ? 'subordinate' : undefined;
}

/** Words opening a fronted clause whose pronoun subject may stand for the main clause's named subject. */
const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'although', // "Although he said it was “wild”, Reyes stopped short of …"
  'though', // "Though she called it “a gamble”, Lund signed the deal"
  'when', // "When he was asked about “the tape”, Lee laughed"
  'after', // "After she described the plan as “dead”, Lund left the room"
  'before', // "Before he called it “a triumph”, Berg had doubted it"
  'because', // "Because he said “no”, Berg was dropped"
  'since', // "Since she called the vote “rigged”, Lund has been silent"
  'once', // "Once he declared “victory”, Berg flew home"
]);

/**
 * "Although he said it was “wild” to see himself, Reyes stopped short of …": a he/she that opens a
 * fronted clause (the sentence's first two words) stands for the main clause's named subject after
 * the clause's comma. The name's phrase, or null when no name follows as a subject.
 */
export function cataphoricSubject(toks: Token[], pronounAt: number): Phrase | null {
  const pronoun = toks[pronounAt]!.lower;
  if (pronounAt !== 1 || (pronoun !== 'he' && pronoun !== 'she') || !FRONTED_CLAUSE_OPENERS.has(toks[0]!.lower)) return null;
  // The clause ends at its first comma outside a quotation.
  let c = pronounAt + 1;
  while (c < toks.length && (toks[c]!.quoted || toks[c]!.text !== ',')) c++;
  const ph = c < toks.length ? phraseStartingAt(toks, c + 1) : null;
  if (!ph || ph.first !== c + 1 || !toks[ph.head]!.cap || !toks[ph.first]!.cap) return null;
  // …a name followed by its verb: "Reyes stopped", not "Reyes, the actor, …" nor "Oslo’s mayor".
  const verb = toks[ph.last + 1];
  return verb !== undefined && verb.word && !verb.quoted && !verb.cap && !FUNCTION_WORDS.has(verb.lower) ? ph : null;
}
