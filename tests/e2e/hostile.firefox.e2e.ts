import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton, launchFirefox, openPage, type FirefoxSession } from './lib/firefox';
import { evaluateSandboxed } from './lib/firefox-sandbox';
import {
  expectArticleShown,
  expectNothingThrown,
  expectVisiblePanel,
  HOSTILE,
  type HostileTab,
  hugePage,
  closePanelAndCompare,
  openPanel,
} from './lib/hostile';
import { probeSourcelight } from './lib/page-probe';
import { serveFolder, type StaticServer } from './lib/server';

/**
 * The Chromium hostile-page tests' twin (see hostile.chromium.e2e.ts). Firefox runs content scripts
 * in a sandbox that sees the page through Xray wrappers: the page's replaced globals and frozen
 * prototypes stay in the page's world. Image documents are left out here: the shared static server
 * has no image content types and Firefox would download them rather than show them.
 */

interface Visit {
  page: Page;
  pageErrors: string[];
  extensionConsole: string[];
}

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

  const inSandbox = <T, A = undefined>(v: Visit, fn: (arg: A) => T, arg?: A) => evaluateSandboxed(browser, v.page, fn, arg);

  async function visit(url: string): Promise<Visit> {
    const page = await openPage(browser, url);
    const v: Visit = { page, pageErrors: [], extensionConsole: [] };
    page.on('pageerror', (e) => v.pageErrors.push(e instanceof Error ? e.message : String(e)));
    page.on('console', (m) => {
      if (/sourcelight/i.test(m.text()) && (m.type() === 'error' || m.type() === 'warn')) v.extensionConsole.push(`${m.type()}: ${m.text()}`);
    });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(server.origin) && !u.startsWith(hugeServer.origin) && !/^(data|blob|moz-extension):/.test(u)) outside.push(u);
    });
    return v;
  }

  const tab = (v: Visit): HostileTab => ({
    evaluate: (fn) => inSandbox(v, fn),
    probe: () => inSandbox(v, probeSourcelight),
    click: () => clickToolbarButton(browser, v.page),
  });
  const open = (v: Visit, timeoutMs?: number) => openPanel(tab(v), timeoutMs);
  const closeAndCompare = (v: Visit, before: string) => closePanelAndCompare(tab(v), before);

  it('shows the article when the page CSS unsets every element and hides every div (the host is a div)', async () => {
    const v = await visit(`${server.origin}/restyled-divs.html`);
    const { probe, facts, before } = await open(v);
    expectArticleShown(probe, facts);
    expectVisiblePanel(facts);
    expect(facts.highlightRules, '::highlight rules in the page').toBe(true);
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  });

  it('analyses a page whose CSS hides every element, <html> included', async () => {
    const v = await visit(`${server.origin}/restyled-everything.html`);
    const { probe, facts, before } = await open(v);
    expectArticleShown(probe, facts);
    expect(facts.hostDisplay).toBe('block');
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  });

  it('is untouched by a page that replaces CSS, Node, Range, Highlight, JSON and freezes prototypes (Xray wrappers)', async () => {
    const v = await visit(`${server.origin}/page-globals.html`);
    const { probe, facts, before } = await open(v);
    expectArticleShown(probe, facts);
    expectVisiblePanel(facts);
    expect(await inSandbox(v, () => document.documentElement.getAttribute('data-page-broke'))).toBe('everything');
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  });

  it('shows markup inside quotes, the title and the byline as text, and runs none of it', async () => {
    const v = await visit(`${server.origin}/script-in-quotes.html`);
    const { probe, facts, before } = await open(v);
    expect(probe.open).toBe(true);
    expect(probe.noArticle).toBe(false);
    expect(probe.sidebarText).toContain("<img src=x onerror=window.__sourcelightPwned='quote'>");
    expect(probe.sidebarText).toContain("<script>window.__sourcelightPwned='script'</script>");
    expect(probe.sidebarText).toContain("<img src=x onerror=window.__sourcelightPwned='title'>");
    expect(facts.activeElements).toEqual([]);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await v.page.evaluate(() => (window as unknown as { __sourcelightPwned?: string }).__sourcelightPwned ?? null)).toBeNull();
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  });

  it('keeps its sidebar styled and its highlight rules under a strict Content-Security-Policy', async () => {
    const v = await visit(`${server.origin}/csp.html`);
    const { probe, facts, before } = await open(v);
    expectArticleShown(probe, facts);
    expectVisiblePanel(facts);
    expect(facts.highlightRules, '::highlight rules in the page').toBe(true);
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  });

  it('says there is no article when the article is inside an iframe', async () => {
    const v = await visit(`${server.origin}/framed.html`);
    const { probe, facts, before } = await open(v);
    expect(probe.open).toBe(true);
    expect(probe.noArticle).toBe(true);
    expectVisiblePanel(facts);
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  });

  it('reads a plain-text article and highlights its quotes', async () => {
    const v = await visit(`${server.origin}/plain-text.txt`);
    const { probe, facts, before } = await open(v);
    expect(probe.open).toBe(true);
    console.log(`firefox text/plain document: ${probe.noArticle ? 'no article' : `article, ${probe.layers.quote!.length} quotes`}`);
    expect(probe.noArticle).toBe(false);
    expect(probe.layers.quote!.some((q) => q.includes('cannot take another winter'))).toBe(true);
    expectVisiblePanel(facts);
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  });

  it('finishes on a 5 MB page with the sidebar open', async () => {
    const v = await visit(`${hugeServer.origin}/huge.html`);
    const { probe, facts, before } = await open(v, 120_000);
    expectArticleShown(probe, facts);
    expectVisiblePanel(facts);
    console.log(`firefox 5 MB page: quotes highlighted ${probe.layers.quote!.length}, timings ${JSON.stringify(probe.timings)}`);
    expectNothingThrown(v, facts);
    await closeAndCompare(v, before);
  }, 240_000);

  it('made no request outside the test servers', () => {
    expect(outside).toEqual([]);
  });
});
