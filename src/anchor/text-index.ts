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
  /** For nodes[k], made when a Range first ends in it: the offset in its text of each non-whitespace character. */
  offsets: (Uint32Array | undefined)[];
}

/** Elements whose text is not page text; their text nodes are direct children (SVG is checked by namespace). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'script', 'style']);
const SVG_NS = 'http://www.w3.org/2000/svg';
/** JavaScript's `\s`, the whitespace the extracted text collapses. */
const SPACES = /\s+/g;

/** The characters JavaScript's `\s` matches, tested by code unit (a regex per character is far slower). */
export function isSpace(c: number): boolean {
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
  return { chars: parts.join(''), nodes, starts: Uint32Array.from(starts), offsets: [] };
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
  // Once per node: a long text node holding many passages is scanned once, not once per Range end.
  let offsets = index.offsets[lo];
  if (!offsets) {
    const v = node.data;
    offsets = new Uint32Array(v.length);
    let n = 0;
    for (let j = 0; j < v.length; j++) if (!isSpace(v.charCodeAt(j))) offsets[n++] = j;
    offsets = offsets.subarray(0, n);
    index.offsets[lo] = offsets;
  }
  const k = i - starts[lo]!;
  // Past the end: the node's text changed since the index was built.
  return k < offsets.length ? { node, offset: offsets[k]! } : null;
}
