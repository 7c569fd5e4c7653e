import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './lib/chromium';
import { serveFolder, type StaticServer } from './lib/server';
import {
  chromiumSmokeDriver,
  listPages,
  PAGES_DIR,
  smokePage,
  startSinkProxy,
  summaryLine,
  type PageResult,
  type SinkProxy,
  type SmokeDriver,
} from './lib/pages-smoke';

const pages = PAGES_DIR ? listPages(PAGES_DIR) : [];

describe.skipIf(!PAGES_DIR)(`Chromium: the toolbar button on every saved page in SOURCELIGHT_E2E_PAGES (${PAGES_DIR || 'unset'})`, () => {
  let server: StaticServer;
  let proxy: SinkProxy;
  let session: ChromiumSession;
  let driver: SmokeDriver;
  const results: PageResult[] = [];

  beforeAll(async () => {
    server = await serveFolder(PAGES_DIR);
    proxy = await startSinkProxy();
    session = await launchChromium({ proxyPort: proxy.port });
    driver = chromiumSmokeDriver(session);
  });
  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  // A page that changes its own DOM cannot be compared byte for byte: it is reported, not failed.
  it.each(pages)('%s: opens with an article or "no article", closes leaving the page as it was, sends nothing out', async (page) => {
    const r = await smokePage(driver, server.origin, page, proxy);
    results.push(r);
    if (r.selfMutating) console.log(`chromium ${page}: the page mutates its own DOM; compared against the last snapshot before the click`);
    if (r.unattributed.length) console.log(`chromium ${page}: late requests by a noisy page, not attributed: ${r.unattributed.slice(0, 3).join(' ')}`);
    expect(r.problems, join(PAGES_DIR, page)).toEqual([]);
  }, 90_000);

  it('prints the summary', () => {
    console.log(summaryLine('chromium', results));
    expect(results).toHaveLength(pages.length);
  });
});
