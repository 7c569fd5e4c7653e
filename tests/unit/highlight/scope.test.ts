// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { highlightCss } from '../../../src/highlight/layers';
import { scopeOf, watchScope } from '../../../src/highlight/scope';

const highlightScope = (ranges: Range[]) => scopeOf(ranges).selector;

/** A Range over the whole text of the element matching `selector`. */
function over(selector: string): Range {
  const r = document.createRange();
  r.selectNodeContents(document.querySelector(selector)!);
  return r;
}

describe('scopeOf', () => {
  const page = `<header class="site"><h1 id="h">Title</h1></header>
    <main><div id="story"><section><p id="a">One <b id="b">said</b></p></section><p id="c">Two</p></div></main>`;

  it('names the nearest element with an id that holds every range', () => {
    document.body.innerHTML = page;
    expect(highlightScope([over('#b'), over('#c')])).toBe('#story');
  });

  it('walks up past elements without an id or class to one with a class', () => {
    document.body.innerHTML = '<div class="body text"><div><p id="a">One</p><p>Two</p></div></div>';
    const two = document.createRange();
    two.selectNodeContents(document.querySelectorAll('p')[1]!);
    expect(highlightScope([over('#a'), two])).toBe('.body');
  });

  it('falls back to :root when the ranges share no nameable element, or there are none', () => {
    document.body.innerHTML = page;
    expect(highlightScope([over('#h'), over('#b')])).toBe(':root');
    expect(highlightScope([])).toBe(':root');
  });

  it('escapes an id a selector cannot hold as written', () => {
    document.body.innerHTML = '<div id="1 story"><p>One</p><p>Two</p></div>';
    const [one, two] = [...document.querySelectorAll('p')].map((p) => {
      const r = document.createRange();
      r.selectNodeContents(p);
      return r;
    });
    // CSS.escape: a leading digit as a code point escape, the space escaped.
    expect(highlightScope([one!, two!])).toBe('#\\31 \\ story');
  });

  it('writes the Chromium rules on the scope it is given', () => {
    const css = highlightCss('standard', 'root', '#story');
    expect(css).toContain('#story::highlight(sourcelight-quote)');
    expect(css).not.toContain(':root');
  });
});

describe('watchScope', () => {
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('calls back once the page renames the element the rules are written on', async () => {
    document.body.innerHTML = '<div id="story"><p id="a">One</p></div>';
    const lost = vi.fn();
    const scope = scopeOf([over('#a')]);
    expect(scope.selector).toBe('#a');
    watchScope(scopeOf([over('#a'), over('#story')]), new AbortController().signal, lost);
    document.getElementById('story')!.id = 'story-2';
    await settle();
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('stays quiet while the element still answers to its selector (another class added)', async () => {
    document.body.innerHTML = '<div class="body"><p>One</p><p>Two</p></div>';
    const [one, two] = [...document.querySelectorAll('p')].map((p) => {
      const r = document.createRange();
      r.selectNodeContents(p);
      return r;
    });
    const lost = vi.fn();
    const scope = scopeOf([one!, two!]);
    expect(scope.selector).toBe('.body');
    watchScope(scope, new AbortController().signal, lost);
    scope.element!.classList.add('is-sticky');
    await settle();
    expect(lost).not.toHaveBeenCalled();
    scope.element!.classList.remove('body');
    await settle();
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the session ends', async () => {
    document.body.innerHTML = '<div id="story"><p>One</p></div>';
    const lost = vi.fn();
    const ended = new AbortController();
    const r = document.createRange();
    r.selectNodeContents(document.querySelector('p')!);
    watchScope(scopeOf([r]), ended.signal, lost);
    ended.abort();
    document.getElementById('story')!.id = 'other';
    await settle();
    expect(lost).not.toHaveBeenCalled();
  });
});

