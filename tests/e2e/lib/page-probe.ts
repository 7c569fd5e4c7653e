/**
 * Functions evaluated in the page's main world to read what Sourcelight shows: the registered
 * highlights and the sidebar's shadow root. Written as plain functions so both Playwright and
 * Puppeteer can serialise them.
 */
export interface Probe {
  open: boolean;
  status: string | null;
  layers: Record<string, string[]>;
  sidebarText: string;
  noArticle: boolean;
  summary: string | null;
  sources: string[];
  timings: Record<string, number> | null;
}

/**
 * Sourcelight's state in the page. Written so that a Firefox sandbox can run it too: Xray wrappers
 * cannot iterate a `Highlight` or a NodeList with the spread operator ("Xray wrapping of iterators
 * not supported"), while `forEach` and `Array.from` work.
 */
export function probeSourcelight(): Probe {
  const host = document.getElementById('sourcelight-host');
  const root = host?.shadowRoot ?? null;
  const layers: Record<string, string[]> = {};
  const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
  for (const name of ['quote', 'source', 'anonymous', 'vague']) {
    const out: string[] = [];
    reg?.get(`sourcelight-${name}`)?.forEach((r) => out.push(r.toString()));
    layers[name] = out;
  }
  const raw = host?.getAttribute('data-sourcelight-timings');
  return {
    open: !!root,
    status: root?.querySelector('[data-testid="status"]')?.textContent ?? null,
    layers,
    sidebarText: root?.textContent ?? '',
    noArticle: !!root?.querySelector('[data-testid="no-article"]'),
    summary: root?.querySelector('[data-testid="summary"]')?.textContent ?? null,
    sources: Array.from(root?.querySelectorAll('[data-speaker]') ?? [], (e) => e.getAttribute('data-speaker') ?? ''),
    timings: raw ? (JSON.parse(raw) as Record<string, number>) : null,
  };
}

/** Clicks a layer's toggle in the sidebar. */
export function toggleLayer(layer: string): void {
  const root = document.getElementById('sourcelight-host')?.shadowRoot;
  (root?.querySelector(`input[data-layer="${layer}"]`) as HTMLInputElement | null)?.click();
}

/** The page's DOM outside Sourcelight's host, for before/after comparison. */
export function pageDomOutsideHost(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelector('#sourcelight-host')?.remove();
  return clone.outerHTML;
}

/** Names of every registered highlight that Sourcelight owns (`sourcelight-*`): none may outlive the panel. */
export function sourcelightHighlightNames(): string[] {
  const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  return reg ? [...reg.keys()].filter((k) => k.startsWith('sourcelight-')) : [];
}

/** What the sidebar's status area settled on: still working, an article, no article, or a stage error. */
export function sidebarOutcome(): { state: 'closed' | 'working' | 'article' | 'no-article' | 'error'; errors: string[] } {
  const root = document.getElementById('sourcelight-host')?.shadowRoot;
  if (!root) return { state: 'closed', errors: [] };
  const errors = [...root.querySelectorAll('[data-testid="stage-error"]')].map((e) => e.textContent ?? '');
  if (root.querySelector('[data-testid="no-article"]')) return { state: 'no-article', errors };
  if (root.querySelector('[data-testid="summary"]')) return { state: 'article', errors };
  return { state: errors.length ? 'error' : 'working', errors };
}
