import type { Span } from '../model/analysis';

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
