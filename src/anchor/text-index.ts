/**
 * The live page's text with every whitespace character left out, and where each node's characters
 * start. Matching without whitespace makes the extracted text (which collapses and re-joins
 * whitespace) line up with the page however the page spaces its markup.
 */
export interface TextIndex {
  /** The page's non-whitespace characters, in document order. */
  chars: string;
  /** The text nodes that hold at least one of them, in document order. */
  nodes: Text[];
  /** For nodes[k]: the position in `chars` of its first non-whitespace character (ascending). */
  starts: Uint32Array;
}

/** Elements whose text is not page text; their text nodes are direct children (SVG is checked by namespace). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'script', 'style']);
const SVG_NS = 'http://www.w3.org/2000/svg';
/** JavaScript's `\s`, the whitespace the extracted text collapses. */
const SPACES = /\s+/g;
const SPACE = /\s/;

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

/**
 * One pass over the text nodes; per node one native regex replace. Offsets inside a node are worked
 * out only for the few characters a Range starts or ends at (`pointAt`), not stored per character.
 */
export function buildTextIndex(root: Node, exclude: Node | null = null): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  // SHOW_TEXT with no filter callback: a JavaScript filter per node is far slower in a content script.
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const v = n.data;
    if (!v || !isPageText(n, exclude)) continue;
    const kept = v.replace(SPACES, '');
    if (!kept) continue;
    nodes.push(n);
    starts.push(length);
    parts.push(kept);
    length += kept.length;
  }
  return { chars: parts.join(''), nodes, starts: Uint32Array.from(starts) };
}

/** The text node holding `chars[i]`, and the offset of that character in the node's own text. */
export function pointAt(index: TextIndex, i: number): { node: Text; offset: number } | null {
  const { starts, nodes } = index;
  if (i < 0 || i >= index.chars.length || nodes.length === 0) return null;
  // The last node starting at or before i.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const v = node.data;
  // Skip `i - start` non-whitespace characters of the node.
  let left = i - starts[lo]!;
  for (let offset = 0; offset < v.length; offset++) {
    if (SPACE.test(v[offset]!)) continue;
    if (left-- === 0) return { node, offset };
  }
  return null; // the node's text changed since the index was built
}
