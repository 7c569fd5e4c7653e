import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { pageDomOutsideHost, type Probe } from './page-probe';
import { FIXTURES } from './paths';

/**
 * What the hostile-page tests check, in either browser. `panelFacts` is a plain function evaluated
 * in an isolated world (Chromium) or a sandbox (Firefox), never in the page's own world, which the
 * fixtures break on purpose.
 */

/** The hostile fixture pages. */
export const HOSTILE = join(FIXTURES, 'hostile');

/** What a hostile page may leave us: the sidebar's own error lines and how it is laid out. */
export interface PanelFacts {
  stageErrors: string[];
  hostInDom: boolean;
  hostDisplay: string | null;
  hostVisibility: string | null;
  hostOpacity: string | null;
  hostRect: { x: number; y: number; width: number; height: number } | null;
  panelRect: { width: number; height: number } | null;
  /** The sidebar stylesheet applied inside the shadow root (its `.root` is `position: relative`). */
  sidebarStyled: boolean;
  /** The `::highlight()` rules reached the page's style sheets. */
  highlightRules: boolean;
  /** Elements in the shadow root that could run or load something. */
  activeElements: string[];
  settled: boolean;
}

export function panelFacts(): PanelFacts {
  const host = document.getElementById('sourcelight-host');
  const root = host?.shadowRoot ?? null;
  const cs = host ? getComputedStyle(host) : null;
  const r = host?.getBoundingClientRect();
  const panel = root?.querySelector('aside')?.getBoundingClientRect();
  const rootDiv = root?.querySelector('.root');
  // Our `::highlight()` rules are live when a <style> holding them has a parsed sheet (a Content-Security-Policy
  // that blocked it would leave none) or an adopted sheet holds them. Index loops, not spreads: Firefox's
  // Xray wrappers (a sandbox's view of the page) cannot iterate, and cannot read our sheet's rules either
  // (the extension's sheet is cross-origin to the sandbox), hence the sheet test rather than the rules.
  let highlightRules = false;
  const styles = document.querySelectorAll('style');
  for (let i = 0; i < styles.length; i++) {
    const el = styles[i]!;
    if (el.sheet && (el.textContent ?? '').includes('::highlight(sourcelight')) highlightRules = true;
  }
  const adopted = document.adoptedStyleSheets ?? [];
  for (let i = 0; i < adopted.length; i++) {
    try {
      const rules = adopted[i]!.cssRules;
      for (let j = 0; j < rules.length; j++) if (rules[j]!.cssText.includes('::highlight(sourcelight')) highlightRules = true;
    } catch {
      // a cross-origin sheet: not ours to read
    }
  }
  const active: string[] = [];
  const all = root?.querySelectorAll('*');
  for (let i = 0; i < (all?.length ?? 0); i++) {
    const el = all![i]!;
    const tag = el.tagName.toLowerCase();
    if (['img', 'script', 'iframe', 'object', 'embed', 'svg', 'video', 'audio'].includes(tag) && el.closest('.logo, [aria-hidden="true"]') === null)
      active.push(tag);
    for (const a of el.getAttributeNames()) if (a.startsWith('on')) active.push(`${tag}[${a}]`);
    const href = el.getAttribute('href');
    if (href && /^\s*javascript:/i.test(href)) active.push(`${tag}[href=javascript:]`);
  }
  return {
    stageErrors: Array.prototype.map.call(root?.querySelectorAll('[data-testid="stage-error"]') ?? [], (e: Element) => e.textContent ?? '') as string[],
    hostInDom: !!host,
    hostDisplay: cs?.display ?? null,
    hostVisibility: cs?.visibility ?? null,
    hostOpacity: cs?.opacity ?? null,
    hostRect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    panelRect: panel ? { width: panel.width, height: panel.height } : null,
    sidebarStyled: !!rootDiv && getComputedStyle(rootDiv).position === 'relative',
    highlightRules,
    activeElements: active,
    // getAttribute, not dataset: in an XML document (an SVG image) the host is not an HTMLElement.
    settled: !!host?.getAttribute('data-sourcelight-timings'),
  };
}

export const digest = (s: string) => createHash('sha256').update(s).digest('hex');

/** No error thrown into the page, none logged by the content script, none shown by a stage. */
export function expectNothingThrown(v: { pageErrors: string[]; extensionConsole: string[] }, facts: PanelFacts): void {
  expect(v.pageErrors, 'errors thrown into the page').toEqual([]);
  expect(v.extensionConsole, 'errors the content script logged').toEqual([]);
  expect(facts.stageErrors, 'stage errors shown in the sidebar').toEqual([]);
}

/** The fixture article's quote, anonymous source and named source, highlighted and listed. */
export function expectArticleShown(p: Probe, facts: PanelFacts): void {
  expect(p.open, 'sidebar open').toBe(true);
  expect(facts.settled, 'session finished').toBe(true);
  expect(p.noArticle).toBe(false);
  expect(p.layers.quote!.some((q) => q.includes('cannot take another winter')), 'quote highlighted').toBe(true);
  expect(p.layers.anonymous!.some((q) => q.includes('One city official')), 'anonymous source highlighted').toBe(true);
  expect(p.sources).toContain('Marta Okonkwo');
}

/** The panel is laid out on the right of a 1280 px viewport, full height, styled. */
export function expectVisiblePanel(facts: PanelFacts): void {
  expect(facts.hostDisplay).toBe('block');
  expect(facts.hostVisibility).toBe('visible');
  expect(facts.hostOpacity).toBe('1');
  expect(facts.hostRect!.width).toBeGreaterThanOrEqual(300);
  expect(facts.hostRect!.height).toBeGreaterThanOrEqual(600);
  // At the right edge of the 1280 px viewport, less a scrollbar where the browser draws one.
  expect(facts.hostRect!.x + facts.hostRect!.width).toBeGreaterThan(1280 - 20);
  expect(facts.hostRect!.x + facts.hostRect!.width).toBeLessThanOrEqual(1280);
  expect(facts.panelRect!.width).toBeGreaterThanOrEqual(300);
  expect(facts.sidebarStyled, 'sidebar stylesheet applied in the shadow root').toBe(true);
}

/** A long live blog: the fixture article's paragraphs over and over, numbered, to `size` bytes. */
export function hugePage(size: number): string {
  const article = readFileSync(join(HOSTILE, 'framed-article.html'), 'utf8');
  const paragraphs = [...article.matchAll(/<p>[^\n]*<\/p>/g)].map((m) => m[0]);
  const head = article.slice(0, article.indexOf('<article>') + '<article>'.length);
  const tail = article.slice(article.indexOf('</article>'));
  const parts: string[] = [head];
  let n = head.length;
  for (let i = 0; n < size; i++) {
    const p = paragraphs[i % paragraphs.length]!.replace('<p>', `<p>Update ${i + 1}: `);
    parts.push(p);
    n += p.length + 1;
  }
  parts.push(tail);
  return parts.join('\n');
}

/**
 * One tab as a hostile-page test reaches it, in either browser: `evaluate` runs a plain function out
 * of the page's own world (Chromium's isolated world, Firefox's sandbox), `probe` reads Sourcelight's
 * state there, `click` presses the toolbar button.
 */
export interface HostileTab {
  evaluate<T>(fn: () => T): Promise<T>;
  probe(): Promise<Probe>;
  click(): Promise<void>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Clicks, then waits for the session to write its timings and for one frame more (the sidebar re-renders after the session's synchronous work). */
export async function openPanel(tab: HostileTab, timeoutMs = 20_000): Promise<{ probe: Probe; facts: PanelFacts; before: string }> {
  const before = digest(await tab.evaluate(pageDomOutsideHost));
  await tab.click();
  const deadline = Date.now() + timeoutMs;
  let facts = await tab.evaluate(panelFacts);
  while (!facts.settled && Date.now() < deadline) {
    await pause(100);
    facts = await tab.evaluate(panelFacts);
  }
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return { probe: await tab.probe(), facts: await tab.evaluate(panelFacts), before };
}

/** A second click closes; no highlight is left and the page's DOM outside our host is what it was before the first. */
export async function closePanelAndCompare(tab: HostileTab, before: string): Promise<void> {
  await tab.click();
  const deadline = Date.now() + 10_000;
  while ((await tab.evaluate(panelFacts)).hostInDom && Date.now() < deadline) await pause(100);
  const after = await tab.probe();
  expect(after.open, 'sidebar closed').toBe(false);
  for (const [layer, ranges] of Object.entries(after.layers)) expect(ranges, `${layer} highlights cleared`).toHaveLength(0);
  expect(digest(await tab.evaluate(pageDomOutsideHost)), 'page DOM outside the host unchanged').toBe(before);
}
