/**
 * The part of a page Readability needs to read: the innermost element holding nearly all of the
 * page's paragraph text, together with the page's headline. Readability then reads a copy of that
 * element alone instead of a copy of the whole page. On a news page most of the DOM is menus, teasers,
 * comments and ad slots, which Readability would copy, serialise once (it keeps the page's HTML to
 * retry with) and score, only to throw them away.
 *
 * "Nearly all" keeps what Readability would have found: it builds the article from paragraphs, and
 * the paragraphs left outside are a few per cent of the page's text at most (a teaser, a footer). A
 * page whose paragraphs are spread out (several stories, article text in bare <div>s) has no such
 * element and is read whole. The headline is kept because Readability takes the title from it when
 * the page's <title> is not the headline, and the byline and standfirst usually sit beside it.
 */

/** The share of the page's paragraph text the element must hold. */
const MIN_SHARE = 0.95;

/** Below this much paragraph text the page is read whole: too little to judge by. */
const MIN_TEXT = 500;

/** Block elements whose own text, outside any <p>, Readability reads as a paragraph ("text<br><br>text"). */
const LOOSE_TEXT_IN = new Set(['DIV', 'TD', 'SECTION', 'ARTICLE', 'MAIN', 'PRE', 'CENTER', 'FONT', 'BODY']);

/** NodeFilter.SHOW_TEXT (the CLI's DOM has no NodeFilter global). */
const SHOW_TEXT = 4;

/** Shorter runs of loose text are labels, dates and counters, not paragraphs (Readability's own floor). */
const MIN_LOOSE = 25;

/**
 * The innermost element holding MIN_SHARE of the paragraph text under `body`. Paragraphs are the <p>s
 * and the runs of text sitting loose in a block: an old page that sets its article in a <div> with
 * <br>s, under comments set in <p>s, must not be narrowed to the comments.
 */
function paragraphRoot(doc: Document, body: HTMLElement): Element | null {
  // Each paragraph's text counted for every element above it, up to the body.
  const weight = new Map<Element, number>();
  let total = 0;
  const count = (from: Element | null, n: number) => {
    total += n;
    for (let el = from; el && el !== body; el = el.parentElement) weight.set(el, (weight.get(el) ?? 0) + n);
  };
  for (const p of body.querySelectorAll('p')) {
    const n = (p.textContent ?? '').trim().length;
    if (n) count(p.parentElement, n);
  }
  const texts = doc.createTreeWalker(body, SHOW_TEXT);
  for (let t = texts.nextNode(); t; t = texts.nextNode()) {
    const parent = t.parentElement;
    if (!parent || !LOOSE_TEXT_IN.has(parent.tagName)) continue;
    const n = (t.nodeValue ?? '').trim().length;
    if (n >= MIN_LOOSE) count(parent, n);
  }
  if (total < MIN_TEXT) return null;
  // The least weight that still qualifies is the innermost element; on a tie the first one met, which
  // (a paragraph's ancestors are met from the paragraph up) is the inner one.
  let best: Element | null = null;
  let least = Infinity;
  for (const [el, w] of weight) {
    if (w >= MIN_SHARE * total && w < least) {
      best = el;
      least = w;
    }
  }
  return best;
}

/** The innermost element below `body` holding both `a` and `b`, or null when only the body does. */
function commonAncestor(a: Element, b: Element, body: HTMLElement): Element | null {
  for (let el: Element | null = a; el && el !== body; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/**
 * The element to give Readability, or null to give it the whole page. With the paragraphs' element,
 * the <h1> nearest to it when one shares an ancestor with it below <body> (a site's logo in an <h1> of
 * the page header does not).
 */
export function articleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const root = paragraphRoot(doc, body);
  if (!root) return null;
  let best = root;
  let bestDepth = -1;
  for (const h1 of body.getElementsByTagName('h1')) {
    if (root.contains(h1)) return root;
    const shared = commonAncestor(root, h1, body);
    if (!shared) continue;
    let depth = 0;
    for (let el: Element | null = shared; el && el !== body; el = el.parentElement) depth++;
    if (depth > bestDepth) {
      best = shared;
      bestDepth = depth;
    }
  }
  return best;
}
