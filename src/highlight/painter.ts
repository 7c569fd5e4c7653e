import { FLASH, FOCUS, highlightName, LAYER_PRIORITY, LAYERS, type Layer } from './layers';

/** Paints ranges in the page, one layer each, and takes every trace away again on `clear`. */
export interface Painter {
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
 * The page's painter, or null without the Highlight API (every browser the manifests allow has it:
 * Chrome 105, Firefox 140); the panel then still lists everything, with nothing painted.
 */
export function createPainter(doc: Document): Painter | null {
  const api = registry(doc.defaultView ?? window);
  return api && new HighlightApiPainter(api.reg, api.Highlight);
}
