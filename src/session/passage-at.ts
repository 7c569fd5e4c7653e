/**
 * The passage a reader clicked in the page: from a highlighted quote, name or sentence in the
 * article to its entry in the sidebar. Read from the placed Ranges, so the page's DOM is untouched.
 */

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The text position under a point (Firefox and Chrome 128+ have the standard call, older Chrome the WebKit one). */
function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function holdsCaret(range: Range, caret: Caret): boolean {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    // A caret in another document or a doctype: not in any passage.
    return false;
  }
}

/** The caret snaps to the nearest boundary, even from the margin beside a line: the point must be on the words. */
function underPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** Characters a passage covers, to prefer the narrowest: a name inside a quote is the name. */
const length = (r: Range) => r.toString().length;

/**
 * The key of the narrowest shown passage under the point (viewport coordinates), or null.
 * `shown` says whether a key's layer is painted now: a hidden layer is not there to click.
 */
export function passageAt(
  doc: Document,
  x: number,
  y: number,
  byKey: ReadonlyMap<string, Range>,
  shown: (key: string) => boolean,
): string | null {
  const caret = caretAt(doc, x, y);
  let best: string | null = null;
  let bestLength = Infinity;
  for (const [key, range] of byKey) {
    if (!shown(key)) continue;
    // The caret test is a comparison of positions; the rectangles, a layout read, only for those it lets through.
    if (caret && !holdsCaret(range, caret)) continue;
    if (!underPoint(range, x, y)) continue;
    const n = length(range);
    if (n < bestLength) {
      best = key;
      bestLength = n;
    }
  }
  return best;
}
