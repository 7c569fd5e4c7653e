import type { Span } from '../model/analysis';
import { isSpace, type TextIndex } from './text-index';
import { rangeAt, type IndexSpan } from './selector';

/** A passage of the analysis placed in the page, or an orphan when its words are not there. */
export type Anchored = { span: Span; range: Range } | { span: Span; range: null };

interface Block {
  /** Offset of the block in the analysis text. */
  start: number;
  text: string;
  /** Offset of the block's first non-whitespace character in the index, or -1. */
  at: number;
  /** For each offset j of `text`: how many non-whitespace characters come before it (made on first use). */
  before?: Uint32Array;
}

const strip = (s: string) => s.replace(/\s+/g, '');

/**
 * Places each paragraph of the analysis text in the page (in order, whitespace ignored), so that
 * any span inside a paragraph maps to a DOM Range. Paragraphs are the text's `\n\n`-separated runs.
 */
export class Anchorer {
  private readonly blocks: Block[] = [];

  constructor(
    private readonly text: string,
    private readonly index: TextIndex,
  ) {
    let cursor = 0;
    const re = /[^\n]+/g;
    for (const m of text.matchAll(re)) {
      const needle = strip(m[0]);
      if (!needle) continue;
      let at = index.chars.indexOf(needle, cursor);
      if (at < 0) at = index.chars.indexOf(needle);
      if (at >= 0) cursor = at + needle.length;
      this.blocks.push({ start: m.index, text: m[0], at });
    }
  }

  /** The block holding offset `i` of the text, by binary search. */
  private blockAt(i: number): Block | null {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid]!;
      if (i < b.start) hi = mid - 1;
      else if (i >= b.start + b.text.length) lo = mid + 1;
      else return b;
    }
    return null;
  }

  /** Non-whitespace characters before each offset of the block: one scan per block, not one per span. */
  private counts(b: Block): Uint32Array {
    if (b.before) return b.before;
    const before = new Uint32Array(b.text.length + 1);
    for (let j = 0; j < b.text.length; j++) before[j + 1] = before[j]! + (isSpace(b.text.charCodeAt(j)) ? 0 : 1);
    b.before = before;
    return before;
  }

  /** Index position (in `index.chars`) of the first non-whitespace character at or after `i` in the block. */
  private position(b: Block, i: number, forward: boolean): number | null {
    const before = this.counts(b);
    const local = i - b.start;
    const k = before[local]!;
    if (!forward) {
      // end: the last non-whitespace character before `i`
      return k === 0 ? null : b.at + k - 1;
    }
    // None left after `i`: the span starts in the block's trailing whitespace.
    return k === before[b.text.length] ? null : b.at + k;
  }

  /** Where the span's words are in the index (first and last non-whitespace character), or null. */
  place(span: Span): IndexSpan | null {
    const b = this.blockAt(span.start);
    if (!b || b.at < 0) return null;
    // A span that runs past its block ends at the block's end (quotes and sentences stay inside one).
    const end = Math.min(span.end, b.start + b.text.length);
    const first = this.position(b, span.start, true);
    const last = this.position(b, end, false);
    if (first === null || last === null || last < first) return null;
    return { first, last };
  }

  anchor(span: Span, doc: Document): Anchored {
    const at = this.place(span);
    const range = at ? rangeAt(this.index, at, doc) : null;
    return range ? { span, range } : { span, range: null };
  }
}
