/**
 * Calls `onChange` when the page's content changes after the analysis (lazy-loaded paragraphs, a
 * live blog, a banner inserted above), debounced, never for changes inside Sourcelight's own host.
 * Everything stops when `signal` aborts.
 */
export function watchPage(
  root: Node,
  host: Element,
  signal: AbortSignal,
  onChange: () => void,
  opts: { delay?: number; maxWait?: number } = {},
): void {
  const delay = opts.delay ?? 250;
  // A live blog can change every few hundred milliseconds: re-anchor at least this often anyway.
  const maxWait = opts.maxWait ?? 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const ours = (n: Node) => n === host || host.contains(n);
  const fire = () => {
    timer = undefined;
    firstPending = 0;
    if (!signal.aborted) onChange();
  };
  const observer = new MutationObserver((records) => {
    // The page threw our host away (a single-page app re-rendering the whole document): say so now.
    if (!host.isConnected) {
      clearTimeout(timer);
      fire();
      return;
    }
    const relevant = records.some((r) => {
      if (ours(r.target)) return false;
      if (r.type !== 'childList') return true;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return nodes.length === 0 || nodes.some((n) => !ours(n));
    });
    if (!relevant || signal.aborted) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(delay, firstPending + maxWait - now)));
  });
  if (signal.aborted) return;
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
