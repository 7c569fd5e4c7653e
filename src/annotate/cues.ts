import type { Span } from '../model/analysis';
import { ACCORDING_CUES, CLAIM_NOUNS, CUE_GAP_WORDS, CUE_TIME_WORDS, CUE_VERBS, PLACE_OF_SPEECH, PLEA_WORDS, RECORD_NOUNS, STATEMENT_WORDS, WENT_STATES } from './cue-verbs';
import { clauseSubject, phraseEndingAt, phraseStartingAt, relativeSource, skipGapBack, type Phrase } from './noun-phrase';
import { endsPossessive, isDash, type Token } from './tokens';
import { hasWordForm, SPEECH_NOUNS } from './quote-speech-words';
import { UNNAMED_HEADS, VAGUE_GROUPS } from './anonymity-phrases';
import { SUBJECT_PRONOUNS } from './pronouns';
import { FUNCTION_WORDS } from './function-words';
import { ROLE_HEADS } from './titles';
import { cataphoricSubject, subjectBeforeQuote } from './speaker-subject';
import { colonSource } from './colon-source';
import { phrasalCue, wordsOfSource } from './words-of';
import { mayHold, wordFilter } from './word-filter';

/** One cue in a sentence and the phrase that is its source (null when none could be read). */
export interface Attribution {
  cue: Span & { text: string };
  /** Tokens of the source phrase, or null. */
  source: Token[] | null;
  /** Index in `source` of the head word. */
  head: number;
  /** Token index of the source's first word in its sentence (-1 when none). */
  sourceAt: number;
  /** The source follows the cue: "said Mr. Hoekstra", "according to a senior official". */
  inverted: boolean;
  /** No cue word: the subject of a sentence, kept as context ("Clinton touted her record. “…”"). */
  cueless: boolean;
  /** "said in a statement": the source spoke in writing (so "the statement said" can find it). */
  inWriting: boolean;
  paragraph: number;
  sentence: number;
}

/** A short credit after a dash ("- Jane Roe.", "—Ann Lee, Halifax.") is a name whatever follows it. */
const DASH_CREDIT_MAX_TOKENS = 10;

/**
 * The name credited after the dash at `dash`: "- Jane Roe.", "— Ann Lee, 45, a teacher from
 * Dayton". A longer line counts only when the name is all the clause holds (it ends the sentence
 * or a comma or bracket follows it: "— Ann Lee said" is a cue of its own, "— Lee’s slogan" no credit).
 */
function creditAfterDash(toks: Token[], dash: number): Phrase | null {
  const ph = phraseStartingAt(toks, dash + 1);
  if (!ph || !toks[ph.head]!.cap) return null;
  if (dash === 0 && toks.length <= DASH_CREDIT_MAX_TOKENS) return ph;
  const after = toks[ph.last + 1];
  if (endsPossessive(toks[ph.last]!.text)) return null;
  return !after || after.text === ',' || after.text === '(' || after.text === '.' ? ph : null;
}

const FRENCH_INVERTED_PRONOUN = /-t-(?:il|elle|ils|elles)$/; // "a-t-il ajouté"

/** The shapes of the words findAttributions looks up in ACCORDING_CUES and CUE_VERBS for every word. */
const CUE_SHAPES = wordFilter(ACCORDING_CUES.keys(), CUE_VERBS.keys());

/** The shapes of STATEMENT_WORDS, looked up in the eight words after every cue. */
const STATEMENT_SHAPES = wordFilter(STATEMENT_WORDS);

/** Every cue of one sentence, left to right, with its source phrase. Bounded work per cue. */
export function findAttributions(text: string, toks: Token[], paragraph: number, sentence: number): Attribution[] {
  const out: Attribution[] = [];
  // A verb after a quoted source needs a quotation in the sentence: asked once here, not per word.
  let quoted = false;
  for (let k = 0; k < toks.length && !quoted; k++) quoted = toks[k]!.quoted;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted || (!t.word && t.text !== ':' && !isDash(t.text) && i !== 0)) continue;
    // Most words have no cue's shape: both cue lookups below are skipped for them.
    const cueShaped = mayHold(CUE_SHAPES, t.lower);
    const according = cueShaped ? ACCORDING_CUES.get(t.lower) : undefined;
    if (according !== undefined) {
      const next = toks[i + 1];
      if (according !== null && (!next || next.lower !== according)) continue;
      const after = according === null ? i + 1 : i + 2;
      const ph = agentOf(toks, phraseStartingAt(toks, after));
      const cueEnd = according === null ? t.end : next!.end;
      out.push(make(text, toks, t.start, cueEnd, ph, true, paragraph, sentence, after));
      continue;
    }
    if (!t.word && isDash(t.text)) {
      // "- Jane Roe." on its own paragraph under a quotation: the credit line of a fact check;
      // "“…” — Jane Roe, mayor of Springfield": the credit right after the quotation.
      const ph = i === 0 || (toks[i - 1]!.quoted && isMark(toks[i - 1]!.text)) ? creditAfterDash(toks, i) : null;
      if (ph) out.push(make(text, toks, t.start, t.end, ph, true, paragraph, sentence, ph.last + 1));
      continue;
    }
    if (t.text === ':' ) {
      // "Pollsters agree - Carl Bialik: “One of the biggest lessons …”": a name, a colon, a quotation.
      const next = toks[i + 1];
      if (next && next.quoted && i > 0 && !cueAfterQuotation(toks, i + 1)) {
        const ph = colonSource(toks, i);
        if (ph) out.push(make(text, toks, t.start, t.end, ph, false, paragraph, sentence, i + 1));
      }
      continue;
    }
    // "her claim that she “never sent” …", "Trump’s claim that Obama “founded ISIS”": the possessor of a speech noun before "that" said it.
    const possessor = toks[i + 1]?.lower === 'that' && !t.cap && (hasWordForm(SPEECH_NOUNS, t.lower) || CLAIM_NOUNS.has(t.lower)) ? possessorBefore(toks, i) : null;
    if (possessor) {
      out.push(make(text, toks, t.start, t.end, possessor, false, paragraph, sentence, i + 1));
      continue;
    }
    // "the suggestion by a potential president that someone “ought to …”", "the contention of Ann Lee that …": the agent after "by" or "of".
    // (Asked only in a sentence with a quotation: "of" is frequent, and the noun's forms are looked up.)
    const link = quoted ? toks[i + 1]?.lower : undefined;
    const claimant = (link === 'by' || link === 'of') && !t.cap && (CLAIM_NOUNS.has(t.lower) || hasWordForm(SPEECH_NOUNS, t.lower)) ? agentBeforeThat(toks, i + 2) : null;
    if (claimant) {
      out.push(make(text, toks, t.start, t.end, claimant, true, paragraph, sentence, claimant.last + 1));
      continue;
    }
    // "Romney’s “47 percent” comment": the possessor said the words.
    if (t.cap && toks[i + 1]?.quoted && endsPossessive(t.text) && possessedSpeech(toks, i)) {
      const ph = phraseEndingAt(toks, i);
      if (ph && toks[ph.head]!.cap) out.push(make(text, toks, t.end - 2, t.end, ph, false, paragraph, sentence, i + 1));
      continue;
    }
    // "the United States" is not "states": a cue verb is lowercase in running text.
    let form = t.cap || !cueShaped ? undefined : CUE_VERBS.get(t.lower);
    if (form && isPossessedNoun(toks, i)) form = undefined; // asked only of cue words, not of every word
    if (form && !quoted && isFragmentNoun(toks, i)) form = undefined;
    if (form && t.lower === 'called' && isNamingCalled(toks, i)) form = undefined;
    // "what critics call", "they call it": the verb after a plural or a pronoun, not "a phone call", "his call".
    if (form && t.lower === 'call' && (!callsAfterSubject(toks[i - 1]) || CALL_PARTICLES.has(toks[i + 1]?.lower ?? ''))) form = undefined;
    // "if he continues to lose ground": "continue to" does, it does not say.
    // …nor do "continued struggles" or "continued the fight": only a pause, a quotation or "that" may follow the verb that says.
    if (form && (t.lower === 'continues' || t.lower === 'continued') && toks[i + 1]?.word && !toks[i + 1]!.quoted && !toks[i + 1]!.cap && toks[i + 1]!.lower !== 'that') form = undefined;
    // "“…,” he went on", not "the remark that it was “safe” went viral" nor "the firm went bust".
    if (form && t.lower === 'went' && ((toks[i + 1]?.lower !== 'on' && toks[i - 1]?.quoted) || WENT_STATES.has(toks[i + 1]?.lower ?? ''))) form = undefined;
    // "she pleaded guilty": a plea in court, not speech.
    if (form && t.lower === 'pleaded' && PLEA_WORDS.has(toks[i + 1]?.lower ?? '')) form = undefined;
    // "many Asian states, and …": the noun; the verb introduces what is stated ("the website states that", "states: “…”").
    if (form && t.lower === 'states' && !statesIsVerb(toks, i)) form = undefined;
    if (!form && quoted && isVerbAfterQuotedSource(toks, i)) form = 'finite';
    if (!form && !t.cap && t.lower === 'words') {
      // "in the words of Ann Lee, “…”" / "in Lee’s words, “…”"
      const w = wordsOfSource(toks, i);
      if (w) out.push(make(text, toks, t.start, t.end, w.ph, w.inverted, paragraph, sentence, i + 1));
      continue;
    }
    // Asked only of words starting with "p" ("put it", "pointed out"): this line runs for every word.
    const phrasal = !form && !t.cap && t.lower.charCodeAt(0) === 112 ? phrasalCue(toks, i) : -1;
    if (phrasal > 0) form = 'finite';
    if (!form) continue;
    const cueEnd = t.end;
    // "has been called “a folly” by Ann Lee", "labeled as a “witch hunt” by critics": the agent named after the quotation.
    const agent = NAMING_CUES.has(t.lower) ? agentAfterQuote(toks, i + 1) : null;
    if (agent) {
      out.push(make(text, toks, t.start, cueEnd, agent, true, paragraph, sentence, i + 1));
      continue;
    }
    // "told reporters" reads as one cue; so do "put it" and "pointed out".
    let end = phrasal > 0 ? toks[phrasal]!.end : cueEnd;
    const obj = toks[i + 1];
    if (t.lower === 'told' && obj && obj.word && (obj.lower === 'reporters' || obj.lower === 'journalists')) end = obj.end;
    const j = skipGapBack(toks, i - 1);
    const prev = toks[j];
    let ph: Phrase | null;
    let inverted = false;
    if (prev && FRENCH_INVERTED_PRONOUN.test(prev.lower)) {
      // "a-t-il ajouté": the pronoun is glued to the auxiliary.
      ph = { first: j, last: j, head: j };
    } else if (form === 'participle') {
      ph = prev && prev.word ? phraseEndingAt(toks, j) : null;
      // "with news outlets reporting" has its source right before; "at one point calling" does not.
      // …and "with many marchers and spectators chanting “…”" has its subject after "with".
      if (ph && !isSourceLike(toks[ph.head]!) && toks[ph.first - 1]?.lower !== 'with') ph = null;
      // "Lee posted to Twitter asking …", "went on Facebook saying …": where the speaker spoke is no speaker
      // (but "to respond to Lee's calling him …" names the gerund's subject).
      if (ph && PLACE_OF_SPEECH.has(toks[ph.first - 1]?.lower ?? '') && !endsPossessive(toks[ph.last]!.text)) ph = null;
      // "The senator emailed supporters saying: “…”": the phrase is the object of a verb; the clause's subject speaks.
      if (ph && /^[a-z]+ed$/.test(toks[ph.first - 1]?.text ?? '')) {
        const subject = phraseEndingAt(toks, ph.first - 2);
        ph = subject && isSourceLike(toks[subject.head]!) ? subject : null;
      }
      // "The ad cuts to footage of Trump saying, “…”", "Byrne gives an account of Clinton telling …": the speech reaches us through the clause's subject.
      if (ph && relayedBy(toks, toks[ph.first]!.lower === 'of' ? ph.first : ph.first - 1)) ph = null;
      if (!ph || prev!.text === ',') ph = earlierSource(toks, out) ?? clauseSubject(toks, i);
    } else if (!prev || prev.quoted || prev.text === ',' && (j === 0 || toks[j - 1]!.quoted || isMark(toks[j - 1]!.text)) || isMark(prev.text)) {
      // "“…,” said Mr. Hoekstra" / "« … », a déclaré M. Blanchet": the source follows.
      ph = phraseStartingAt(toks, i + 1);
      inverted = ph !== null;
      // …but in "Ellis, who starred in the show “Big Money,” said the plan was …" a clause follows: the cue is the sentence subject's.
      // …and "Hart, who calls Lee a “fraud,” said he does …": a pronoun after the cue opens the reported clause.
      if (ph && j > 1 && (OPENS_VERB.has(toks[ph.last + 1]?.lower ?? '') || (ph.first === ph.last && SUBJECT_PRONOUNS.has(toks[ph.first]!.lower) && toks[ph.last + 1]?.word))) {
        ph = clauseSubject(toks, i);
        inverted = false;
      }
    } else if (prev.text === ',' || prev.text === '—' || prev.text === '–') {
      // "…, said Brad Bannon, a Democratic pollster.": a name after the cue that ends the clause is its source ("…, say some Democrats." too).
      // "…, reports USA Today." / "…, reported the Daily Star.": the outlet after the cue too.
      const report = t.lower === 'reports' || t.lower === 'reported';
      const closing = INVERTIBLE.has(t.lower) || t.lower === 'say' ? closingSourceAfter(toks, i + 1) : report ? outletAfter(toks, i + 1) : null;
      if (closing) {
        ph = closing;
        inverted = true;
      } else {
        // "Mr. Blanchet, whose party lost 12 seats …, said": skip the aside back to the comma before it.
        // "Gov. Ann Lee (R-Ohio), said": the name with its party and state right before the comma.
        const named = toks[j - 1]?.text === ')' ? phraseEndingAt(toks, j - 1) : null;
        ph = named && toks[named.head]!.cap ? named : subjectBeforeAside(toks, j);
      }
    } else if (prev.word && (BE_FORMS.has(prev.lower) || prev.lower === 'as') && toks[i + 1]?.lower === 'by') {
      // "Lee was asked by the moderator whether …": the passive's agent is the source.
      // …and "“extremely careless” – as described by the FBI director –": so is the agent of "as … by".
      ph = phraseStartingAt(toks, i + 2);
      inverted = ph !== null;
    } else if (prev.word && BE_FORMS.has(prev.lower) && toks[i + 1]?.lower !== 'to') {
      // "Officials … were mocked and criticized": a passive has no speaking subject.
      ph = null;
    } else if (prev.word && (prev.lower === 'and' || prev.lower === 'or') && j >= 2 && CUE_VERBS.has(toks[j - 1]!.lower) && BE_FORMS.has(toks[j - 2]!.lower)) {
      ph = null;
    } else if (prev.word && /^(?:is|are|was|were)$/.test(prev.lower) && toks[i + 1]?.lower === 'to') {
      // "Some advisers are said to be urging …": the passive's subject is the source.
      ph = phraseEndingAt(toks, j - 1);
    } else if (prev.word && (prev.lower === 'who' || prev.lower === 'which' || (prev.lower === 'that' && WRITTEN_CUES.has(t.lower) && afterNoun(toks, j)))) {
      // "a sign that read “…”", "a message that said, “…”": the relative's antecedent wrote it.
      ph = relativeSource(toks, j);
    } else if (prev.word && (prev.lower === 'and' || prev.lower === 'but')) {
      // "Suu Kyi, 70, said it was too early but added, …": the source of the first verb.
      // "Sam waved, and Ann leaned in and boomed:": the subject of the verb the cue is joined to.
      ph = nearestSubject(toks, j) ?? earlierSource(toks, out) ?? subjectBeforeQuote(toks, j) ?? clauseSubject(toks, j);
    } else {
      // "… at the plant for years said": the time phrase's preposition is skipped too.
      ph = phraseEndingAt(toks, prev.lower === 'for' && j < i - 1 ? j - 1 : j);
      const object = ph;
      // "Beck, who has in the past described …": a prepositional phrase before the cue is not its subject.
      // …nor is a capitalised place after "in" or "at": "a researcher at the University of Leeds in England told".
      let prep = ph && ph.first >= 2 ? toks[ph.first - 1]!.lower : '';
      // …nor the second of two places joined after it: "prosecutors in San Francisco and Los Angeles say".
      if (ph && (prep === 'and' || prep === 'or') && toks[ph.head]!.cap) {
        const q = phraseEndingAt(toks, skipGapBack(toks, ph.first - 2));
        const before = q && q.first >= 2 ? toks[q.first - 1]!.lower : '';
        if (q && toks[q.head]!.cap && (before === 'in' || before === 'at')) {
          ph = q;
          prep = before;
        }
      }
      if (ph && SKIPPED_PREPOSITIONS.has(prep) && (!toks[ph.head]!.cap || prep === 'in' || prep === 'at')) {
        let k = skipGapBack(toks, ph.first - 2);
        // "officials on and off the island believe": two prepositions share the object.
        if (toks[k]?.lower === 'and' && SKIPPED_PREPOSITIONS.has(toks[k - 1]?.lower ?? '')) k = skipGapBack(toks, k - 2);
        // "officials in the FBI and at the Justice Department said": the first of two joined prepositional phrases goes too.
        if (toks[k]?.lower === 'and') {
          const q = phraseEndingAt(toks, skipGapBack(toks, k - 1));
          if (q && q.first >= 2 && SKIPPED_PREPOSITIONS.has(toks[q.first - 1]!.lower)) k = skipGapBack(toks, q.first - 2);
        }
        const w = toks[k];
        ph = w && w.word && (w.lower === 'who' || w.lower === 'which') ? relativeSource(toks, k) : w && w.word ? phraseEndingAt(toks, k) : null;
      }
      // "Ann Lee, 45, of Dayton said": where the speaker is from, after the asides; the name opens the clause.
      if (ph && toks[ph.first]!.lower === 'of' && toks[ph.first - 1]?.text === ',') ph = subjectBeforeAside(toks, ph.first - 1) ?? ph;
      if (ph) ph = relativeClauseSubject(toks, ph) ?? nameBeforeApposition(toks, ph);
      // "A woman who has worked at the plant said": with no subject before the preposition, the relative clause's antecedent.
      else if (object) ph = relativeClauseSubject(toks, object);
      // "In a CNN poll released Monday, 31% of Republicans said …": the poll reports what its share said.
      if (ph && toks[0]!.lower === 'in') ph = pollOpening(toks, ph.first) ?? ph;
    }
    if (!ph && form === 'finite' && INVERTIBLE.has(t.lower)) {
      // "…, says Dante Scala, a political scientist": the source follows even away from the quote.
      const next = toks[i + 1];
      if (next && next.word && !next.quoted && (next.cap || next.lower === 'the')) {
        ph = phraseStartingAt(toks, i + 1);
        // …but "said the cuts were …" opens the reported clause.
        if (ph && OPENS_VERB.has(toks[ph.last + 1]?.lower ?? '')) ph = null;
        inverted = ph !== null;
      }
    }
    // "Although he said it was “wild”, Reyes stopped short …": the pronoun is the named subject's.
    if (ph && ph.first === 1 && ph.last === 1 && !inverted) ph = cataphoricSubject(toks, 1) ?? ph;
    out.push(make(text, toks, t.start, end, ph, inverted, paragraph, sentence, i + 1));
  }
  return out;
}

/**
 * "“Your plan is sound,” the mayor assured Lee": any past-tense verb right after a source
 * that directly follows a quotation ending in a comma is its cue.
 */
function isVerbAfterQuotedSource(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.cap || i < 2) return false;
  // Both readings below need a quotation closed within the four tokens before: look for it first,
  // which spares the word test on almost every word of the text (this runs for each non-cue word).
  let quoteBefore = false;
  for (let k = i - 1; k >= Math.max(0, i - 4) && !quoteBefore; k--) quoteBefore = toks[k]!.quoted;
  if (!quoteBefore || !/[a-z](?:ed|s)$/.test(t.lower)) return false;
  // "“This is fantastic!” beamed Donald Hartley": the verb right after the quotation, a name after it.
  const after = toks[i + 1];
  if (t.lower.endsWith('ed') && toks[i - 1]!.quoted && isMark(toks[i - 1]!.text) && after && after.word && after.cap) {
    const inner = toks[i - 2];
    return inner !== undefined && (inner.text === ',' || inner.text === '?' || inner.text === '!');
  }
  // "“…,” he mocks": a present-tense verb only after a pronoun ("“…,” Trump aides" is a noun).
  if (!t.lower.endsWith('ed') && !SUBJECT_PRONOUN_WORDS.has(toks[i - 1]!.lower)) return false;
  const prev = toks[i - 1]!;
  if (!prev.word || prev.quoted) return false;
  // The source is one to three words, and right before it the quotation closed on a comma.
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const u = toks[k]!;
    if (u.quoted) {
      const inner = toks[k - 1];
      return isMark(u.text) && inner !== undefined && (inner.text === ',' || inner.text === '?' || inner.text === '!');
    }
    if (!u.word || !(u.cap || SUBJECT_PRONOUN_WORDS.has(u.lower) || u.lower === 'the')) return false;
  }
  return false;
}

const SUBJECT_PRONOUN_WORDS = new Set(['he', 'she', 'they']);

/** The source-like phrase at k that runs right up to "that": "a potential president that …", "Ann Lee that …". */
function agentBeforeThat(toks: Token[], k: number): Phrase | null {
  const ph = phraseStartingAt(toks, k);
  return ph && toks[ph.last + 1]?.lower === 'that' && isSourceLike(toks[ph.head]!) ? ph : null;
}

/** "footage of Trump saying", "an account of Clinton telling": "of" at k after a record of speech (not "think of Carson saying"). */
function relayedBy(toks: Token[], k: number): boolean {
  const t = toks[k - 1];
  return toks[k]?.lower === 'of' && t !== undefined && t.word && !t.quoted && RECORD_NOUNS.has(t.lower);
}

/** Cues of words written on a thing, after "that": "a sign that read", "water bottles that said" (not "an editorial that accuses"). */
const WRITTEN_CUES: ReadonlySet<string> = new Set(['read', 'reads', 'said', 'says']);

/** "that" at j follows a noun, so it opens a relative clause ("a sign that read"), not a reported one ("argued that"). */
function afterNoun(toks: Token[], j: number): boolean {
  const t = toks[j - 1];
  return t !== undefined && t.word && !t.quoted && !FUNCTION_WORDS.has(t.lower) && !CUE_VERBS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower);
}

/** What follows "states" used as a verb: "states that", "states:", "states in its report", "states to …"; or a quotation within two words. */
const STATES_COMPLEMENT: ReadonlySet<string> = new Set(['that', ':', 'in', 'on', 'to', 'clearly', 'plainly', 'simply', 'flatly', 'explicitly']);

/** "states" introduces what is stated: a complement or a quotation follows, or a quotation closed just before ("“…,” the document states"). */
function statesIsVerb(toks: Token[], i: number): boolean {
  if (STATES_COMPLEMENT.has(toks[i + 1]?.lower ?? '') || toks[i + 1]?.quoted || toks[i + 2]?.quoted) return true;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (toks[k]!.quoted) return true;
  return false;
}

function callsAfterSubject(p: Token | undefined): boolean {
  return p !== undefined && p.word && !p.quoted && !POSSESSIVE_DETERMINERS.has(p.lower) && (/[^isu'’]s$/.test(p.lower) || p.lower === 'they' || p.lower === 'we' || p.lower === 'i' || p.lower === 'you');
}

/** "outlets call upon experts", "they call for calm": a phrasal verb, not a naming. */
const CALL_PARTICLES: ReadonlySet<string> = new Set(['upon', 'on', 'for', 'off', 'in', 'up', 'out', 'back', 'into']);

/**
 * The quotation starting at `i` is followed by a cue of its own ("NEW: “…,” says a city engineer"):
 * the words before the colon are a label, not its source.
 */
function cueAfterQuotation(toks: Token[], i: number): boolean {
  let k = i;
  while (k < toks.length && toks[k]!.quoted) k++;
  const after = toks[k];
  return after !== undefined && after.word && !after.cap && CUE_VERBS.has(after.lower);
}

/** Cue words that are also plural nouns: "his remarks", "Clinton's claims", "his top shows". */
const NOUN_CUES: ReadonlySet<string> = new Set(['remarks', 'claims', 'shows', 'states', 'calls', 'reports', 'notes', 'comments', 'says', 'quotes']);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * "Video calls. Price quotes.": a cue word that is also a plural noun, ending a short verbless fragment
 * of a few words with no quotation, is the noun (a sentence that reports says what: "…, CNN reports." has its comma).
 */
function isFragmentNoun(toks: Token[], i: number): boolean {
  if (i > 3 || !NOUN_CUES.has(toks[i]!.lower)) return false;
  for (let k = 0; k < i; k++) if (!toks[k]!.word) return false;
  for (let k = i + 1; k < toks.length; k++) if (toks[k]!.word) return false;
  return true;
}

/** A plural noun owned by someone, one adjective at most between: "her opening remarks" is no cue. */
function isPossessedNoun(toks: Token[], i: number): boolean {
  if (!NOUN_CUES.has(toks[i]!.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const u = toks[k]!;
    if (!u.word || u.quoted) return false;
    if (POSSESSIVE_DETERMINERS.has(u.lower) || endsPossessive(u.lower)) return true;
  }
  return false;
}

/**
 * "…, said Brad Bannon, a Democratic pollster.": a name right after the cue that runs to a comma or
 * the sentence end; not "said Tuesday", not "said the tariff war requires …".
 */
function closingSourceAfter(toks: Token[], at: number): Phrase | null {
  const next = toks[at];
  if (!next || !next.word || next.quoted || CUE_TIME_WORDS.has(next.lower)) return null;
  // "…, said several observers", "…, says a top aide": a quantified source noun, not only a name.
  // …and a bare source noun: "…, said people familiar with the talks", "…, said officials".
  const quantified = !next.cap && (QUANTIFIED_LEADS.has(next.lower) || UNNAMED_HEADS.has(next.lower) || VAGUE_GROUPS.has(next.lower));
  // …and a name after its lowercase description: "…, said veteran Democratic strategist James Carville."
  const described = !next.cap && !quantified && !FUNCTION_WORDS.has(next.lower);
  if (!next.cap && !quantified && !described) return null;
  const ph = phraseStartingAt(toks, at);
  if (!ph) return null;
  const head = toks[ph.head]!;
  if (CUE_TIME_WORDS.has(head.lower) || (quantified ? !isSourceLike(head) : !head.cap)) return null;
  if (described && (ph.head === ph.first || !toks[ph.head - 1]!.cap)) return null;
  // "…, said a former spokesman for the ministry, Oleg Voloshyn, who …": the name in apposition is the source.
  if (quantified && toks[ph.last + 1]?.text === ',' && toks[ph.last + 2]?.cap) {
    const name = phraseStartingAt(toks, ph.last + 2);
    if (name && toks[name.head]!.cap && toks[name.first]!.lower !== 'the') return name;
  }
  const after = toks[ph.last + 1];
  return !after || after.text === ',' || after.text === '.' ? ph : null;
}

/** "…, reports USA Today." / "…, reported the Daily Star.": an outlet's name closing the sentence after a report cue. */
function outletAfter(toks: Token[], at: number): Phrase | null {
  const ph = phraseStartingAt(toks, at);
  if (!ph || !toks[ph.head]!.cap) return null;
  const after = toks[ph.last + 1];
  return !after || after.text === '.' ? ph : null;
}

/** Lowercase first words of a source named after its cue: "said several observers", "says a top aide", "say some Democrats". */
const QUANTIFIED_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'multiple', 'numerous', 'another', 'other', 'few']);

/** Cues that name something, whose passive takes its agent after the name: "called “…” by Lee". */
const NAMING_CUES: ReadonlySet<string> = new Set(['called', 'labeled', 'dubbed', 'described']);

/** The source-like agent of "by" right after a quotation at k (after "as" and an article): "“a folly” by Ann Lee". */
function agentAfterQuote(toks: Token[], k: number): Phrase | null {
  if (toks[k]?.lower === 'as') k++;
  if (ARTICLES.has(toks[k]?.lower ?? '') && !toks[k]!.quoted) k++;
  if (!toks[k]?.quoted) return null;
  for (const stop = k + 60; k < stop && toks[k]?.quoted; ) k++;
  if (toks[k]?.text === ',') k++;
  if (toks[k]?.lower !== 'by') return null;
  const ph = phraseStartingAt(toks, k + 1);
  return ph && isSourceLike(toks[ph.head]!) ? ph : null;
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Prepositions of a phrase between a subject and its cue: "who has in the past described", "Trump on Tuesday said". */
const SKIPPED_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'over', 'since', 'after',
  'off', // "many officials on and off the island believe"
  'around', // "residents in and around the city say"
  'across', // "teachers across the district say"
  'outside', // "protesters outside the court said"
  'inside', // "people inside the building said"
]);

/** Forms of "be" before a participle make a passive ("were mocked"), whose subject did not speak. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Verbs that take their source after them even away from a quotation ("…, says Dante Scala"); "called X" takes an object. */
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'asked', 'wrote', 'writes', 'explained', 'noted', 'continued', 'replied', 'recalled', 'insisted', 'argued', 'declared', 'explains', 'notes']);

/** A head that can be a source: a name, a pronoun, or a source noun ("outlets", "officials", "spokesman"). */
function isSourceLike(t: Token): boolean {
  return t.cap || SUBJECT_PRONOUNS.has(t.lower) || UNNAMED_HEADS.has(t.lower) || VAGUE_GROUPS.has(t.lower) || ROLE_HEADS.has(t.lower);
}

function isMark(s: string): boolean {
  return s === '”' || s === '"' || s === '»' || s === '’' || s === '“' || s === '«';
}

/**
 * "…, he looked into the camera, furrowed his brow and said": the nearest pronoun or name that
 * opens a clause and is followed by its verb, a few words back.
 */
function nearestSubject(toks: Token[], j: number): Phrase | null {
  for (let k = j - 1; k >= Math.max(0, j - 30); k--) {
    const t = toks[k]!;
    if (t.quoted) return null;
    const next = toks[k + 1];
    if (!next || !next.word || next.cap || FUNCTION_WORDS.has(next.lower)) continue;
    if (!startsClause(toks, k) && !(toks[k - 1]?.word && (toks[k - 1]!.lower === 'and' || toks[k - 1]!.lower === 'but'))) continue;
    if (SUBJECT_PRONOUN_WORDS.has(t.lower)) return { first: k, last: k, head: k };
  }
  return null;
}

/**
 * "a book called “Women Who Work”", "a formula called the “chained CPI”": "called" right after a
 * thing and right before the quoted name means "named"; nobody speaks ("Lee called it “a mess”",
 * "a deal Lee called “the worst”" keep their cue).
 */
function isNamingCalled(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev || !prev.word || prev.quoted || prev.cap || !/^[a-z]/.test(prev.lower)) return false;
  if (FUNCTION_WORDS.has(prev.lower) || isSourceLike(prev) || CUE_GAP_WORDS.has(prev.lower)) return false;
  let k = i + 1;
  const det = toks[k];
  if (det && det.word && !det.quoted && (det.lower === 'the' || det.lower === 'a' || det.lower === 'an')) k++;
  const mark = toks[k];
  return mark !== undefined && mark.quoted;
}

/** The source of an earlier cue in the same sentence, as a phrase (for "…, adding" and "… and said"). */
function earlierSource(toks: Token[], found: Attribution[]): Phrase | null {
  const a = found[found.length - 1];
  if (!a || !a.source || a.sourceAt < 0 || toks[a.sourceAt] !== a.source[0]) return null;
  const first = a.sourceAt;
  return { first, last: first + a.source.length - 1, head: first + a.head };
}

const startsClause = (toks: Token[], i: number) => i === 0 || toks[i - 1]!.text === ',' || toks[i - 1]!.quoted || toks[i - 1]!.text === ':' || isMark(toks[i - 1]!.text);

/**
 * "Mr. Blanchet, whose party lost 12 seats …, said" / "Clinton, during a town hall in Columbus,
 * Ohio, said": the source is the phrase that opens the clause, before the asides.
 */
function subjectBeforeAside(toks: Token[], comma: number): Phrase | null {
  let nearest: { ph: Phrase; k: number } | null = null;
  let opening: { ph: Phrase; k: number } | null = null;
  const sep = toks[comma]!.text;
  for (let k = comma - 1; k >= Math.max(0, comma - 40); k--) {
    const t = toks[k]!;
    // Quoted words inside the aside ("wearing “Jane Roe” campaign pins") are stepped over.
    if (t.quoted) continue;
    if (t.text !== sep) continue;
    const ph = phraseEndingAt(toks, k - 1);
    if (!ph) continue;
    nearest ??= { ph, k };
    // "Of Carson, Levine, who …, said": an opening prepositional phrase is no subject.
    if (startsClause(toks, ph.first) && !OPENING_PREPOSITION_WORDS.has(toks[ph.first]!.lower)) opening = { ph, k };
  }
  const pick = opening ?? nearest;
  if (!pick) return null;
  // "a spokeswoman, Anna Richardson White, said": the name in the aside is the source.
  const aside = phraseEndingAt(toks, comma - 1);
  // …and "One of his advisers, Tad Devine, told": the partitive's last word is its noun.
  if (aside && aside.first === pick.k + 1 && toks[aside.head]!.cap && (!toks[pick.ph.head]!.cap || !toks[pick.ph.last]!.cap)) return aside;
  return pick.ph;
}

/** Words after a phrase that make it a clause's subject, not a source named after its cue: "said the plan was …". */
const OPENS_VERB: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'had', 'have']);

/** "according to calculations by Ann Lee", "… a document filed by the state attorney": the agent named after "by" is the source. */
function agentOf(toks: Token[], ph: Phrase | null): Phrase | null {
  if (!ph) return null;
  let by = ph.last + 1;
  if (toks[by]?.lower !== 'by' && /[a-z]ed$/.test(toks[by]?.lower ?? '')) by++;
  if (toks[by]?.lower !== 'by') return ph;
  const agent = phraseStartingAt(toks, by + 1);
  return agent ?? ph;
}

/** Words someone said follow the possessive at i: "Romney’s “47 percent” comment" (a speech noun right after the quotation). */
function possessedSpeech(toks: Token[], i: number): boolean {
  let k = i + 1;
  if (toks[k]?.quoted && isMark(toks[k]!.text)) {
    while (k < i + 60 && toks[k]?.quoted) k++;
    return toks[k] !== undefined && hasWordForm(SPEECH_NOUNS, toks[k]!.lower);
  }
  return false;
}

/** The possessor right before the noun at i, one word between at most: "her claim", "her March comment", "Donald Trump’s claim". */
function possessorBefore(toks: Token[], i: number): Phrase | null {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const u = toks[k]!;
    if (!u.word || u.quoted) return null;
    if (POSSESSIVE_DETERMINERS.has(u.lower)) return { first: k, last: k, head: k };
    if (u.cap && endsPossessive(u.text)) {
      let f = k;
      while (f > 0 && toks[f - 1]!.cap && toks[f - 1]!.word && !toks[f - 1]!.quoted) f--;
      // "the President’s conclusion": "the" makes it a role, or an organisation ("the Democratic Party’s").
      return { first: toks[f - 1]?.lower === 'the' ? f - 1 : f, last: k, head: k };
    }
  }
  return null;
}

/** Heads of an opening "In a … poll," that reports its respondents' answers. */
const POLL_HEADS: ReadonlySet<string> = new Set(['poll', 'survey']);

/** "In a September Post-ABC poll, 75 percent of Republicans said": the poll phrase, when its comma comes a few words before the subject at `first`. */
function pollOpening(toks: Token[], first: number): Phrase | null {
  let c = first - 1;
  while (c > first - 8 && c > 1 && toks[c]!.text !== ',') c--;
  if (c < 2 || c > 16 || toks[c]!.text !== ',') return null;
  let head = -1;
  for (let k = 1; k < c; k++) if (POLL_HEADS.has(toks[k]!.lower)) head = k;
  return head > 0 ? { first: 1, last: c - 1, head } : null;
}

/** Prepositions that open a sentence's opening phrase, read as part of a capitalised run ("Of Carson", "In Iowa"). */
const OPENING_PREPOSITION_WORDS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'with', 'about', 'after', 'during']);

/** Words after which the phrase before a cue is the subject of a clause of its own ("than aides say", "because officials said"). */
const CLAUSE_OPENING: ReadonlySet<string> = new Set(['than', 'as', 'that', 'because', 'if', 'when', 'while', 'since', 'although', 'though', 'whether']);

/** Words of a relative clause between "who" and the object before the cue: "who attended", "who has worked with". */
const RELATIVE_CLAUSE_WORDS = 10;

/**
 * "Someone who attended the meeting said": the phrase before the cue is the object of a relative
 * clause; the source is the clause's antecedent.
 */
function relativeClauseSubject(toks: Token[], ph: Phrase): Phrase | null {
  // "Obama, who has gotten less credit than aides say he deserves": the phrase opens a clause of its own.
  if (CLAUSE_OPENING.has(toks[ph.first - 1]?.lower ?? '')) return null;
  for (let k = ph.first - 1; k >= Math.max(1, ph.first - RELATIVE_CLAUSE_WORDS); k--) {
    const t = toks[k]!;
    if (!t.word || t.quoted || t.cap) return null;
    if (t.lower !== 'who') continue;
    // At least one verb between "who" and the object ("the people who the mayor fired said" keeps its subject).
    if (k === ph.first - 1) return null;
    // The antecedent alone ("A Republican", not "… who attended the meeting"): the phrase tables read it whole.
    const ante = relativeSource(toks, k);
    // ("Cuban, who …": without the comma.)
    return ante && ante.first < k && ante.head < k ? { first: ante.first, last: toks[k - 1]!.text === ',' ? k - 2 : k - 1, head: ante.head } : null;
  }
  return null;
}

/** "Doug Andres, a spokesman for House Speaker Paul Ryan told …": a description in apposition to a name stands for it. */
function nameBeforeApposition(toks: Token[], ph: Phrase): Phrase {
  // Only an indefinite description: in "…, the source said" the comma ends a clause, not a name.
  const det = toks[ph.first]!.lower;
  if (toks[ph.head]!.cap || ph.first < 2 || toks[ph.first - 1]!.text !== ',' || (det !== 'a' && det !== 'an')) return ph;
  const name = phraseEndingAt(toks, ph.first - 2);
  if (!name || !toks[name.head]!.cap || toks[name.first]!.lower === 'the') return ph;
  return { first: name.first, last: ph.last, head: name.head };
}

function make(
  text: string,
  toks: Token[],
  start: number,
  end: number,
  ph: Phrase | null,
  inverted: boolean,
  paragraph: number,
  sentence: number,
  afterCue: number,
): Attribution {
  let inWriting = false;
  for (let k = afterCue; k < Math.min(toks.length, afterCue + 8) && !inWriting; k++) {
    const w = toks[k]!.lower;
    inWriting = mayHold(STATEMENT_SHAPES, w) && STATEMENT_WORDS.has(w);
  }
  const cueText = text.slice(start, end);
  return {
    cue: { start, end, text: cueText },
    source: ph ? toks.slice(ph.first, ph.last + 1) : null,
    head: ph ? ph.head - ph.first : 0,
    sourceAt: ph ? ph.first : -1,
    inverted,
    cueless: false,
    inWriting,
    paragraph,
    sentence,
  };
}

/** The subject of a sentence with no cue, as a context attribution (its "cue" is empty, at the subject's end). */
export function subjectAttribution(text: string, toks: Token[], paragraph: number, sentence: number): Attribution | null {
  // "… even if he reserved his passion for “…”": with a quotation inside, the subject of its own clause.
  let quoteAt = -1;
  for (let k = 0; k < toks.length && quoteAt < 0; k++) if (toks[k]!.quoted) quoteAt = k;
  let ph = quoteAt > 0 ? subjectBeforeQuote(toks, quoteAt) : null;
  if (!ph) {
    ph = clauseSubject(toks, toks.length);
    if (!ph) return null;
    const after = toks[ph.last + 1];
    // "Ted Nordhaus, co-founder of …, welcomed": a comma after the subject opens an aside.
    if (!after || after.quoted || (after.word && after.cap) || (!after.word && after.text !== ',')) return null;
  }
  const src = toks.slice(ph.first, ph.last + 1);
  const at = src[src.length - 1]!.end;
  return {
    cue: { start: at, end: at, text: '' },
    source: src,
    head: ph.head - ph.first,
    sourceAt: ph.first,
    inverted: false,
    cueless: true,
    inWriting: false,
    paragraph,
    sentence,
  };
}
