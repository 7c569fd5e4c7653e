// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../src/highlight/layers';
import { highlightScope } from '../../../src/highlight/scope';

/** A Range over the whole text of the element matching `selector`. */
function over(selector: string): Range {
  const r = document.createRange();
  r.selectNodeContents(document.querySelector(selector)!);
  return r;
}

describe('highlightScope', () => {
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
