import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton, launchFirefox, openPage, type FirefoxSession } from './lib/firefox';
import { expectPickFromPage } from './lib/pick';
import { FIXTURES, ROOT } from './lib/paths';
import { toggleLayer } from './lib/page-probe';
import { serveFolder, type StaticServer } from './lib/server';
import {
  clickInSidebar,
  focusedInSidebar,
  hostBox,
  layerChecks,
  layerRanges,
  reanchorCount,
  removeParagraph,
  rerenderWithInsertions,
  sidebarText,
} from './lib/sidebar-probe';

const SEED = '/globe-and-mail/trump-carney-call.html';

describe('Firefox: the reader’s experience on the Globe seed article', () => {
  let server: StaticServer;
  let browser: FirefoxSession;
  let page: Page;
  // Downloads land here without a dialog.
  const downloads = mkdtempSync(join(tmpdir(), 'sourcelight-ff-downloads-'));

  const isOpen = () => page.evaluate(() => !!document.getElementById('sourcelight-host'));
  const waitReady = () =>
    page.waitForFunction(
      () => {
        const host = document.getElementById('sourcelight-host');
        const s = host?.shadowRoot?.querySelector('[data-testid="status"]');
        return !!s?.textContent && !/…/.test(s.textContent) && host?.dataset.sourcelightPrefs === 'loaded';
      },
      { timeout: 30_000 },
    );
  const open = async () => {
    if (await isOpen()) {
      await clickToolbarButton(browser, page);
      await page.waitForFunction(() => !document.getElementById('sourcelight-host'), { timeout: 30_000 });
    }
    await clickToolbarButton(browser, page);
    await waitReady();
  };
  const waitReanchored = (n: number) =>
    page.waitForFunction(
      (k: number) => Number(document.getElementById('sourcelight-host')?.dataset.sourcelightReanchors ?? 0) > k,
      { timeout: 30_000 },
      n,
    );

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    browser = await launchFirefox({
      prefs: {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      },
    });
    page = await openPage(browser, `${server.origin}${SEED}`);
  });
  afterAll(async () => {
    rmSync(downloads, { recursive: true, force: true });
    await browser?.close();
    if (server) await Promise.race([server.close(), new Promise((r) => setTimeout(r, 2000))]);
  });

  it('opens in the top layer at the right edge, with focus in the labelled panel and the count announced', async () => {
    await open();
    expect(await page.evaluate(hostBox)).toMatchObject({ right: 0, width: 380, position: 'fixed' });
    expect((await page.evaluate(focusedInSidebar)).label).toBe('aside:Sourcelight: who is speaking in this article');
    expect(await page.evaluate(sidebarText, 'status')).toMatch(/^\d+ quotes found\./);
  });

  it('has no serious or critical axe-core violations in the panel', async () => {
    await page.addScriptTag({ content: readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null }[]; passes: unknown[] }> } }).axe;
      const r = await axe.run({ include: [['#sourcelight-host']] }, { resultTypes: ['violations'] });
      return { serious: r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), passes: r.passes.length };
    });
    expect(result.passes).toBeGreaterThan(10);
    expect(result.serious).toEqual([]);
    // axe moved focus nowhere, but be sure the next test starts from the panel.
    await page.evaluate(() => (document.getElementById('sourcelight-host')!.shadowRoot!.querySelector('aside') as HTMLElement).focus());
  });

  it('reaches the first controls with Tab, each with a visible focus ring', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(focusedInSidebar);
      expect(f.inSidebar).toBe(true);
      expect(f.outline, `focus ring on ${f.label}`).not.toMatch(/^none|0px$/);
      seen.push(f.label);
    }
    expect(seen.slice(0, 3)).toEqual([
      'div:Panel width (arrow keys to change)',
      'button:Move the panel to the left',
      'button:Close Sourcelight',
    ]);
  });

  it('shows in the panel the entry of a passage clicked in the page: a quote, a source by its mention; other words change nothing', async () => {
    if (!(await isOpen())) await open();
    await expectPickFromPage({
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      click: (x, y) => page.mouse.click(x, y),
    });
  });

  it('keeps every highlight on its words when the page re-renders and inserts text above', async () => {
    const layers = ['quote', 'source', 'anonymous'];
    const before: Record<string, string[]> = {};
    for (const l of layers) before[l] = (await page.evaluate(layerRanges, { layer: l })).map((r) => r.text).sort();
    const n = await page.evaluate(reanchorCount);
    expect(await page.evaluate(rerenderWithInsertions, 'U.S. President Donald Trump spoke with Prime Minister Mark Carney')).toBe(true);
    await waitReanchored(n);
    for (const l of layers) {
      const after = await page.evaluate(layerRanges, { layer: l });
      expect(after.map((r) => r.text).sort(), `${l} layer`).toEqual(before[l]);
      expect(after.every((r) => r.connected && !r.inserted), `${l} ranges on the article's own nodes`).toBe(true);
    }
  });

  it('lists the passages of a removed paragraph as not found on the page', async () => {
    const n = await page.evaluate(reanchorCount);
    expect(await page.evaluate(removeParagraph, 'truthing, all the way')).toBe(true);
    await waitReanchored(n);
    expect(await page.evaluate(sidebarText, 'not-found')).toContain('truthing, all the way');
  });

  it('downloads the Markdown report and the CSV, written by the background, from the panel', async () => {
    if (!(await isOpen())) await open();
    const fetch = async (format: string, ext: string) => {
      await page.evaluate(clickInSidebar, `input[data-format="${format}"]`);
      await page.evaluate(clickInSidebar, '[data-testid="download"]');
      const done = (f: string) => f.endsWith(`.${ext}`) && !f.endsWith('.part');
      for (let i = 0; i < 100 && !readdirSync(downloads).some(done); i++) await new Promise((r) => setTimeout(r, 100));
      const file = readdirSync(downloads).find(done);
      expect(file, `a .${ext} file in ${downloads}`).toMatch(new RegExp(`^sourcelight-trump-and-carney-speak.*\\.${ext}$`));
      return readFileSync(join(downloads, file!), 'utf8');
    };
    const md = await fetch('md', 'md');
    expect(md).toContain('## Who is this story built on?');
    expect(md).toContain('Pete Hoekstra');
    expect((await fetch('csv', 'csv')).split('\r\n')[0]).toBe('quote_id,speaker,speaker_kind,anonymous,quote_kind,text,start,end');
    expect(await page.evaluate(sidebarText, 'export-note')).toMatch(/^Saved as sourcelight-.*\.csv\.$/);
  });

  it('remembers the layer toggles after a reload, and Escape closes everything', async () => {
    await page.evaluate(toggleLayer, 'anonymous');
    await new Promise((r) => setTimeout(r, 300));
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 500));
    await open();
    expect(await page.evaluate(layerChecks)).toEqual({ quote: true, source: true, anonymous: false, vague: true });
    expect(await page.evaluate(layerRanges, { layer: 'anonymous' })).toHaveLength(0);
    await page.evaluate(toggleLayer, 'anonymous');
    expect((await page.evaluate(layerRanges, { layer: 'anonymous' })).length).toBeGreaterThan(0);

    await page.evaluate(() => (document.getElementById('sourcelight-host')!.shadowRoot!.querySelector('[data-testid="close"]') as HTMLElement).focus());
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('sourcelight-host'), { timeout: 30_000 });
    expect(await page.evaluate(() => (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.size)).toBe(0);
  });
});

// Firefox takes its language from its language pack (Debian's firefox-esr-l10n-fr, which .ci/run installs).
describe('Firefox in French: the panel follows the browser’s language', () => {
  let server: StaticServer;
  let browser: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    browser = await launchFirefox({ prefs: { 'intl.locale.requested': 'fr', 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 } });
    page = await openPage(browser, `${server.origin}${SEED}`);
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await Promise.race([server.close(), new Promise((r) => setTimeout(r, 2000))]);
  });

  it('labels, announces and summarises in French', async () => {
    await clickToolbarButton(browser, page);
    await page.waitForFunction(
      () => {
        const s = document.getElementById('sourcelight-host')?.shadowRoot?.querySelector('[data-testid="status"]');
        return !!s?.textContent && !/…/.test(s.textContent);
      },
      { timeout: 30_000 },
    );
    const fr = await page.evaluate(() => {
      const root = document.getElementById('sourcelight-host')!.shadowRoot!;
      return {
        label: root.querySelector('aside')!.getAttribute('aria-label'),
        status: root.querySelector('[data-testid="status"]')!.textContent,
        close: root.querySelector('[data-testid="close"]')!.getAttribute('aria-label'),
      };
    });
    expect(fr).toMatchObject({ label: 'Sourcelight : qui parle dans cet article', close: 'Fermer Sourcelight' });
    expect(fr.status).toMatch(/^\d+ citations trouvées\./);
  });
});
