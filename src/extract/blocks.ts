/**
 * Turns Readability's article element into paragraphs of plain text, whitespace collapsed, one per
 * block element. Paragraphs hold no newline, so `text.split('\n\n')` gives them back.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

export function blocksOf(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const name = (c as Element).tagName;
        if (SKIP.has(name)) continue;
        if (BLOCK.has(name)) {
          flush();
          walk(c);
          flush();
        } else walk(c);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
