import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_EXT, requireBuild } from './paths';

/** Flags TOOLCHAIN.md lists for Debian's Chromium as root on a closed network; the proxy sends every non-loopback request to a closed port. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--proxy-server=http://127.0.0.1:9',
  // Chromium's own calls home that the flags above leave on (autofill looks up every form it sees).
  '--disable-features=AutofillServerCommunication,OptimizationHintsFetching,MediaRouter,Translate',
];

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(
  opts: { env?: Record<string, string>; headless?: boolean; extensionDir?: string; proxyPort?: number } = {},
): Promise<ChromiumSession> {
  const source = opts.extensionDir ?? CHROME_EXT;
  requireBuild(source);
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  // Chromium reads an unpacked extension's files at each injection: a copy keeps a concurrent
  // `npm run build` from swapping the content script mid-run (a lost click, badge "×").
  const ext = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-ext-'));
  cpSync(source, ext, { recursive: true });
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    args: [
      ...FLAGS.map((f) => (opts.proxyPort && f.startsWith('--proxy-server=') ? `--proxy-server=http://127.0.0.1:${opts.proxyPort}` : f)),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
    env: { ...process.env, ...opts.env } as Record<string, string>,
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(ext, { recursive: true, force: true });
    },
  };
}

/**
 * Presses the toolbar button as a user does (which grants activeTab): the DevTools protocol's
 * Extensions.triggerAction on a browser-level session, with the tab target's id.
 */
export async function clickToolbarButton(s: ChromiumSession, page: Page): Promise<void> {
  const cdp = await s.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: s.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

/** Opens a URL in a fresh page, closing every other page (ad scripts' popups steal synthetic clicks). */
export async function openPage(s: ChromiumSession, url: string): Promise<Page> {
  const page = await s.context.newPage();
  for (const p of s.context.pages()) if (p !== page) await p.close();
  await page.goto(url, { waitUntil: 'load' });
  // A click a few milliseconds after load can fail with "Cannot access contents of the page".
  await page.waitForTimeout(500);
  return page;
}
