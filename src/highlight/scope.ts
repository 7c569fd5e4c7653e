/**
 * The selector the `::highlight()` rules are written on: the nearest element holding every painted
 * Range that an id (or else a class) can name. With highlight inheritance (Chromium), adding the
 * rules restyles that element's subtree only, not the whole page: on the corpus pages a rule on
 * `:root` restyled 750-2,000 elements for 3-16 ms before the first frame, while a selector naming
 * no element costs 0.3-0.9 ms. `:root` when no such element holds them all.
 */
export function highlightScope(ranges: Iterable<Range>): string {
  let el: Element | null = null;
  for (const r of ranges) {
    const c = r.commonAncestorContainer;
    const n = c.nodeType === 1 ? (c as Element) : c.parentElement;
    if (!el) el = n;
    else while (el && n && !el.contains(n)) el = el.parentElement;
  }
  for (; el && el.parentElement; el = el.parentElement) {
    // An id or class may be shared with other elements: the rules then reach those too, still right.
    if (el.id) return `#${CSS.escape(el.id)}`;
    const c = el.classList[0];
    if (c) return `.${CSS.escape(c)}`;
  }
  return ':root';
}
