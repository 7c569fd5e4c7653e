import { FLASH, FOCUS, highlightName, LAYER_PRIORITY, LAYERS, type Layer } from './layers';

/** Paints ranges in the page, one layer each, and takes every trace away again on `clear`. */
export interface Painter {
  readonly kind: 'highlight-api' | 'marks';
  paint(layer: Layer, ranges: Range[]): void;
  setVisible(layer: Layer, visible: boolean): void;
  /** Marks the passage the reader points at in the sidebar until `focus(null)`. */
  focus(range: Range | null): void;
  /** Briefly marks the passage just jumped to. */
  flash(range: Range): void;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => { priority?: number };

function registry(win: Window): { reg: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  // A page may shadow CSS or Highlight with its own globals: only use what quacks like the real API.
  const reg = w.CSS?.highlights;
  const Highlight = w.Highlight;
  if (!reg || typeof reg.set !== 'function' || typeof Highlight !== 'function') return null;
  return { reg, Highlight };
}

/** The CSS Custom Highlight API: the page's DOM is never touched. */
class HighlightApiPainter implements Painter {
  readonly kind = 'highlight-api';
  private readonly ranges = new Map<Layer, Range[]>();
  private readonly visible = new Map<Layer, boolean>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly reg: HighlightRegistry,
    private readonly Highlight: HighlightCtor,
  ) {}

  paint(layer: Layer, ranges: Range[]) {
    this.ranges.set(layer, ranges);
    this.render(layer);
  }

  setVisible(layer: Layer, visible: boolean) {
    this.visible.set(layer, visible);
    this.render(layer);
  }

  private render(layer: Layer) {
    const ranges = this.ranges.get(layer) ?? [];
    if (this.visible.get(layer) === false || ranges.length === 0) this.reg.delete(highlightName(layer));
    else this.reg.set(highlightName(layer), this.make(ranges, LAYER_PRIORITY[layer]));
  }

  private make(ranges: Range[], priority: number) {
    const h = new this.Highlight(...ranges);
    h.priority = priority;
    return h;
  }

  focus(range: Range | null) {
    if (range) this.reg.set(FOCUS, this.make([range], 10));
    else this.reg.delete(FOCUS);
  }

  flash(range: Range) {
    this.reg.set(FLASH, this.make([range], 11));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.reg.delete(FLASH), 1200);
  }

  clear() {
    clearTimeout(this.flashTimer);
    for (const l of LAYERS) this.reg.delete(highlightName(l));
    this.reg.delete(FLASH);
    this.reg.delete(FOCUS);
    this.ranges.clear();
  }
}

/**
 * Fallback for browsers without the Highlight API: wraps each range's text nodes in a
 * `<mark data-sourcelight-mark>`; `clear` unwraps them and re-joins the split text nodes.
 */
class MarkPainter implements Painter {
  readonly kind = 'marks';
  private readonly marks = new Map<Layer, HTMLElement[]>();
  private readonly touchedParents = new Set<Node>();
  private readonly hidden = new Set<Layer>();

  constructor(private readonly doc: Document) {}

  paint(layer: Layer, ranges: Range[]) {
    const made: HTMLElement[] = [];
    // Last first, so that splitting text nodes never moves a range not yet wrapped.
    for (const r of [...ranges].reverse()) made.push(...this.wrap(r, layer));
    this.marks.set(layer, made);
    this.setVisible(layer, !this.hidden.has(layer));
  }

  private wrap(range: Range, layer: Layer): HTMLElement[] {
    const texts: Text[] = [];
    const walker = this.doc.createTreeWalker(range.commonAncestorContainer, 0x4);
    if (range.commonAncestorContainer.nodeType === 3) texts.push(range.commonAncestorContainer as Text);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
    const out: HTMLElement[] = [];
    for (let t of texts) {
      const start = t === range.startContainer ? range.startOffset : 0;
      let end = t === range.endContainer ? range.endOffset : t.data.length;
      if (end <= start || !t.parentNode) continue;
      if (start > 0) {
        t = t.splitText(start);
        end -= start;
      }
      if (end < t.data.length) t.splitText(end);
      const mark = this.doc.createElement('mark');
      mark.dataset.sourcelightMark = layer;
      this.touchedParents.add(t.parentNode!);
      t.parentNode!.insertBefore(mark, t);
      mark.append(t);
      out.push(mark);
    }
    return out;
  }

  setVisible(layer: Layer, visible: boolean) {
    if (visible) this.hidden.delete(layer);
    else this.hidden.add(layer);
    for (const m of this.marks.get(layer) ?? []) {
      if (visible) m.dataset.sourcelightMark = layer;
      else m.dataset.sourcelightMark = 'hidden';
    }
  }

  focus() {
    // The fallback only shows the layers; pointing at an item does not restyle the page further.
  }

  flash() {
    // Nothing to flash without the Highlight API; the session has already scrolled to the passage.
  }

  clear() {
    for (const list of this.marks.values())
      for (const m of list) {
        const parent = m.parentNode;
        if (!parent) continue;
        while (m.firstChild) parent.insertBefore(m.firstChild, m);
        m.remove();
      }
    for (const p of this.touchedParents) p.normalize();
    this.marks.clear();
    this.touchedParents.clear();
  }
}

export function createPainter(doc: Document, forceMarks = false): Painter {
  const api = forceMarks ? null : registry(doc.defaultView ?? window);
  return api ? new HighlightApiPainter(api.reg, api.Highlight) : new MarkPainter(doc);
}
