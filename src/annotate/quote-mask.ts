import type { Span } from '../model/analysis';

/**
 * Answers "is this offset inside a quotation?" for sorted, non-overlapping spans: O(1) amortised
 * when asked in increasing order (as the tokenizer does), O(log n) otherwise.
 */
export class QuoteMask {
  private cursor = 0;
  private last = -1;

  constructor(private readonly spans: readonly Span[]) {}

  inside = (i: number): boolean => {
    if (i >= this.last) {
      this.last = i;
      const spans = this.spans;
      while (this.cursor < spans.length && spans[this.cursor]!.end <= i) this.cursor++;
      const s = spans[this.cursor];
      return s !== undefined && s.start <= i;
    }
    return this.search(i);
  };

  private search(i: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid]!;
      if (i < s.start) hi = mid - 1;
      else if (i >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/** Index of the span containing offset i in sorted spans, or -1. */
export function spanIndexAt(spans: readonly Span[], i: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last span starting at or before i (sorted by start), or -1. */
export function lastStartingAtOrBefore(spans: readonly Span[], i: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= i) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
