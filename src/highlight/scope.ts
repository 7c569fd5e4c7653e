/** The selector the `::highlight()` rules are written on, and the element it names (null for `:root`). */
export interface HighlightScope {
  selector: string;
  element: Element | null;
}

/**
 * The nearest element holding every painted Range that an id (or else a class) can name. With
 * highlight inheritance (Chromium), adding the rules restyles that element's subtree only, not the
 * whole page: on the corpus pages a rule on `:root` restyled 750-2,000 elements for 3-16 ms before
 * the first frame, while a selector naming no element costs 0.3-0.9 ms. `:root` when no such
 * element holds them all.
 */
export function scopeOf(ranges: Iterable<Range>): HighlightScope {
  let el: Element | null = null;
  for (const r of ranges) {
    const c = r.commonAncestorContainer;
    const n = c.nodeType === 1 ? (c as Element) : c.parentElement;
    if (!el) el = n;
    else while (el && n && !el.contains(n)) el = el.parentElement;
  }
  for (; el && el.parentElement; el = el.parentElement) {
    // An id or class may be shared with other elements: the rules then reach those too, still right.
    if (el.id) return { selector: `#${CSS.escape(el.id)}`, element: el };
    const c = el.classList[0];
    if (c) return { selector: `.${CSS.escape(c)}`, element: el };
  }
  return { selector: ':root', element: null };
}

/**
 * Calls `onLost` once the scope's element no longer answers to its selector: a page that renames
 * the element or drops the class (a sticky header's "is-fixed", a theme switch) would otherwise
 * leave every highlight without its colour. Watches that element's id and class only, not the page.
 * Stops when `signal` aborts or when the returned function is called.
 */
export function watchScope(scope: HighlightScope, signal: AbortSignal, onLost: () => void): () => void {
  const el = scope.element;
  if (!el || signal.aborted) return () => {};
  const observer = new MutationObserver(() => {
    if (el.matches(scope.selector)) return;
    observer.disconnect();
    if (!signal.aborted) onLost();
  });
  observer.observe(el, { attributes: true, attributeFilter: ['id', 'class'] });
  const stop = () => observer.disconnect();
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
