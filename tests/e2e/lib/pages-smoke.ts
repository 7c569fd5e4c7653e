/**
 * The corpus smoke run shared by both browsers: every saved page under a folder is loaded as a
 * reader has it (its own scripts run), the toolbar button is pressed twice, and the run checks
 * what a reader and the page would notice: a panel with an article or a clear "no article", no
 * error from the extension, the page's DOM and highlights exactly as before, and no request
 * leaving 127.0.0.1 on the extension's account.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import { clickToolbarButton as clickInChromium, type ChromiumSession } from './chromium';
import { bidi, clickToolbarButton as clickInFirefox, type FirefoxSession } from './firefox';
import { pageDomOutsideHost, sidebarOutcome, sourcelightHighlightNames } from './page-probe';

/** The folder of saved pages to smoke-test, from SOURCELIGHT_E2E_PAGES; unset, the suites skip. */
export const PAGES_DIR = process.env.SOURCELIGHT_E2E_PAGES || '';

/**
 * The pages under `dir`: the ones its `manifest.json` lists when it has one (the shared corpus
 * keeps Readability's expected outputs, which are not pages, beside the pages), otherwise every
 * `.html`/`.htm` file, recursively. Paths are relative to `dir`, sorted.
 */
export function listPages(dir: string): string[] {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    try {
      const entries = JSON.parse(readFileSync(manifest, 'utf8')) as { file?: unknown }[];
      const files = entries.map((e) => e.file).filter((f): f is string => typeof f === 'string' && /\.html?$/i.test(f));
      if (files.length) return files.filter((f) => existsSync(join(dir, f))).sort();
    } catch {
      // not a page manifest: fall back to the files themselves
    }
  }
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.html?$/i.test(e.name)) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** One request the tab started, as the browser reported it. */
export interface RequestRecord {
  url: string;
  at: number;
  /** The browser names the extension as the initiator (Chromium's initiator stack); Firefox cannot say. */
  byExtension: boolean;
}

/** A loaded tab, seen through whichever protocol drives the browser. */
export interface SmokeTab {
  evaluate<R>(fn: () => R): Promise<R>;
  /** Presses Sourcelight's toolbar button for this tab. */
  click(): Promise<void>;
  /** Every request the tab (frames included) started since before navigation, in order. */
  readonly requests: RequestRecord[];
  /** Errors thrown or logged by the extension's code in this tab. */
  readonly extensionErrors: string[];
  /** What the browser says about a click that opened nothing (the toolbar badge, say). */
  diagnose?(): Promise<string>;
  close(): Promise<void>;
}

export interface SmokeDriver {
  browser: 'chromium' | 'firefox';
  /**
   * The browser's own services are silent behind the proxy, so a proxy connection during the
   * clicks to a host the tab never asked for is the extension's (Firefox: its background page and
   * content-script fetches are invisible to BiDi). Chromium's updater and sign-in services call
   * out at random moments whatever the flags, so there the proxy only reports, and the
   * extension's service worker is watched directly.
   */
  proxyAttributes: boolean;
  /** Opens `url` in a fresh tab (every other tab closed), listening before navigation, and waits for `load` plus ~500 ms. */
  open(url: string): Promise<SmokeTab>;
}

/**
 * A stand-in for the closed proxy port: it accepts each connection, notes where the browser
 * wanted to go, and hangs up, so the page sees the same failure as a closed port. It sees what
 * the tab's request events cannot: requests from the extension's background page and, in
 * Firefox, the content script's own fetches.
 */
export interface SinkProxy {
  port: number;
  hits: { at: number; target: string }[];
  close(): Promise<void>;
}

export async function startSinkProxy(): Promise<SinkProxy> {
  const hits: { at: number; target: string }[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      const line = head.split('\r\n')[0];
      if (head.includes('\r\n') && line) {
        // "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1"
        const target = line.split(' ')[1] ?? line;
        hits.push({ at: Date.now(), target });
        // An answer, not a dropped connection: Firefox retries a dropped one up to ten times.
        socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      }
    });
    setTimeout(() => socket.destroy(), 2000).unref();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** The host a URL or a proxy target ("host:443", "http://host/...") names. */
export function hostOf(target: string): string {
  if (!target.includes('://')) return target.replace(/:(80|443)$/, '').toLowerCase();
  try {
    return new URL(target).host.replace(/:(80|443)$/, '');
  } catch {
    return target;
  }
}

export type Outcome = 'article' | 'no-article' | 'failed';

export interface PageResult {
  page: string;
  outcome: Outcome;
  /** Why the page failed; empty when it passed. */
  problems: string[];
  /** The page changed its own DOM while nobody touched it, so byte-for-byte comparison cannot judge it. */
  selfMutating: boolean;
  /** Requests outside 127.0.0.1 the page made by itself (its ads, fonts and trackers), refused at the proxy. */
  pageOutside: number;
  /** Requests outside 127.0.0.1 on the extension's account (must be 0). */
  extensionOutside: string[];
  /** New outside requests after the click on a page that was already making its own: reported, not attributed. */
  unattributed: string[];
  /** Why the first click opened nothing, when it had to be pressed again; null when it worked at once. */
  retriedClick: string | null;
  /** Proxy connections outside the clicks to hosts the tab never requested: preconnects, page workers, the browser's own services. */
  browserOwn: string[];
  ms: number;
}

const LOCAL_SCHEMES = /^(data|blob|about|chrome-extension|moz-extension|chrome|resource):/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` in the page until `done` says so or the time is up; the last value either way. */
async function poll<R>(tab: SmokeTab, fn: () => R, done: (r: R) => boolean, ms: number): Promise<R> {
  const end = Date.now() + ms;
  let r = await tab.evaluate(fn);
  while (!done(r) && Date.now() < end) {
    await sleep(100);
    r = await tab.evaluate(fn);
  }
  return r;
}

/** The first place two serialisations differ, with a little context, for the failure message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at char ${i}: before …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 80))}… after …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 80))}…`;
}

const SETTLE_MS = 700;

/**
 * Opens one page, presses the button, checks the panel, presses again, checks the page is as it
 * was. Never throws: every failure is a problem in the result.
 */
export async function smokePage(driver: SmokeDriver, origin: string, page: string, proxy: SinkProxy): Promise<PageResult> {
  const t0 = Date.now();
  const result: PageResult = {
    page,
    outcome: 'failed',
    problems: [],
    selfMutating: false,
    pageOutside: 0,
    extensionOutside: [],
    unattributed: [],
    browserOwn: [],
    retriedClick: null,
    ms: 0,
  };
  let tab: SmokeTab | null = null;
  try {
    const proxyFrom = proxy.hits.length;
    tab = await driver.open(`${origin}/${page.split('/').map(encodeURIComponent).join('/')}`);
    const isOutside = (url: string) => !url.startsWith(origin) && !LOCAL_SCHEMES.test(url);

    // Let the page settle: the snapshot the close is judged against is the last one before the click.
    let before = await tab.evaluate(pageDomOutsideHost);
    for (let i = 0; i < 3; i++) {
      await sleep(SETTLE_MS);
      const again = await tab.evaluate(pageDomOutsideHost);
      if (again === before) break;
      result.selfMutating = true;
      before = again;
    }
    const quietSince = Date.now() - SETTLE_MS;
    const clickedAt = Date.now();
    const beforeClick = tab.requests.filter((r) => r.at < clickedAt);
    const seenUrls = new Set(beforeClick.map((r) => r.url));
    // Outside requests in the settle window: the page keeps calling out on its own timers.
    const pageIsNoisy = beforeClick.some((r) => r.at >= quietSince && isOutside(r.url));

    await tab.click();
    // The panel's host appears as soon as the injected script runs. When it has not after a few
    // seconds, the click was lost (the "too soon after load" trap): say why, and press once more.
    let first = await poll(tab, sidebarOutcome, (o) => o.state !== 'closed', 5_000);
    if (first.state === 'closed') {
      result.retriedClick = (await tab.diagnose?.().catch(() => '')) || 'no panel 5 s after the click';
      await tab.click();
      first = await poll(tab, sidebarOutcome, (o) => o.state !== 'closed', 5_000);
    }
    const shown = await poll(tab, sidebarOutcome, (o) => o.state !== 'working' && o.state !== 'closed', 20_000);
    if (shown.state === 'article' || shown.state === 'no-article') result.outcome = shown.state;
    else result.problems.push(`panel shows no article and no "no article" message (state: ${shown.state})`);
    for (const e of shown.errors) result.problems.push(`panel reports: ${e}`);
    // Give anything the panel set off (late requests, async errors, the stored layer toggles) a moment.
    await sleep(300);

    await tab.click();
    const closed = await poll(tab, () => !document.getElementById('sourcelight-host'), (gone) => gone, 10_000);
    if (!closed) result.problems.push('second click did not close the panel');
    const left = await tab.evaluate(sourcelightHighlightNames);
    if (left.length) result.problems.push(`highlights left after closing: ${left.join(', ')}`);
    // Checked apart from the byte comparison, which a self-mutating page cannot have.
    const traces = await tab.evaluate(() => document.querySelectorAll('#sourcelight-host, [data-sourcelight-mark]').length);
    if (traces) result.problems.push(`${traces} Sourcelight element(s) left in the page after closing`);
    const after = await tab.evaluate(pageDomOutsideHost);
    if (after !== before) {
      // Judge only pages that keep still: one that changes again on its own is reported, not failed.
      const a = await tab.evaluate(pageDomOutsideHost);
      await sleep(SETTLE_MS);
      const b = await tab.evaluate(pageDomOutsideHost);
      if (a !== b) result.selfMutating = true;
      else if (!result.selfMutating) result.problems.push(`page DOM outside the panel changed ${firstDifference(before, after)}`);
    }
    await sleep(200);
    const doneAt = Date.now();

    for (const e of tab.extensionErrors) result.problems.push(`extension error: ${e}`);

    const outside = tab.requests.filter((r) => isOutside(r.url));
    result.pageOutside = outside.filter((r) => r.at < clickedAt).length;
    const seenHosts = new Set(beforeClick.map((r) => hostOf(r.url)));
    for (const r of outside) {
      if (r.byExtension) result.extensionOutside.push(r.url);
      else if (r.at < clickedAt || seenUrls.has(r.url)) continue;
      // A new URL after the click: the extension's, unless the page was still calling out to that
      // host on its own timers just before the click (then it is reported, not attributed).
      else if (pageIsNoisy && seenHosts.has(hostOf(r.url))) result.unattributed.push(r.url);
      else result.extensionOutside.push(r.url);
    }
    // Connections at the proxy during the two clicks to hosts this tab never asked for: the
    // extension's background page or content-script fetches (the browser's own services are off).
    const hits = proxy.hits.slice(proxyFrom);
    // Hosts the page reached before the click without a request event (its preconnects) are its own too.
    const requestHosts = new Set(tab.requests.map((r) => hostOf(r.url)));
    const tabHosts = new Set([...requestHosts, ...hits.filter((h) => h.at < clickedAt).map((h) => hostOf(h.target))]);
    for (const h of hits) {
      if (h.at < clickedAt) {
        if (!requestHosts.has(hostOf(h.target))) result.browserOwn.push(h.target);
        continue;
      }
      if (tabHosts.has(hostOf(h.target))) continue;
      if (driver.proxyAttributes && h.at >= clickedAt && h.at <= doneAt) result.extensionOutside.push(`proxy: ${h.target}`);
      else result.browserOwn.push(h.target);
    }
    if (result.extensionOutside.length)
      result.problems.push(`requests outside 127.0.0.1 after the click: ${result.extensionOutside.slice(0, 5).join(' ')}`);
  } catch (e) {
    result.problems.push(`run failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await tab?.close().catch(() => undefined);
  }
  if (result.problems.length) result.outcome = 'failed';
  result.ms = Date.now() - t0;
  return result;
}

/** The one line a run prints: outcome counts, then what was reported rather than failed. */
export function summaryLine(browser: string, results: PageResult[]): string {
  const n = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const mutating = results.filter((r) => r.selfMutating).map((r) => r.page);
  const unattributed = results.filter((r) => r.unattributed.length).length;
  const retried = results.filter((r) => r.retriedClick).map((r) => `${r.page}: ${r.retriedClick}`);
  const pageOutside = results.reduce((s, r) => s + r.pageOutside, 0);
  const browserOwn = [...new Set(results.flatMap((r) => r.browserOwn.map(hostOf)))];
  const secs = Math.round(results.reduce((s, r) => s + r.ms, 0) / 1000);
  const noArticle = results.filter((r) => r.outcome === 'no-article').map((r) => r.page);
  return (
    `${browser} corpus smoke: ${results.length} pages: article=${n('article')} no-article=${n('no-article')}${noArticle.length ? ` (${noArticle.join(', ')})` : ''} failed=${n('failed')}; ` +
    `self-mutating pages=${mutating.length}${mutating.length ? ` (${mutating.join(', ')})` : ''}; ` +
    `page's own outside requests refused at the proxy=${pageOutside}; extension outside requests=` +
    `${results.reduce((s, r) => s + r.extensionOutside.length, 0)}; pages with unattributed late requests=${unattributed}; ` +
    `clicks pressed twice=${retried.length}${retried.length ? ` (${retried.join('; ')})` : ''}; ` +
    `other proxy connections (preconnects, browser services)=${results.reduce((s, r) => s + r.browserOwn.length, 0)}${browserOwn.length ? ` (${browserOwn.slice(0, 8).join(', ')})` : ''}; ${secs}s`
  );
}

interface LogEntry {
  level?: string;
  text?: string | null;
  source?: { context?: string };
  stackTrace?: { callFrames?: { url: string }[] };
}

/**
 * Firefox over WebDriver BiDi: requests from puppeteer's request events (BiDi gives no script
 * initiator in Firefox, so attribution is by timing and by the sink proxy); the extension's errors
 * are the tab's log entries whose stack or text points into moz-extension://.
 */
export function firefoxSmokeDriver(s: FirefoxSession): SmokeDriver {
  return {
    browser: 'firefox',
    proxyAttributes: true,
    async open(url) {
      const page = await s.browser.newPage();
      for (const p of await s.browser.pages()) if (p !== page) await p.close().catch(() => undefined);
      const requests: RequestRecord[] = [];
      const extensionErrors: string[] = [];
      const contextId = (page.mainFrame() as unknown as { _id: string })._id;
      page.on('request', (r) => requests.push({ url: r.url(), at: Date.now(), byExtension: false }));
      page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
      const onLog = (params: unknown) => {
        const e = params as LogEntry;
        if (e.source?.context !== contextId || e.level !== 'error') return;
        const urls = (e.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ');
        if (`${urls} ${e.text ?? ''}`.includes('moz-extension://')) extensionErrors.push(`${e.text ?? ''} (${urls})`);
      };
      bidi(s.browser).on('log.entryAdded', onLog);
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      } catch {
        // a page whose load never ends (a hanging ad) is still readable: go on with what loaded
      }
      await new Promise((r) => setTimeout(r, 500));
      const tab: SmokeTab = {
        evaluate: (fn) => page.evaluate(fn),
        click: () => clickInFirefox(s, page),
        requests,
        extensionErrors,
        async close() {
          bidi(s.browser).off('log.entryAdded', onLog);
          await page.close();
        },
      };
      return tab;
    },
  };
}


interface CdpStack {
  callFrames?: { url: string }[];
  parent?: CdpStack;
}
const stackUrls = (s: CdpStack | undefined): string[] => (s ? [...(s.callFrames ?? []).map((f) => f.url), ...stackUrls(s.parent)] : []);

/**
 * Chromium: the tab's requests from Playwright (subframes in other processes included); a request
 * counts as the extension's when the DevTools protocol names an initiator stack running through
 * chrome-extension://, or when the extension's service worker made it. An error or console error
 * is the extension's when it comes from the extension's isolated world or its stack does.
 */
export function chromiumSmokeDriver(s: ChromiumSession): SmokeDriver {
  const ext = `chrome-extension://${s.extensionId}`;
  let current: RequestRecord[] = [];
  // The background's own requests belong to whichever tab is being tested.
  s.context.on('request', (r) => {
    if (r.serviceWorker()?.url().startsWith(ext)) current.push({ url: r.url(), at: Date.now(), byExtension: true });
  });
  return {
    browser: 'chromium',
    proxyAttributes: false,
    async open(url) {
      const page: PlaywrightPage = await s.context.newPage();
      for (const p of s.context.pages()) if (p !== page) await p.close().catch(() => undefined);
      const requests: RequestRecord[] = (current = []);
      const extensionErrors: string[] = [];
      const extContexts = new Set<number>();
      const byExtension = new Set<string>();
      page.on('request', (r) => {
        const at = Date.now();
        const url = r.url();
        requests.push({ url, at, get byExtension() { return byExtension.has(url); } });
      });
      const cdp: CDPSession = await s.context.newCDPSession(page);
      const on = (event: string, fn: (e: never) => void) => cdp.on(event as never, fn as never);
      on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string } }) => {
        if (e.context.origin === ext) extContexts.add(e.context.id);
      });
      on('Runtime.exceptionThrown', (e: { exceptionDetails: { executionContextId?: number; text: string; url?: string; stackTrace?: CdpStack; exception?: { description?: string } } }) => {
        const d = e.exceptionDetails;
        const urls = [d.url ?? '', ...stackUrls(d.stackTrace)];
        if (extContexts.has(d.executionContextId ?? -1) || urls.some((u) => u.startsWith(ext)))
          extensionErrors.push(`${d.exception?.description?.split('\n')[0] ?? d.text} (${urls.filter(Boolean).join(' ')})`);
      });
      on('Runtime.consoleAPICalled', (e: { type: string; executionContextId: number; args: { value?: unknown; description?: string }[]; stackTrace?: CdpStack }) => {
        if (e.type !== 'error' && e.type !== 'assert') return;
        if (extContexts.has(e.executionContextId) || stackUrls(e.stackTrace).some((u) => u.startsWith(ext)))
          extensionErrors.push(`console.${e.type}: ${e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ')}`);
      });
      on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { url?: string; stack?: CdpStack } }) => {
        if ([e.initiator.url ?? '', ...stackUrls(e.initiator.stack)].some((u) => u.startsWith(ext))) byExtension.add(e.request.url);
      });
      await cdp.send('Runtime.enable');
      await cdp.send('Network.enable');
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      } catch {
        // a page whose load never ends (a hanging ad) is still readable: go on with what loaded
      }
      // A click a few milliseconds after load fails with "Cannot access contents of the page".
      await page.waitForTimeout(500);
      return {
        evaluate: (fn) => page.evaluate(fn),
        async click() {
          try {
            await clickInChromium(s, page);
          } catch {
            await page.waitForTimeout(500);
            await clickInChromium(s, page);
          }
        },
        requests,
        extensionErrors,
        async diagnose() {
          // The background sets a "×" badge when it could not inject into the tab.
          const worker = s.context.serviceWorkers().find((w) => w.url().startsWith(ext));
          if (!worker) return 'no panel 5 s after the click; the extension has no running service worker';
          const seen = await worker.evaluate(async (u) => {
            type Tab = { id?: number; url?: string; active?: boolean };
            const c = (globalThis as unknown as {
              chrome: {
                tabs: { query(q: object): Promise<Tab[]> };
                action: { getBadgeText(d: object): Promise<string> };
                scripting: { executeScript(d: object): Promise<unknown> };
              };
            }).chrome;
            const tabs = await c.tabs.query({});
            const t = tabs.find((x) => x.url === u);
            if (t?.id === undefined) return { badge: null, access: 'tab not found', tabs: tabs.map((x) => x.url) };
            // Whether the extension may still script the tab (activeTab granted): the error says why not.
            const access = await c.scripting.executeScript({ target: { tabId: t.id }, func: () => 1 }).then(
              () => 'scriptable now',
              (e: unknown) => String(e),
            );
            return { badge: await c.action.getBadgeText({ tabId: t.id }), access, tabs: tabs.map((x) => `${x.url}${x.active ? ' (active)' : ''}`) };
          }, page.url());
          return `no panel 5 s after the click; toolbar badge ${JSON.stringify(seen.badge)}; ${seen.access}; tabs: ${seen.tabs.join(', ')}`;
        },
        async close() {
          await cdp.detach().catch(() => undefined);
          await page.close();
        },
      };
    },
  };
}
