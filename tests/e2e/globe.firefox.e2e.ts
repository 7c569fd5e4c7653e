import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton, launchFirefox, openPage, type FirefoxSession } from './lib/firefox';
import { ARTIFACTS, FIXTURES } from './lib/paths';
import { pageDomOutsideHost, probeSourcelight, toggleLayer, type Probe } from './lib/page-probe';
import { serveFolder, type StaticServer } from './lib/server';
import { expectGlobeSeedShown } from './lib/globe-expectations';

describe('Firefox: the toolbar button on the Globe and Mail seed article', () => {
  let server: StaticServer;
  let browser: FirefoxSession;
  let page: Page;
  const outside: string[] = [];

  const probe = () => page.evaluate(probeSourcelight);
  const waitOpen = () =>
    page.waitForFunction(
      () => {
        const s = document.getElementById('sourcelight-host')?.shadowRoot?.querySelector('[data-testid="status"]');
        return !!s && !!s.textContent && !/…/.test(s.textContent);
      },
      { timeout: 30_000 },
    );

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    browser = await launchFirefox();
    page = await openPage(browser, `${server.origin}/globe-and-mail/trump-carney-call.html`);
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) outside.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let before = '';
  let shown: Probe;

  it('opens the sidebar with the quotes, sources and anonymous sourcing highlighted', async () => {
    before = await page.evaluate(pageDomOutsideHost);
    await clickToolbarButton(browser, page);
    await waitOpen();
    shown = await probe();
    mkdirSync(ARTIFACTS, { recursive: true });
    // Bring the first quote into view so the screenshot shows the highlights, not just the sidebar.
    await page.evaluate(() => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const first = [...(reg.get('sourcelight-quote') ?? [])][0];
      first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-globe.png') });
    console.log(`firefox layers: ${Object.entries(shown.layers).map(([k, v]) => `${k}=${v.length}`).join(' ')}`);
    expectGlobeSeedShown(shown);
  });

  it('empties and refills a layer when its toggle is switched off and on', async () => {
    for (const layer of ['quote', 'source', 'anonymous']) {
      const n = shown.layers[layer]!.length;
      await page.evaluate(toggleLayer, layer);
      expect((await probe()).layers[layer]).toHaveLength(0);
      await page.evaluate(toggleLayer, layer);
      expect((await probe()).layers[layer]).toHaveLength(n);
    }
  });

  it('a second click closes it and leaves the page as it was', async () => {
    await clickToolbarButton(browser, page);
    await page.waitForFunction(() => !document.getElementById('sourcelight-host'), { timeout: 30_000 });
    const after = await probe();
    expect(after.open).toBe(false);
    for (const l of Object.values(after.layers)) expect(l).toHaveLength(0);
    expect(await page.evaluate(pageDomOutsideHost)).toBe(before);
  });

  it('made no request outside the test server', () => {
    expect(outside).toEqual([]);
  });
});
