import type { Page } from 'puppeteer-core';
import { bidi, type FirefoxSession } from './firefox';
import type { Probe } from './page-probe';

/**
 * Runs a plain function (no closure) in a WebDriver BiDi sandbox of the page's top frame: Firefox's
 * equivalent of an isolated world, seeing the page's DOM through Xray wrappers, so a page that
 * replaces `JSON` or `document.getElementById` in its own world cannot fool it. The value crosses
 * as a JSON string made by the sandbox's own `JSON`.
 */
export async function evaluateSandboxed<T, A = undefined>(s: FirefoxSession, page: Page, fn: (arg: A) => T, arg?: A): Promise<T> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const call = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
  const { result } = await bidi(s.browser).send('script.evaluate', {
    expression: `Promise.resolve(${call}).then((v) => JSON.stringify(v === undefined ? null : v))`,
    target: { context, sandbox: 'sourcelight-test' },
    awaitPromise: true,
  });
  const r = result as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } };
  if (r.type === 'exception') throw new Error(`in a sandbox: ${r.exceptionDetails?.text}`);
  return JSON.parse(r.result?.value ?? 'null') as T;
}

/**
 * page-probe.ts's `probeSourcelight`, for a Firefox sandbox: Xray wrappers cannot iterate a
 * `Highlight` with the spread operator ("Xray wrapping of iterators not supported"), `forEach` works.
 * (If page-probe.ts used `forEach` itself, this copy could go.)
 */
export function probeSourcelightXray(): Probe {
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
