import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, openPage, type ChromiumSession } from './lib/chromium';
import { ARTIFACTS, FIXTURES, ROOT } from './lib/paths';
import { expectPickFromPage } from './lib/pick';
import { pageDomOutsideHost, probeSourcelight, toggleLayer } from './lib/page-probe';
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
const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const host = document.getElementById('sourcelight-host');
    const s = host?.shadowRoot?.querySelector('[data-testid="status"]');
    return !!s?.textContent && !/…/.test(s.textContent) && host?.dataset.sourcelightPrefs === 'loaded';
  });
}
const isOpen = (page: Page) => page.evaluate(() => !!document.getElementById('sourcelight-host'));
/** Opens the panel (closing first one a failed earlier test may have left open). */
async function open(s: ChromiumSession, page: Page): Promise<void> {
  if (await isOpen(page)) {
    await clickToolbarButton(s, page);
    await page.waitForFunction(() => !document.getElementById('sourcelight-host'));
  }
  await clickToolbarButton(s, page);
  await waitReady(page);
}

/** Saves a screenshot in tests/artifacts, and with SOURCELIGHT_UPDATE_SCREENSHOTS=1 a copy for the README in docs/screenshots. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  expect(statSync(file).size, `${name}.png stays small enough for the repository`).toBeLessThan(300_000);
  // The README's copies change only when asked: a test run leaves the work tree clean.
  if (process.env.SOURCELIGHT_UPDATE_SCREENSHOTS) copyFileSync(file, join(SCREENSHOTS, `${name}.png`));
}

/** Scrolls the page to where the article's quotes are, so screenshots show highlights beside the panel. */
const scrollToQuotes = (page: Page) =>
  page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').includes('congratulated Prime Minister Carney'));
    p?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -80);
  });

describe('Chromium: the reader’s experience on the Globe seed article', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    browser = await launchChromium();
    page = await openPage(browser, `${server.origin}${SEED}`);
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('moves focus into the labelled panel on open and announces the quotes found', async () => {
    await page.focus('a');
    await open(browser, page);
    const focus = await page.evaluate(focusedInSidebar);
    expect(focus.inSidebar).toBe(true);
    expect(focus.label).toBe('aside:Sourcelight: who is speaking in this article');
    const status = await page.evaluate(() =>
      document.getElementById('sourcelight-host')!.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')?.textContent,
    );
    expect(status).toMatch(/^\d+ quotes found\./);
  });

  it('has no serious or critical axe-core violations in the panel', async () => {
    await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Record<string, { id: string; impact: string | null; nodes: unknown[] }[]>> } }).axe;
      const r = await axe.run({ include: [['#sourcelight-host']] }, { resultTypes: ['violations'] });
      return {
        violations: r.violations!.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
        passes: r.passes!.length,
      };
    });
    console.log(`axe: ${result.passes} rules passed; violations: ${JSON.stringify(result.violations)}`);
    expect(result.passes).toBeGreaterThan(10);
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('reaches every control with Tab, each with a visible focus ring; Enter jumps to a passage; Escape closes and gives focus back', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(focusedInSidebar);
      if (!f.inSidebar || seen.includes(f.label)) break;
      expect(f.outline, `focus ring on ${f.label}`).not.toMatch(/^none|0px$/);
      seen.push(f.label);
    }
    console.log(`tab order (${seen.length}): ${seen.slice(0, 8).join(' | ')} … ${seen.slice(-3).join(' | ')}`);
    expect(seen[0]).toBe('div:Panel width (arrow keys to change)');
    expect(seen.slice(1, 3)).toEqual(['button:Move the panel to the left', 'button:Close Sourcelight']);
    for (const layer of ['quote', 'source', 'anonymous', 'vague']) expect(seen).toContain(`input:${layer}`);
    expect(seen).toContain('input:md');
    expect(seen).toContain('button:copy');
    expect(seen.slice(-2)).toEqual(['button:download', 'button:settings']);
    expect(seen.some((l) => l.includes('truthing, all the way'))).toBe(true);

    // Back to a quote, then Enter: the page scrolls to it and flashes it.
    await page.keyboard.down('Shift');
    let f = await page.evaluate(focusedInSidebar);
    for (let i = 0; i < 120 && !f.label.includes('truthing, all the way'); i++) {
      await page.keyboard.press('Tab');
      f = await page.evaluate(focusedInSidebar);
    }
    await page.keyboard.up('Shift');
    const focusMarked = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-focus') ?? [])].map((r) => r.toString()));
    expect(focusMarked.join('')).toContain('truthing, all the way');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'));
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) > 50, scrollBefore);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('sourcelight-host'));
    const back = await page.evaluate(() => ({ tag: document.activeElement?.tagName, highlights: CSS.highlights.size }));
    expect(back).toEqual({ tag: 'A', highlights: 0 });
  });

  it('remembers the layer toggles, the side and the width after a reload', async () => {
    await open(browser, page);
    await page.evaluate(toggleLayer, 'source');
    await page.evaluate(toggleLayer, 'vague');
    expect(await page.evaluate(layerRanges, { layer: 'source' })).toHaveLength(0);
    await page.evaluate(clickInSidebar, '[data-testid="move"]');
    await page.evaluate(() => (document.getElementById('sourcelight-host')!.shadowRoot!.querySelector('[data-testid="resize"]') as HTMLElement).focus());
    await page.keyboard.press('ArrowRight'); // the edge of a left-hand panel moves right: wider
    await page.waitForTimeout(300); // storage writes are asynchronous

    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await isOpen(page)).toBe(false);
    await open(browser, page);
    expect(await page.evaluate(layerChecks)).toEqual({ quote: true, source: false, anonymous: true, vague: false });
    expect(await page.evaluate(layerRanges, { layer: 'source' })).toHaveLength(0);
    expect((await page.evaluate(layerRanges, { layer: 'quote' })).length).toBeGreaterThan(5);
    const box = (await page.evaluate(hostBox))!;
    expect(box.left).toBe(0);
    expect(box.width).toBe(420);

    // Back to the defaults for the tests that follow.
    await page.evaluate(toggleLayer, 'source');
    await page.evaluate(toggleLayer, 'vague');
    await page.evaluate(clickInSidebar, '[data-testid="move"]');
    await page.evaluate(() => (document.getElementById('sourcelight-host')!.shadowRoot!.querySelector('[data-testid="resize"]') as HTMLElement).focus());
    await page.keyboard.press('ArrowRight'); // now the edge of a right-hand panel moves right: narrower
    expect(await page.evaluate(hostBox)).toMatchObject({ right: 0, width: 380 });
  });

  it('shows in the panel the entry of a passage clicked in the page: a quote, a source by its mention; other words change nothing', async () => {
    if (!(await isOpen(page))) await open(browser, page);
    await expectPickFromPage({
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      click: (x, y) => page.mouse.click(x, y),
    });
  });

  it('keeps every highlight on its words when the page re-renders and inserts a paragraph and a banner above', async () => {
    if (!(await isOpen(page))) await open(browser, page);
    const layers = ['quote', 'source', 'anonymous'];
    const before = Object.fromEntries(await Promise.all(layers.map(async (l) => [l, (await page.evaluate(layerRanges, { layer: l })).map((r) => r.text).sort()])));
    const n = await page.evaluate(reanchorCount);
    expect(await page.evaluate(rerenderWithInsertions, 'U.S. President Donald Trump spoke with Prime Minister Mark Carney')).toBe(true);
    await page.waitForFunction((k) => Number(document.getElementById('sourcelight-host')?.dataset.sourcelightReanchors ?? 0) > k, n);
    for (const l of layers) {
      const after = await page.evaluate(layerRanges, { layer: l });
      expect(after.map((r) => r.text).sort(), `${l} layer`).toEqual(before[l]);
      expect(after.every((r) => r.connected), `${l} ranges on nodes in the page`).toBe(true);
      expect(after.some((r) => r.inserted), `${l} range moved into the inserted text`).toBe(false);
    }
    expect(await page.evaluate(sidebarText, 'not-found')).toBeNull();
  });

  it('lists the passages of a removed paragraph as not found on the page', async () => {
    const n = await page.evaluate(reanchorCount);
    expect(await page.evaluate(removeParagraph, 'truthing, all the way')).toBe(true);
    await page.waitForFunction((k) => Number(document.getElementById('sourcelight-host')?.dataset.sourcelightReanchors ?? 0) > k, n);
    const notFound = await page.evaluate(sidebarText, 'not-found');
    expect(notFound).toContain('truthing, all the way');
    expect(notFound).toContain('And the Canadians would benefit greatly');
    const quotes = (await page.evaluate(layerRanges, { layer: 'quote' })).map((r) => r.text);
    expect(quotes.some((q) => q.includes('truthing'))).toBe(false);
    expect(quotes.some((q) => q.includes('We must also invest in defending North America'))).toBe(true);
    expect(await page.evaluate(sidebarText, 'status')).toMatch(/passages are no longer on the page/);
  });

  it('takes screenshots of the panel in light and dark', async () => {
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);
    await open(browser, page);
    await scrollToQuotes(page);
    await screenshot(page, 'sidebar-en-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    // Buttons fade their background for 0.12 s: let the switch finish before the picture.
    await page.waitForTimeout(300);
    await screenshot(page, 'sidebar-en-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('downloads the Markdown report, the CSV and the contract JSON from the panel', async () => {
    if (!(await isOpen(page))) await open(browser, page);
    const quotes = (await page.evaluate(probeSourcelight)).layers.quote!.length;
    const fetch = async (format: string) => {
      await page.evaluate(clickInSidebar, `input[data-format="${format}"]`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(clickInSidebar, '[data-testid="download"]')]);
      const path = await download.path();
      return { name: download.suggestedFilename(), body: readFileSync(path, 'utf8') };
    };
    const md = await fetch('md');
    expect(md.name).toMatch(/^sourcelight-trump-and-carney-speak.*\.md$/);
    expect(md.body).toContain('## Who is this story built on?');
    expect(md.body).toContain('Pete Hoekstra');
    const csv = await fetch('csv');
    expect(csv.body.split('\r\n')[0]).toBe('quote_id,speaker,speaker_kind,anonymous,quote_kind,text,start,end');
    expect(csv.body.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(quotes + 1);
    const json = JSON.parse((await fetch('json')).body);
    expect(json.schema).toBe('sourcelight/analysis@1');
    expect([`${server.origin}${SEED}`, 'https://www.theglobeandmail.com/politics/article-trump-carney-call-meeting/']).toContain(json.url);
    expect(json.quotes).toHaveLength(quotes);
    expect(await page.evaluate(sidebarText, 'export-note')).toMatch(/^Saved as sourcelight-.*\.json\.$/);
  });

  it('opens the options page from the panel’s Settings button', async () => {
    if (!(await isOpen(page))) await open(browser, page);
    const [options] = await Promise.all([browser.context.waitForEvent('page'), page.evaluate(clickInSidebar, '[data-testid="settings"]')]);
    await options.waitForLoadState('load');
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html`);
    await options.close();
  });

  it('closes from the toolbar, removing every highlight, listener and observer', async () => {
    await clickToolbarButton(browser, page);
    await page.waitForFunction(() => !document.getElementById('sourcelight-host'));
    const after = await page.evaluate(probeSourcelight);
    expect(after.open).toBe(false);
    // A change after close must not bring anything back (the observer is gone).
    await page.evaluate(() => document.body.prepend(Object.assign(document.createElement('p'), { textContent: 'later' })));
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('stays put and usable on a page that restyles every element and redefines CSS and Node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-hostile-'));
    try {
      const seed = readFileSync(join(FIXTURES, SEED), 'utf8');
      const hostile = `<style>
        * { position: static !important; display: inline !important; width: 10px !important; font-size: 40px !important;
            color: red !important; transform: scale(0.5) !important; visibility: hidden !important; z-index: 0 !important; }
        div { display: none !important; } body { transform: translateX(100px) !important; filter: blur(0) !important; }
      </style><script>
        window.__realCSS = window.CSS; window.CSS = { highlights: null, supports: () => false };
        window.Node = function Node() {}; window.Highlight = undefined;
      </script>`;
      writeFileSync(join(dir, 'hostile.html'), seed.replace(/<head[^>]*>/i, (m) => `${m}${hostile}`));
      const hostileServer = await serveFolder(dir);
      try {
        const p = await openPage(browser, `${hostileServer.origin}/hostile.html`);
        const errors: string[] = [];
        p.on('pageerror', (e) => errors.push(e.message));
        const before = await p.evaluate(pageDomOutsideHost);
        await open(browser, p);
        const box = (await p.evaluate(hostBox))!;
        console.log(`hostile page: host box ${JSON.stringify(box)}`);
        expect(box).toMatchObject({ right: 0, width: 380, height: 900, position: 'fixed', display: 'block' });
        // The page's globals are its own: our isolated world still painted with the real API.
        expect((await p.evaluate(layerRanges, { layer: 'quote', registry: '__realCSS' })).length).toBeGreaterThan(5);
        const visible = await p.evaluate(() => {
          const b = document.getElementById('sourcelight-host')!.shadowRoot!.querySelector('[data-testid="close"]')!;
          const cs = getComputedStyle(b);
          return { visibility: cs.visibility, display: cs.display, color: cs.color };
        });
        expect(visible.visibility).toBe('visible');
        expect(visible.display).not.toBe('none');
        expect(visible.color).not.toBe('rgb(255, 0, 0)');
        await p.keyboard.press('Escape');
        await p.waitForFunction(() => !document.getElementById('sourcelight-host'));
        expect(await p.evaluate(pageDomOutsideHost)).toBe(before);
        expect(errors).toEqual([]);
        await p.close();
      } finally {
        // The server waits for the browser's kept-alive connections; do not wait on it for long.
        await Promise.race([hostileServer.close(), new Promise((r) => setTimeout(r, 2000))]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Chromium in French: the panel follows the browser’s language', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    browser = await launchChromium({ env: { LANGUAGE: 'fr' } });
    page = await openPage(browser, `${server.origin}${SEED}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('labels, announces and summarises in French', async () => {
    await open(browser, page);
    const fr = await page.evaluate(() => {
      const root = document.getElementById('sourcelight-host')!.shadowRoot!;
      return {
        label: root.querySelector('aside')!.getAttribute('aria-label'),
        status: root.querySelector('[data-testid="status"]')!.textContent,
        summary: root.querySelector('#sl-summary')!.textContent,
        close: root.querySelector('[data-testid="close"]')!.getAttribute('aria-label'),
      };
    });
    expect(fr).toMatchObject({ label: 'Sourcelight : qui parle dans cet article', summary: 'Sur qui repose cet article ?', close: 'Fermer Sourcelight' });
    expect(fr.status).toMatch(/^\d+ citations trouvées\./);
    await scrollToQuotes(page);
    await screenshot(page, 'sidebar-fr-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    // Buttons fade their background for 0.12 s: let the switch finish before the picture.
    await page.waitForTimeout(300);
    await screenshot(page, 'sidebar-fr-dark');
  });

  it('shows the options page in French', async () => {
    const options = await openPage(browser, `chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('input[data-scheme="strong"]');
    expect(await options.title()).toBe('Réglages de Sourcelight');
    expect(await options.textContent('body')).toContain('Rien n’est envoyé nulle part');
    await options.emulateMedia({ colorScheme: 'dark' });
    await screenshot(options, 'options-fr-dark');
  });
});

/** Xvfb on the first free display, for a headful browser whose keyboard shortcuts xdotool can press. */
async function startXvfb(): Promise<{ display: string; proc: ChildProcess } | null> {
  for (let n = 90; n < 120; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, proc };
    proc.kill();
  }
  return null;
}

const hasTool = (cmd: string) => spawnSync('which', [cmd]).status === 0;
const canPressKeys = hasTool('Xvfb') && hasTool('xdotool');

// Headless browsers never fire extension commands: a real display and a real key press are needed.
describe.skipIf(!canPressKeys)('Chromium under Xvfb: the keyboard shortcut Alt+Shift+S', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let page: Page;
  let x: { display: string; proc: ChildProcess } | null = null;
  const xdotool = (...args: string[]) => {
    const r = spawnSync('xdotool', args, { env: { ...process.env, DISPLAY: x!.display }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };

  beforeAll(async () => {
    x = await startXvfb();
    if (!x) throw new Error('no free X display for Xvfb');
    server = await serveFolder(FIXTURES);
    browser = await launchChromium({ headless: false, env: { DISPLAY: x.display } });
    page = await openPage(browser, `${server.origin}${SEED}`);
    await page.bringToFront();
    // No window manager here: give the browser window keyboard focus directly.
    for (const w of xdotool('search', '--onlyvisible', '--class', 'chromium').split('\n').filter(Boolean)) xdotool('windowfocus', '--sync', w);
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await Promise.race([server.close(), new Promise((r) => setTimeout(r, 2000))]);
    x?.proc.kill();
  });

  it('opens the panel with focus inside it, and closes it on a second press', async () => {
    xdotool('key', '--clearmodifiers', 'alt+shift+s');
    await waitReady(page);
    expect((await page.evaluate(focusedInSidebar)).inSidebar).toBe(true);
    xdotool('key', '--clearmodifiers', 'alt+shift+s');
    await page.waitForFunction(() => !document.getElementById('sourcelight-host'));
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  });
});

describe('Chromium: the options page', () => {
  let server: StaticServer;
  let browser: ChromiumSession;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await Promise.race([server.close(), new Promise((r) => setTimeout(r, 2000))]);
  });

  it('sets the default layers and the colour scheme the panel then uses, and says nothing leaves the browser', async () => {
    const options = await openPage(browser, `chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('input[data-scheme="strong"]');
    expect(await options.title()).toBe('Sourcelight settings');
    expect(await options.textContent('body')).toContain('Nothing is sent anywhere');
    expect(await options.textContent('body')).toContain('Alt+Shift+S');
    await options.click('input[data-scheme="strong"]');
    await options.click('input[data-layer="vague"]');
    await options.waitForSelector('text=Saved.');
    mkdirSync(ARTIFACTS, { recursive: true });
    await screenshot(options, 'options-en-light');
    // The extension page's CSP forbids inline scripts: evaluate axe's source instead of adding a tag.
    await options.evaluate(readFileSync(AXE, 'utf8'));
    const serious = await options.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);

    const page = await openPage(browser, `${server.origin}${SEED}`);
    await open(browser, page);
    expect(await page.evaluate(layerChecks)).toMatchObject({ quote: true, vague: false });
    const css = await page.evaluate(() => document.querySelector('#sourcelight-host > style')?.textContent ?? '');
    expect(css).toContain('rgb(240, 228, 66)'); // the strong scheme's quote tint
  });
});
