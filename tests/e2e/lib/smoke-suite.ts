import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from './server';
import { listPages, PAGES_DIR, smokePage, startSinkProxy, summaryLine, type PageResult, type SinkProxy, type SmokeDriver } from './pages-smoke';

/** A browser for the smoke run: launched with every outside request sent to the sink proxy. */
export type SmokeBrowser = (proxyPort: number) => Promise<{ close(): Promise<void>; driver: SmokeDriver }>;

/**
 * The corpus smoke run in one browser (issue 3): only when SOURCELIGHT_E2E_PAGES names a folder,
 * every saved page in it gets a click, a check of what opened, a close and a byte-for-byte comparison.
 */
export function defineSmokeSuite(browser: 'chromium' | 'firefox', launch: SmokeBrowser): void {
  const pages = PAGES_DIR ? listPages(PAGES_DIR) : [];
  const label = browser === 'chromium' ? 'Chromium' : 'Firefox';
  describe.skipIf(!PAGES_DIR)(`${label}: the toolbar button on every saved page in SOURCELIGHT_E2E_PAGES (${PAGES_DIR || 'unset'})`, () => {
    let server: StaticServer;
    let proxy: SinkProxy;
    let session: Awaited<ReturnType<SmokeBrowser>>;
    const results: PageResult[] = [];

    beforeAll(async () => {
      server = await serveFolder(PAGES_DIR);
      proxy = await startSinkProxy();
      session = await launch(proxy.port);
    });
    afterAll(async () => {
      await session?.close();
      await proxy?.close();
      await server?.close();
    });

    // A page that changes its own DOM cannot be compared byte for byte: it is reported, not failed.
    it.each(pages)('%s: opens with an article or "no article", closes leaving the page as it was, sends nothing out', async (page) => {
      const r = await smokePage(session.driver, server.origin, page, proxy);
      results.push(r);
      if (r.selfMutating) console.log(`${browser} ${page}: the page mutates its own DOM; compared against the last snapshot before the click`);
      if (r.unattributed.length) console.log(`${browser} ${page}: late requests by a noisy page, not attributed: ${r.unattributed.slice(0, 3).join(' ')}`);
      expect(r.problems, join(PAGES_DIR, page)).toEqual([]);
    }, 90_000);

    it('prints the summary', () => {
      console.log(summaryLine(browser, results));
      expect(results).toHaveLength(pages.length);
    });
  });
}
