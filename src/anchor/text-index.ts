/**
 * The live page's text with every whitespace character left out, and for each kept character the
 * text node and offset it came from. Matching without whitespace makes the extracted text (which
 * collapses and re-joins whitespace) line up with the page however the page spaces its markup.
 */
export interface TextIndex {
  /** The page's non-whitespace characters, in document order. */
  chars: string;
  nodes: Text[];
  /** For chars[i]: index into `nodes`, and the offset inside that node. */
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg', 'SVG', 'IFRAME', 'OBJECT']);
const WS = /\s/;

export function buildTextIndex(root: Node, exclude: Node | null = null): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) =>
      n === exclude || (n.nodeType === 1 && SKIP.has((n as Element).tagName)) ? 2 /* FILTER_REJECT */ : 1,
  });
  const nodes: Text[] = [];
  const parts: string[] = [];
  const nodeIdx: number[] = [];
  const offs: number[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const v = (n as Text).data;
    const ni = nodes.length;
    nodes.push(n as Text);
    let kept = '';
    for (let i = 0; i < v.length; i++) {
      const c = v[i]!;
      if (WS.test(c)) continue;
      kept += c;
      nodeIdx.push(ni);
      offs.push(i);
    }
    if (kept) parts.push(kept);
  }
  return { chars: parts.join(''), nodes, nodeOf: Uint32Array.from(nodeIdx), offsetOf: Uint32Array.from(offs) };
}
