/**
 * Functions evaluated in the page's main world to drive and read Sourcelight's sidebar (in its
 * open shadow root) for the reader-experience tests. Self-contained, so Playwright and Puppeteer
 * can both serialise them.
 */

/** What has keyboard focus: inside the sidebar (described) or in the page. */
export function focusedInSidebar(): { inSidebar: boolean; label: string; outline: string } {
  const host = document.getElementById('sourcelight-host');
  if (!host || document.activeElement !== host) return { inSidebar: false, label: document.activeElement?.tagName ?? '', outline: '' };
  const el = host.shadowRoot?.activeElement as HTMLElement | null;
  if (!el) return { inSidebar: true, label: '', outline: '' };
  const label =
    el.getAttribute('aria-label') ??
    el.getAttribute('data-layer') ??
    el.getAttribute('data-format') ??
    el.getAttribute('data-testid') ??
    (el.textContent ?? '').trim().slice(0, 40);
  const cs = getComputedStyle(el);
  return { inSidebar: true, label: `${el.tagName.toLowerCase()}:${label}`, outline: `${cs.outlineStyle} ${cs.outlineWidth}` };
}

/** The sidebar's text under a test id, or null. */
export function sidebarText(testId: string): string | null {
  const root = document.getElementById('sourcelight-host')?.shadowRoot;
  return root?.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
}

export function clickInSidebar(selector: string): boolean {
  const el = document.getElementById('sourcelight-host')?.shadowRoot?.querySelector(selector) as HTMLElement | null;
  el?.click();
  return !!el;
}

/** The state of each layer's checkbox. */
export function layerChecks(): Record<string, boolean> {
  const root = document.getElementById('sourcelight-host')?.shadowRoot;
  const out: Record<string, boolean> = {};
  for (const el of root?.querySelectorAll<HTMLInputElement>('input[data-layer]') ?? []) out[el.dataset.layer!] = el.checked;
  return out;
}

/** Where the host sits and how wide it is, as the page lays it out. */
export function hostBox(): { left: number; right: number; width: number; height: number; position: string; display: string } | null {
  const host = document.getElementById('sourcelight-host');
  if (!host) return null;
  const r = host.getBoundingClientRect();
  const cs = getComputedStyle(host);
  // clientWidth: the viewport without its scrollbar, which a fixed element sits beside.
  return { left: r.left, right: document.documentElement.clientWidth - r.right, width: r.width, height: r.height, position: cs.position, display: cs.display };
}

/**
 * Each highlighted range of a layer: its text and whether its nodes are still in the page (a range
 * left on nodes a re-render threw away would be painted nowhere).
 */
export function layerRanges(args: { layer: string; registry?: string }): { text: string; connected: boolean; inserted: boolean }[] {
  const w = window as unknown as Record<string, { highlights?: Map<string, Set<Range>> } | undefined>;
  const reg = w[args.registry ?? 'CSS']?.highlights;
  const h = reg?.get(`sourcelight-${args.layer}`);
  return h
    ? [...h].map((r) => ({
        text: r.toString(),
        connected: r.startContainer.isConnected && r.endContainer.isConnected,
        inserted: !!(r.startContainer.parentElement?.closest('[data-test-inserted]')),
      }))
    : [];
}

/** A single-page app re-rendering: every paragraph replaced by a copy, plus a new paragraph and a banner above. */
export function rerenderWithInsertions(firstWords: string): boolean {
  const paragraphs = [...document.querySelectorAll('p')].filter((p) => !p.closest('#sourcelight-host'));
  const first = paragraphs.find((p) => (p.textContent ?? '').includes(firstWords));
  if (!first) return false;
  for (const p of paragraphs) p.replaceWith(p.cloneNode(true));
  const again = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').includes(firstWords))!;
  const update = document.createElement('p');
  update.dataset.testInserted = '';
  // Words from the article itself, so a careless anchor could land here.
  update.textContent = 'Live update: the leaders agreed to meet in person in the near future, Mr. Hoekstra said.';
  again.before(update);
  const banner = document.createElement('div');
  banner.dataset.testInserted = '';
  banner.textContent = 'We use cookies. Mr. Trump said “truthing, all the way” in a video.';
  document.body.prepend(banner);
  return true;
}

export function removeParagraph(words: string): boolean {
  const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').includes(words) && !x.closest('[data-test-inserted]'));
  p?.remove();
  return !!p;
}

export function reanchorCount(): number {
  return Number(document.getElementById('sourcelight-host')?.dataset.sourcelightReanchors ?? 0);
}

/**
 * A point on the words of a highlighted passage of a layer that holds `words`, scrolled into view
 * first, in viewport coordinates: the first such point the panel (on the right) does not cover.
 */
export function passagePoint(args: { layer: string; words: string }): { x: number; y: number; text: string } | null {
  const reg = (window as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  const panelLeft = document.getElementById('sourcelight-host')?.getBoundingClientRect().left ?? Infinity;
  for (const range of reg.get(`sourcelight-${args.layer}`) ?? []) {
    if (!range.toString().includes(args.words)) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    for (const rect of range.getClientRects()) {
      const x = rect.left + Math.min(12, rect.width / 2);
      if (x < panelLeft - 4 && rect.top >= 0 && rect.bottom <= innerHeight) return { x, y: rect.top + rect.height / 2, text: range.toString() };
    }
  }
  return null;
}

/** The panel's entry marked as the passage clicked in the page: its text, and whether the panel shows it. */
export function pickedEntry(): { key: string; text: string; inView: boolean } | null {
  const root = document.getElementById('sourcelight-host')?.shadowRoot;
  const el = root?.querySelector<HTMLElement>('[aria-current="true"]');
  const scroller = root?.querySelector('.root');
  if (!el || !scroller) return null;
  const r = el.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  return { key: el.dataset.jump ?? '', text: (el.textContent ?? '').trim(), inView: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 };
}
