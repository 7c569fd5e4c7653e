import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchFirefox, openPage, type FirefoxSession } from './lib/firefox';
import { evaluateSandboxed } from './lib/firefox-sandbox';
import { HOSTILE, type HostileTab, hugePage } from './lib/hostile';
import { hostileCases, type HostileVisit } from './lib/hostile-cases';
import { probeSourcelight } from './lib/page-probe';
import { serveFolder, type StaticServer } from './lib/server';

/**
 * The hostile-page cases (lib/hostile-cases.ts) in Firefox; hostile.chromium.e2e.ts adds Chromium's own. Firefox runs content scripts
 * in a sandbox that sees the page through Xray wrappers: the page's replaced globals and frozen
 * prototypes stay in the page's world. Image documents are left out here: the shared static server
 * has no image content types and Firefox would download them rather than show them.
 */

describe('Firefox: hostile pages', () => {
  let server: StaticServer;
  let hugeServer: StaticServer;
  let hugeDir: string;
  let browser: FirefoxSession;
  const outside: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(HOSTILE);
    hugeDir = mkdtempSync(join(tmpdir(), 'sourcelight-huge-'));
    writeFileSync(join(hugeDir, 'huge.html'), hugePage(5_000_000));
    hugeServer = await serveFolder(hugeDir);
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await hugeServer?.close();
    if (hugeDir) rmSync(hugeDir, { recursive: true, force: true });
  });

  async function visit(url: string): Promise<HostileVisit> {
    const page = await openPage(browser, url);
    const pageErrors: string[] = [];
    const extensionConsole: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
    page.on('console', (m) => {
      if (/sourcelight/i.test(m.text()) && (m.type() === 'error' || m.type() === 'warn')) extensionConsole.push(`${m.type()}: ${m.text()}`);
    });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(server.origin) && !u.startsWith(hugeServer.origin) && !/^(data|blob|moz-extension):/.test(u)) outside.push(u);
    });
    const tab: HostileTab = {
      evaluate: (fn) => evaluateSandboxed(browser, page, fn),
      probe: () => evaluateSandboxed(browser, page, probeSourcelight),
      click: () => clickToolbarButton(browser, page),
    };
    return { tab, pageErrors, extensionConsole, inPage: (fn) => page.evaluate(fn) };
  }

  hostileCases({
    name: 'firefox',
    isolation: 'Xray wrappers',
    origin: () => server.origin,
    hugeOrigin: () => hugeServer.origin,
    visit,
    hugeTimeoutMs: 120_000,
  });

  it('made no request outside the test servers', () => {
    expect(outside).toEqual([]);
  });
});
