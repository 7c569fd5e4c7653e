import { analyzeText } from '../analyze';
import { Anchorer } from '../anchor/anchor';
import { buildTextIndex } from '../anchor/text-index';
import { extractArticle } from '../extract/document';
import { createPainter, type Painter } from '../highlight/painter';
import { LAYERS, type Layer } from '../highlight/layers';
import { mountSidebar, type SidebarHandle } from '../sidebar/mount';
import { layerRanges, type Placed } from './placement';
import { createSidebarState, type StageError } from '../sidebar/state';
import { loadLayerVisibility, saveLayerVisibility } from './preferences';

/** One open Sourcelight panel on this page, and everything it added, to take away on close. */
interface Session {
  close(): void;
}

const KEY = '__sourcelightSession';
type Holder = { [KEY]?: Session };

/** Opens the panel, or closes it when this page already has one (the toolbar button toggles). */
export function toggleSession(): void {
  const g = globalThis as Holder;
  const open = g[KEY];
  if (open) {
    open.close();
    return;
  }
  try {
    g[KEY] = openSession(document, () => {
      delete g[KEY];
    });
  } catch (e) {
    // Nothing may throw into the page; the console is the last resort when even the panel failed.
    console.error('Sourcelight could not open', e);
  }
}

function openSession(doc: Document, onClosed: () => void): Session {
  const controller = new AbortController();
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const state = createSidebarState();
  let painter: Painter | null = null;
  let sidebar: SidebarHandle | null = null;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    controller.abort();
    try {
      painter?.clear();
    } finally {
      sidebar?.unmount();
      onClosed();
    }
  };

  const fail = (stage: StageError['stage'], e: unknown) => {
    state.errors.value = [...state.errors.value, { stage, message: e instanceof Error ? e.message : String(e) }];
  };

  let placed: Placed | null = null;
  sidebar = mountSidebar(doc, state, {
    close,
    toggleLayer(layer: Layer) {
      const next = { ...state.visible.value, [layer]: !state.visible.value[layer] };
      state.visible.value = next;
      painter?.setVisible(layer, next[layer]);
      void saveLayerVisibility(next);
    },
    reveal(key: string, scroll: boolean) {
      const range = placed?.byKey.get(key);
      if (!range || !painter) return;
      if (scroll) {
        const el = range.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
      painter.flash(range);
    },
  }, controller.signal);

  // Stage by stage: each catches its own failure so the others still show what they can.
  let extraction: ReturnType<typeof extractArticle> | null = null;
  try {
    const t = performance.now();
    extraction = extractArticle(doc, location.href);
    timings.extract = performance.now() - t;
  } catch (e) {
    fail('extract', e);
  }
  if (extraction && !extraction.ok) state.status.value = 'no-article';
  if (extraction?.ok) {
    try {
      const t = performance.now();
      state.analysis.value = analyzeText(extraction.text, extraction.meta, extraction.removed);
      timings.annotate = performance.now() - t;
    } catch (e) {
      fail('annotate', e);
    }
  }
  const analysis = state.analysis.value;
  if (analysis) {
    try {
      const t = performance.now();
      const anchorer = new Anchorer(analysis.text, buildTextIndex(doc.body ?? doc.documentElement, sidebar.host));
      placed = layerRanges(analysis, (span) => anchorer.anchor(span, doc).range);
      state.orphans.value = placed.orphans;
      timings.anchor = performance.now() - t;
    } catch (e) {
      fail('anchor', e);
    }
    try {
      const t = performance.now();
      painter = createPainter(doc);
      for (const layer of LAYERS) painter.paint(layer, placed?.byLayer[layer] ?? []);
      timings.highlight = performance.now() - t;
    } catch (e) {
      fail('highlight', e);
    }
    state.status.value = 'ready';
  } else if (state.status.value === 'working') state.status.value = 'error';

  void loadLayerVisibility().then((visible) => {
    if (closed) return;
    state.visible.value = visible;
    for (const layer of LAYERS) painter?.setVisible(layer, visible[layer]);
  });
  timings.total = performance.now() - t0;
  sidebar.host.dataset.sourcelightTimings = JSON.stringify(timings);
  return { close };
}
