import type { Span } from '../model/analysis';
import { pointAt, type TextIndex } from './text-index';

/**
 * Where a passage is, described by its words rather than by DOM nodes (the Hypothesis client's
 * TextQuoteSelector plus a TextPositionSelector as a hint), so it can be found again after the page
 * changes. Every string here has its whitespace removed, like `TextIndex.chars`.
 */
export interface TextQuoteSelector {
  exact: string;
  /** Up to CONTEXT characters just before and after `exact`. */
  prefix: string;
  suffix: string;
  /** Where `exact` started the last time it was placed, in `TextIndex.chars`; null if never placed. */
  hint: number | null;
}

/** A place in the index: the first and last character of a passage, both inclusive. */
export interface IndexSpan {
  first: number;
  last: number;
}

const CONTEXT = 32;
/** Passages shorter than this (whitespace removed) must also agree with their context to be found. */
const SHORT = 24;
const strip = (s: string) => s.replace(/\s+/g, '');

/** A selector built from the analysis text, for a passage that has not been placed in the page yet. */
export function selectorFromText(text: string, span: Span): TextQuoteSelector {
  return {
    exact: strip(text.slice(span.start, span.end)),
    prefix: strip(text.slice(Math.max(0, span.start - CONTEXT * 3), span.start)).slice(-CONTEXT),
    suffix: strip(text.slice(span.end, span.end + CONTEXT * 3)).slice(0, CONTEXT),
    hint: null,
  };
}

/** A selector read from the page where the passage was placed: its context is what the page shows around it. */
export function selectorFromIndex(index: TextIndex, at: IndexSpan): TextQuoteSelector {
  const { chars } = index;
  return {
    exact: chars.slice(at.first, at.last + 1),
    prefix: chars.slice(Math.max(0, at.first - CONTEXT), at.first),
    suffix: chars.slice(at.last + 1, at.last + 1 + CONTEXT),
    hint: at.first,
  };
}

/** How many characters of `a`'s end and `b`'s end agree. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the passage in the index: every occurrence of the exact words, scored by how much of the
 * prefix and suffix agree, ties broken by closeness to the position hint. A short mention ("he")
 * occurs many times; its context tells the occurrences apart. Null when the words are gone.
 */
export function locate(index: TextIndex, sel: TextQuoteSelector): IndexSpan | null {
  const { chars } = index;
  if (!sel.exact) return null;
  let best: IndexSpan | null = null;
  let bestScore = -Infinity;
  for (let at = chars.indexOf(sel.exact); at >= 0; at = chars.indexOf(sel.exact, at + 1)) {
    const before = chars.slice(Math.max(0, at - sel.prefix.length), at);
    const after = chars.slice(at + sel.exact.length, at + sel.exact.length + sel.suffix.length);
    const context = commonTail(before, sel.prefix) + commonHead(after, sel.suffix);
    // A few letters ("he", "Ms. Kelly") also occur elsewhere: without half its context it is another passage.
    if (sel.exact.length < SHORT && context * 2 < sel.prefix.length + sel.suffix.length) continue;
    // Context dominates; the hint only orders occurrences whose context agrees equally.
    const distance = sel.hint === null ? 0 : Math.abs(at - sel.hint) / (chars.length + 1);
    const score = context - distance;
    if (score > bestScore) {
      bestScore = score;
      best = { first: at, last: at + sel.exact.length - 1 };
    }
  }
  return best;
}

/** The DOM Range covering index characters `first..last`, or null if the nodes refuse it. */
export function rangeAt(index: TextIndex, at: IndexSpan, doc: Document): Range | null {
  const start = pointAt(index, at.first);
  const end = pointAt(index, at.last);
  if (!start || !end) return null;
  try {
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, Math.min(end.node.data.length, end.offset + 1));
    return range;
  } catch {
    return null;
  }
}
