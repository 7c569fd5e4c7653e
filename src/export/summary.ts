import type { Analysis, AnonymousItem, Quote, Speaker } from '../model/analysis';
import { GRANT_CUES, REASON_CUES } from './anonymity-reasons';

/** One source and what the article quotes or rests on from it. */
export interface SourceGroup {
  speaker: Speaker;
  quotes: Quote[];
  /** Words inside this source's quotation marks. */
  words: number;
  /** Anonymous-sourcing passages resting on this source. */
  passages: number;
}

export interface WordShare {
  /** Null: the quotes without a speaker. */
  speaker: Speaker | null;
  words: number;
  /** Of all quoted words, 0..1. */
  share: number;
}

export interface AnonymityGrant {
  index: number;
  text: string;
  /** The clause that gives the reason, or null when the article gives none. */
  reason: string | null;
}

/** Who is this story built on: the figures at the top of the sidebar and the Markdown report. */
export interface SourcingSummary {
  quotes: number;
  /** Distinct sources quoted or relied on. */
  sources: number;
  named: number;
  unnamed: number;
  quotedWords: number;
  /** By quoted words, largest first; the unattributed quotes, if any, last. */
  shares: WordShare[];
  unnamedPassages: number;
  grants: AnonymityGrant[];
  vague: { index: number; text: string }[];
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A source the reader should weigh: someone quoted, or an unnamed source a passage rests on. */
export function groupSources(a: Analysis): SourceGroup[] {
  const order = new Map(a.speakers.map((s, i) => [s.id, i]));
  const groups = new Map<string, SourceGroup>();
  const group = (s: Speaker) => {
    let g = groups.get(s.id);
    if (!g) groups.set(s.id, (g = { speaker: s, quotes: [], words: 0, passages: 0 }));
    return g;
  };
  const byId = new Map(a.speakers.map((s) => [s.id, s]));
  for (const q of a.quotes) {
    const s = q.speaker ? byId.get(q.speaker) : undefined;
    if (!s) continue;
    const g = group(s);
    g.quotes.push(q);
    g.words += wordCount(q.text);
  }
  for (const x of a.anonymous) {
    const s = x.speaker ? byId.get(x.speaker) : undefined;
    if (s && x.kind !== 'vague') group(s).passages++;
  }
  // Most quoted first; then by words, then passages, then the article's own order.
  return [...groups.values()].sort(
    (x, y) =>
      y.quotes.length - x.quotes.length ||
      y.words - x.words ||
      y.passages - x.passages ||
      (order.get(x.speaker.id) ?? 0) - (order.get(y.speaker.id) ?? 0),
  );
}

const TRAILING = new Set([' ', '\t', '\n', '.', ';', ':', ',', '!', '?', '”', '"', '»', ')', '\u00a0']);

export const isNamed = (s: Speaker) => !s.anonymous && s.kind !== 'unnamed';

/** The clause of an anonymity grant that says why, if the sentence gives a reason. */
export function grantReason(sentence: string): string | null {
  let from = 0;
  for (const g of GRANT_CUES) {
    const m = g.exec(sentence);
    if (m) {
      from = m.index + m[0].length;
      break;
    }
  }
  const rest = sentence.slice(from);
  let best: { at: number; text: string } | null = null;
  for (const { cue, keep } of REASON_CUES) {
    const m = cue.exec(rest);
    if (!m || (best && m.index >= best.at)) continue;
    best = { at: m.index, text: rest.slice(keep ? m.index : m.index + m[0].length) };
  }
  if (!best) return null;
  // Trim the sentence's closing punctuation (a loop, not a `[…]+$` regex: that is quadratic on long runs).
  let end = best.text.length;
  while (end > 0 && TRAILING.has(best.text[end - 1]!)) end--;
  const reason = best.text.slice(0, end).trim();
  return reason ? reason : null;
}

/** `groups`: the caller's own `groupSources(a)`, when it already has them (the sidebar lists them too). */
export function summarize(a: Analysis, groups: SourceGroup[] = groupSources(a)): SourcingSummary {
  const ids = new Set(a.speakers.map((s) => s.id));
  const unattributed = a.quotes.filter((q) => !q.speaker || !ids.has(q.speaker));
  const unattributedWords = unattributed.reduce((n, q) => n + wordCount(q.text), 0);
  const quotedWords = groups.reduce((n, g) => n + g.words, 0) + unattributedWords;
  const share = (w: number) => (quotedWords ? w / quotedWords : 0);
  const shares: WordShare[] = groups
    .filter((g) => g.words > 0)
    .map((g) => ({ speaker: g.speaker, words: g.words, share: share(g.words) }))
    .sort((x, y) => y.words - x.words);
  if (unattributedWords) shares.push({ speaker: null, words: unattributedWords, share: share(unattributedWords) });
  const named = groups.filter((g) => isNamed(g.speaker)).length;
  const items = a.anonymous.map((x, index) => ({ x, index }));
  const of = (k: AnonymousItem['kind']) => items.filter(({ x }) => x.kind === k);
  return {
    quotes: a.quotes.length,
    sources: groups.length,
    named,
    unnamed: groups.length - named,
    quotedWords,
    shares,
    unnamedPassages: of('unnamed-source').length,
    grants: of('anonymity-grant').map(({ x, index }) => ({ index, text: x.text, reason: grantReason(x.text) })),
    vague: of('vague').map(({ x, index }) => ({ index, text: x.text })),
  };
}
