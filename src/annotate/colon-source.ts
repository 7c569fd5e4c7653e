import { phraseEndingAt, type Phrase } from './noun-phrase';
import { UNNAMED_HEADS } from './anonymity-phrases';
import { DOCUMENT_HEADS } from './organisations';
import { ROLE_HEADS } from './titles';
import { SPEAKING_NOUNS } from './speaker-words';
import { isDash, type Token } from './tokens';

/** How far back a name may stand before the description in apposition to it ("Ann Lee, mayor of Springfield:"). */
const APPOSITION_REACH = 10;

/**
 * The source of a quotation introduced by a colon right after a name: "Pollsters agree - Carl
 * Bialik: “…”", "Ann Lee, mayor of Springfield: “…”", "Ann Lee and Tom Hart: “…”", "More from
 * Lee: “…”", "From the report: “…”". Null when the words before the colon are no such phrase,
 * or do not open the clause ("… told the newspaper NRC Handelsblad: “…”" is the cue's, "in Italian:").
 */
export function colonSource(toks: Token[], colon: number): Phrase | null {
  const read = phraseEndingAt(toks, colon - 1);
  if (!read || read.last !== colon - 1) return null;
  const ph = afterFrom(toks, read);
  const named = nameBefore(toks, ph);
  if (named) return named;
  const head = toks[ph.head]!;
  // A name, a writing ("From the statement:") or a source noun ("A spokesman for the campaign:"), not "The problem is simple:".
  // (After "From" opening the sentence, any writing that speaks: "From the report:", "From the survey:".)
  if (!head.cap && !DOCUMENT_HEADS.has(head.lower) && !ROLE_HEADS.has(head.lower) && !UNNAMED_HEADS.has(head.lower) && !(SPEAKING_NOUNS.has(head.lower) && fromOpener(toks, ph.first))) return null;
  if (opensClause(toks, ph.first)) return ph;
  // "More from Lee:", "From the report:" opening the sentence: the words come from the phrase.
  return fromOpener(toks, ph.first) ? ph : null;
}

/** "More from Lee:", "From the report:" opening the sentence or clause: the words come from the phrase at i. */
function fromOpener(toks: Token[], i: number): boolean {
  if (toks[i - 1]?.lower !== 'from') return false;
  return opensClause(toks, i - 1) || (toks[i - 2]?.lower === 'more' && opensClause(toks, i - 2));
}

/** "More from Lee:" read back as one phrase (a capitalised "More" and the link "from"): the part after "from". */
function afterFrom(toks: Token[], ph: Phrase): Phrase {
  const k = ph.first + 1;
  if (toks[ph.first]!.lower !== 'more' || toks[k]?.lower !== 'from' || k >= ph.last) return ph;
  return { first: k + 1, last: ph.last, head: Math.max(ph.head, k + 1) };
}

/** "Ann Lee, mayor of Springfield:" (a description in apposition) / "Ann Lee and Tom Hart:" (two names): the span from the first name. */
function nameBefore(toks: Token[], ph: Phrase): Phrase | null {
  const link = toks[ph.first - 1];
  if (link?.lower === 'and' && toks[ph.head]!.cap) {
    const read = phraseEndingAt(toks, ph.first - 2);
    const name = read ? afterFrom(toks, read) : null;
    if (name && toks[name.head]!.cap && toks[name.first]!.lower !== 'the' && (opensClause(toks, name.first) || fromOpener(toks, name.first))) return { first: name.first, last: ph.last, head: ph.head };
    return null;
  }
  // The description runs back to a comma over plain words ("mayor of Springfield", "a pollster at Gallup").
  for (let k = ph.last; k >= Math.max(1, ph.last - APPOSITION_REACH); k--) {
    const t = toks[k]!;
    if (t.quoted) return null;
    if (t.text !== ',') {
      if (!t.word) return null;
      continue;
    }
    if (toks[k + 1]!.cap && toks[ph.head]!.cap && k + 1 === ph.first) return null; // "In Springfield, Mayor Ann Lee:" is a name already
    const name = phraseEndingAt(toks, k - 1);
    if (name && toks[name.head]!.cap && toks[name.first]!.lower !== 'the' && opensClause(toks, name.first)) return { first: name.first, last: ph.last, head: name.head };
    return null;
  }
  return null;
}

/** The word at i opens the sentence or a clause (after a comma, a colon, a dash or a quotation). */
function opensClause(toks: Token[], i: number): boolean {
  if (i === 0) return true;
  const b = toks[i - 1]!;
  return b.quoted || b.text === ',' || b.text === ':' || isDash(b.text);
}
