import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, openPage, type ChromiumSession } from './lib/chromium';
import { evaluateIsolated } from './lib/isolated-world';
import {
  digest,
  expectNothingThrown,
  HOSTILE,
  type HostileTab,
  hugePage,
  closePanelAndCompare,
  openPanel,
  panelFacts,
} from './lib/hostile';
import { expectNoArticleAt, hostileCases, type HostileBrowser, type HostileVisit } from './lib/hostile-cases';
import { pageDomOutsideHost, probeSourcelight } from './lib/page-probe';
import { serveFolder, type StaticServer } from './lib/server';

/**
 * Pages that fight back: CSS aimed at injected panels, a page that breaks the globals and
 * prototypes a script leans on, frames, documents that are not HTML articles, markup inside quotes,
 * a strict Content-Security-Policy and a 5 MB page. Whatever the page, a click opens the sidebar with
 * the article or a clear message, nothing is thrown into the page, nothing runs from the page's
 * text, and closing leaves the page's DOM as it was.
 *
 * Everything we read runs in an isolated world (as the content script does), so a page that breaks
 * its own `JSON` or `document.getElementById` cannot fool the probe.
 */

/** A visited page: the shared cases' view of it, and Playwright's page for the Chromium-only tests. */
interface Visit extends HostileVisit {
  page: Page;
}

describe('Chromium: hostile pages', () => {
  let server: StaticServer;
  let hugeServer: StaticServer;
  let hugeDir: string;
  let browser: ChromiumSession;
  const outside: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(HOSTILE);
    hugeDir = mkdtempSync(join(tmpdir(), 'sourcelight-huge-'));
    writeFileSync(join(hugeDir, 'huge.html'), hugePage(5_000_000));
    hugeServer = await serveFolder(hugeDir);
    browser = await launchChromium();
    // The shared static server has no image types; a browser would download these instead of showing them.
    for (const [name, type] of [
      ['image.png', 'image/png'],
      ['image.svg', 'image/svg+xml'],
    ] as const)
      await browser.context.route(`${server.origin}/${name}`, (route) =>
        route.fulfill({ status: 200, contentType: type, body: readFileSync(join(HOSTILE, name)) }),
      );
    browser.context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(server.origin) && !u.startsWith(hugeServer.origin) && !/^(data|blob|chrome-extension):/.test(u)) outside.push(u);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await hugeServer?.close();
    if (hugeDir) rmSync(hugeDir, { recursive: true, force: true });
  });

  async function visit(url: string): Promise<Visit> {
    const page = await openPage(browser, url);
    const pageErrors: string[] = [];
    const extensionConsole: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.location().url.startsWith('chrome-extension://') && (m.type() === 'error' || m.type() === 'warning'))
        extensionConsole.push(`${m.type()}: ${m.text()}`);
    });
    const tab: HostileTab = {
      evaluate: (fn) => evaluateIsolated(page, fn),
      probe: () => evaluateIsolated(page, probeSourcelight),
      click: () => clickToolbarButton(browser, page),
    };
    return { page, tab, pageErrors, extensionConsole, inPage: (fn) => page.evaluate(fn) };
  }

  const chromium: HostileBrowser = {
    name: 'chromium',
    isolation: 'the content script runs in an isolated world',
    origin: () => server.origin,
    hugeOrigin: () => hugeServer.origin,
    visit,
    hugeTimeoutMs: 90_000,
    async afterHugeOpen(v) {
      const t = Date.now();
      await v.inPage(() => 1);
      expect(Date.now() - t, 'the page answers at once after the sidebar opened').toBeLessThan(2_000);
    },
  };
  hostileCases(chromium);

  const open = (v: Visit, timeoutMs?: number) => openPanel(v.tab, timeoutMs);
  const closeAndCompare = (v: Visit, before: string) => closePanelAndCompare(v.tab, before);

  it('opens a visible sidebar over a frameset page (its body is a <frameset>)', () => expectNoArticleAt(chromium, '/frameset.html'));

  it('says there is no article on an image (PNG) document', () => expectNoArticleAt(chromium, '/image.png'));

  // An XML document has no HTML to read: the click reports it on the toolbar button and adds nothing.
  it('throws nothing into an SVG document (no body, not HTML) and leaves it as it was', async () => {
    const v = await visit(`${server.origin}/image.svg`);
    const before = digest(await evaluateIsolated(v.page, pageDomOutsideHost));
    await clickToolbarButton(browser, v.page);
    await v.page.waitForTimeout(2_000);
    expect(v.pageErrors, 'errors thrown into the page').toEqual([]);
    expect(v.extensionConsole, 'errors the content script logged').toEqual([]);
    const facts = await evaluateIsolated(v.page, panelFacts);
    // Either a sidebar that says "no article" (and closes cleanly), or nothing added at all.
    if (facts.hostInDom) {
      expect((await evaluateIsolated(v.page, probeSourcelight)).noArticle).toBe(true);
      await closeAndCompare(v, before);
    } else expect(digest(await evaluateIsolated(v.page, pageDomOutsideHost))).toBe(before);
  });

  // Anti-adblock scripts remove what is added to the page: the next click shows the panel again.
  it('opens again on the next click when the page removed the sidebar (anti-adblock scripts do)', async () => {
    const v = await visit(`${server.origin}/removes-added.html`);
    await clickToolbarButton(browser, v.page);
    await v.page.waitForTimeout(1_000);
    expect((await evaluateIsolated(v.page, panelFacts)).hostInDom, 'the page removed the host').toBe(false);
    await clickToolbarButton(browser, v.page);
    await v.page.waitForTimeout(1_000);
    const after = await evaluateIsolated(v.page, probeSourcelight);
    // Either the second click shows the sidebar again (re-attached), or at least a click is not wasted.
    expect(after.open || after.layers.quote!.length > 0, 'the second click shows Sourcelight again').toBe(true);
    expectNothingThrown(v, await evaluateIsolated(v.page, panelFacts));
  });

  // Pages rename elements as they run (a sticky state, a theme, a framework's re-render): the
  // `::highlight` rules are written on the article's element, so they must follow a rename.
  it('keeps its highlights coloured when the page renames the element the rules are written on', async () => {
    const v = await visit(`${server.origin}/renames-article.html`);
    const { probe } = await open(v);
    expect(probe.layers.quote!.length).toBeGreaterThan(0);
    const ruleReachesQuotes = () =>
      evaluateIsolated(v.page, () => {
        const css = document.getElementById('sourcelight-host')?.querySelector('style')?.textContent ?? '';
        const selector = /(\S+)::highlight\(sourcelight-quote\)/.exec(css)?.[1] ?? null;
        const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
        const starts: Element[] = [];
        reg.get('sourcelight-quote')?.forEach((r) => starts.push(r.startContainer.parentElement!));
        return { selector, reached: !!selector && starts.every((el) => selector === ':root' || !!el.closest(selector)) };
      });
    const before = await ruleReachesQuotes();
    expect(before.selector).toBe('#story');
    expect(before.reached).toBe(true);
    await v.page.evaluate(() => {
      document.getElementById('story')!.id = 'story-live';
    });
    await v.page.waitForTimeout(300);
    const after = await ruleReachesQuotes();
    expect(after.selector, 'the rules moved off the renamed element').not.toBe('#story');
    expect(after.reached, 'the rules still reach every quote').toBe(true);
    expectNothingThrown(v, await evaluateIsolated(v.page, panelFacts));
  });

  it('made no request outside the test servers', () => {
    expect(outside).toEqual([]);
  });
});
