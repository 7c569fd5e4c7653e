import { expect, it } from 'vitest';
import {
  closePanelAndCompare,
  expectArticleShown,
  expectNothingThrown,
  expectVisiblePanel,
  openPanel,
  type HostileTab,
  type PanelFacts,
} from './hostile';
import type { Probe } from './page-probe';

/** One visited page in either browser: its tab, and what the page and the content script reported. */
export interface HostileVisit {
  tab: HostileTab;
  pageErrors: string[];
  extensionConsole: string[];
  /** Reads a value in the page's own world, where a handler smuggled in by the page's text would run. */
  inPage<T>(fn: () => T): Promise<T>;
}

/** What the shared hostile-page cases need of a browser. */
export interface HostileBrowser {
  name: 'chromium' | 'firefox';
  /** How a content script is kept out of the page's world: said in the test's name. */
  isolation: string;
  /** The hostile fixtures' address, and the generated 5 MB page's. */
  origin(): string;
  hugeOrigin(): string;
  visit(url: string): Promise<HostileVisit>;
  /** How long the 5 MB page may take to settle. */
  hugeTimeoutMs: number;
  /** Checks the browser adds on the 5 MB page once the panel is open. */
  afterHugeOpen?(v: HostileVisit): Promise<void>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pwned = () => (window as unknown as { __sourcelightPwned?: string }).__sourcelightPwned ?? null;

async function open(v: HostileVisit, timeoutMs?: number): Promise<{ probe: Probe; facts: PanelFacts; before: string }> {
  return openPanel(v.tab, timeoutMs);
}

/** A page with the fixture article: shown, `check`ed, nothing thrown, the page as it was after close. */
async function expectArticleAt(b: HostileBrowser, path: string, check: (probe: Probe, facts: PanelFacts, v: HostileVisit) => void | Promise<void>): Promise<void> {
  const v = await b.visit(`${b.origin()}${path}`);
  const { probe, facts, before } = await open(v);
  expectArticleShown(probe, facts);
  await check(probe, facts, v);
  expectNothingThrown(v, facts);
  await closePanelAndCompare(v.tab, before);
}

/** A page with nothing to read: a visible panel saying "no article", nothing thrown, the page as it was after close. */
export async function expectNoArticleAt(b: HostileBrowser, path: string): Promise<void> {
  const v = await b.visit(`${b.origin()}${path}`);
  const { probe, facts, before } = await open(v);
  expect(probe.open).toBe(true);
  expect(probe.noArticle, 'the "no article" message').toBe(true);
  expectVisiblePanel(facts);
  expectNothingThrown(v, facts);
  await closePanelAndCompare(v.tab, before);
}

/**
 * The pages that fight back, the same in both browsers: CSS aimed at injected panels, broken globals
 * and prototypes, markup inside quotes, a strict Content-Security-Policy, frames, plain text and a
 * 5 MB page. Each browser's file adds what only it can check.
 */
export function hostileCases(b: HostileBrowser): void {
  it('shows the article when the page CSS unsets every element and hides every div (the host is a div)', () =>
    expectArticleAt(b, '/restyled-divs.html', (_, facts) => {
      expectVisiblePanel(facts);
      expect(facts.highlightRules, '::highlight rules in the page').toBe(true);
    }));

  it('analyses a page whose CSS hides every element, <html> included (nothing can show there, the sidebar neither)', () =>
    expectArticleAt(b, '/restyled-everything.html', (_, facts) => {
      // Our inline !important styles still win on the host itself; its ancestors are what hide it.
      expect(facts.hostDisplay).toBe('block');
    }));

  it(`is untouched by a page that replaces CSS, Node, Range, Highlight, JSON and freezes prototypes (${b.isolation})`, () =>
    expectArticleAt(b, '/page-globals.html', async (_, facts, v) => {
      expectVisiblePanel(facts);
      // The page's own script ran to its end (its world is broken on purpose).
      expect(await v.tab.evaluate(() => document.documentElement.getAttribute('data-page-broke'))).toBe('everything');
    }));

  it('shows markup inside quotes, the title and the byline as text, and runs none of it', async () => {
    const v = await b.visit(`${b.origin()}/script-in-quotes.html`);
    const { probe, facts, before } = await open(v);
    expect(probe.open).toBe(true);
    expect(probe.noArticle).toBe(false);
    expect(probe.sidebarText).toContain("<img src=x onerror=window.__sourcelightPwned='quote'>");
    expect(probe.sidebarText).toContain("<script>window.__sourcelightPwned='script'</script>");
    expect(probe.sidebarText).toContain("<img src=x onerror=window.__sourcelightPwned='title'>");
    expect(facts.activeElements, 'elements that could run or load something in the sidebar').toEqual([]);
    // Handlers would run in the page's world: give an image error time to fire, then look there.
    await pause(1000);
    expect(await v.inPage(pwned)).toBeNull();
    expectNothingThrown(v, facts);
    await closePanelAndCompare(v.tab, before);
    expect(await v.inPage(pwned)).toBeNull();
  });

  it('keeps its sidebar styled and its highlight rules under a strict Content-Security-Policy', () =>
    expectArticleAt(b, '/csp.html', (_, facts) => {
      expectVisiblePanel(facts);
      expect(facts.highlightRules, '::highlight rules in the page').toBe(true);
    }));

  it('says there is no article when the article is inside an iframe (the click reaches the top page only)', () =>
    expectNoArticleAt(b, '/framed.html'));

  it('reads a plain-text article and highlights its quotes', async () => {
    const v = await b.visit(`${b.origin()}/plain-text.txt`);
    const { probe, facts, before } = await open(v);
    expect(probe.open).toBe(true);
    expect(probe.noArticle).toBe(false);
    expect(probe.layers.quote!.some((q) => q.includes('cannot take another winter'))).toBe(true);
    expectVisiblePanel(facts);
    expectNothingThrown(v, facts);
    await closePanelAndCompare(v.tab, before);
  });

  it(
    'finishes on a 5 MB page with the sidebar open',
    async () => {
      const v = await b.visit(`${b.hugeOrigin()}/huge.html`);
      const { probe, facts, before } = await open(v, b.hugeTimeoutMs);
      expectArticleShown(probe, facts);
      expectVisiblePanel(facts);
      console.log(`${b.name} 5 MB page: quotes highlighted ${probe.layers.quote!.length}, timings ${JSON.stringify(probe.timings)}`);
      await b.afterHugeOpen?.(v);
      expectNothingThrown(v, facts);
      await closePanelAndCompare(v.tab, before);
    },
    b.hugeTimeoutMs * 2,
  );
}
