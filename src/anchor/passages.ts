import type { Span } from '../model/analysis';
import { Anchorer } from './anchor';
import { locate, rangeAt, selectorFromIndex, selectorFromText, type TextQuoteSelector } from './selector';
import { buildTextIndex, type TextIndex } from './text-index';

/** A passage of the analysis to keep placed in the page, under the key the sidebar knows it by. */
export interface Passage {
  key: string;
  span: Span;
}

/** Where every passage is now: a Range, or null for a passage whose words are not on the page. */
export type Placement = Map<string, Range | null>;

/**
 * The first placement's groundwork, which needs the article's text but not its analysis: the page's
 * text read, and each paragraph of the article found in it. The extension does this while the
 * background annotates.
 */
export interface PageReading {
  index: TextIndex;
  anchorer: Anchorer;
}

export function readPage(text: string, root: Node, exclude: Node | null): PageReading {
  const index = buildTextIndex(root, exclude);
  return { index, anchorer: new Anchorer(text, index) };
}

/**
 * Keeps the analysis's passages anchored to a page that may change after the analysis (lazy-loaded
 * paragraphs, a live blog, a banner inserted above). The first placement follows the article's
 * paragraphs in order; each passage then keeps a TextQuoteSelector read from the page, and later
 * placements find the passage again by its words and their context, wherever the page moved them.
 */
export class PassageAnchors {
  private readonly selectors = new Map<string, TextQuoteSelector>();

  constructor(
    private readonly text: string,
    private readonly passages: readonly Passage[],
  ) {}

  /**
   * First placement, right after the analysis: paragraph by paragraph, then by words for what that
   * misses. `reading` is the page as read before the analysis came back, if it has not changed since.
   */
  anchor(root: Node, exclude: Node | null, doc: Document, reading = readPage(this.text, root, exclude)): Placement {
    const { index, anchorer } = reading;
    const out: Placement = new Map();
    for (const { key, span } of this.passages) {
      let at = anchorer.place(span);
      if (!at) at = locate(index, selectorFromText(this.text, span));
      this.selectors.set(key, at ? selectorFromIndex(index, at) : selectorFromText(this.text, span));
      out.set(key, at ? rangeAt(index, at, doc) : null);
    }
    return out;
  }

  /** Places every passage again in the page as it is now; a passage found again gets a fresh selector. */
  reanchor(root: Node, exclude: Node | null, doc: Document): Placement {
    const index = buildTextIndex(root, exclude);
    const out: Placement = new Map();
    for (const { key, span } of this.passages) {
      const sel = this.selectors.get(key) ?? selectorFromText(this.text, span);
      const at = locate(index, sel);
      // An orphan keeps its last good selector, so it can come back if its words return.
      if (at) this.selectors.set(key, selectorFromIndex(index, at));
      out.set(key, at ? rangeAt(index, at, doc) : null);
    }
    return out;
  }
}
