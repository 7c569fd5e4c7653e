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

/** Elements whose text is not page text; their text nodes are direct children (SVG is checked by namespace). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'script', 'style']);
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The characters JavaScript's `\s` matches, tested by code unit (a regex per character was the hot spot). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Text nodes that are page text: not inside script/style-like elements (whose text is a direct child
 * when the page is parsed with scripting on), SVG, or `exclude`.
 */
function isPageText(n: Text, exclude: Node | null): boolean {
  const parent = n.parentElement;
  if (!parent) return true;
  if (SKIP.has(parent.tagName) || parent.namespaceURI === SVG_NS) return false;
  return !(exclude && exclude.contains(n));
}

export function buildTextIndex(root: Node, exclude: Node | null = null): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  // SHOW_TEXT with no filter callback: a JavaScript filter per node is far slower in a content script.
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  const parts: string[] = [];
  const nodeIdx: number[] = [];
  const offs: number[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const v = n.data;
    if (!v || !isPageText(n, exclude)) continue;
    const ni = nodes.length;
    let used = false;
    // Runs of non-space characters, sliced whole.
    let i = 0;
    while (i < v.length) {
      while (i < v.length && isSpace(v.charCodeAt(i))) i++;
      const start = i;
      while (i < v.length && !isSpace(v.charCodeAt(i))) {
        nodeIdx.push(ni);
        offs.push(i);
        i++;
      }
      if (i > start) {
        parts.push(v.slice(start, i));
        used = true;
      }
    }
    if (used) nodes.push(n);
  }
  return { chars: parts.join(''), nodes, nodeOf: Uint32Array.from(nodeIdx), offsetOf: Uint32Array.from(offs) };
}
