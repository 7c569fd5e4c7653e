import { PassageAnchors, readPage, type PageReading } from '../anchor/passages';
import { extractArticle } from '../extract/document';
import { buildAnalysis } from '../model/build';
import { createPainter, type Painter } from '../highlight/painter';
import { LAYERS, type Layer } from '../highlight/layers';
import { scopeOf, watchScope } from '../highlight/scope';
import { mountSidebar, type SidebarHandle } from '../sidebar/mount';
import { createSidebarState, type StageError } from '../sidebar/state';
import { entryKeyOf, groupPlacement, passagesOf, type LayeredPassage, type Placed } from './placement';
import { passageAt } from './passage-at';
import {
  clampWidth,
  loadPreferences,
  saveLayerVisibility,
  savePlacement,
} from './preferences';
import { requestAnnotations, requestOptionsPage } from './messages';
import { watchPage } from './watch-page';

/** One open Sourcelight panel on this page, and everything it added, to take away on close. */
interface Session {
  close(): void;
  /** False once the page has thrown the panel's host away (anti-adblock scripts, re-rendering apps). */
  isShown(): boolean;
}

/** What a click did, for the toolbar button to report (the background reads the script's result). */
export type ToggleOutcome = 'opened' | 'closed' | 'unsupported' | 'failed';

const KEY = '__sourcelightSession';
/** The toggle of the first injection into this page's isolated world, and whether its extension context still holds. */
const CODE = '__sourcelightCode';
type Code = { toggle: () => ToggleOutcome; alive: () => boolean };
type Holder = { [KEY]?: Session; [CODE]?: Code };
const XHTML = 'http://www.w3.org/1999/xhtml';
/** How long the panel waits for the background's analysis before it shows "Reading the article…". */
const SLOW_ANSWER_MS = 100;
/** How often the panel is put back after the page removed it. */
const MAX_REATTACH = 3;
/** Elements beyond which a page is analysed after the panel's first frame (the hostile 5 MB page has ~100k). */
const HUGE_PAGE_ELEMENTS = 20_000;

/** False once the extension that injected this copy was reloaded or updated (its runtime is gone). */
function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * Opens the panel, or closes it when this page already has one (the toolbar button and the shortcut
 * toggle). Every click injects the script again, into the same isolated world: the copy injected
 * first does the work, so a later click runs code the engine has already compiled and tuned on this
 * page instead of starting cold. A copy whose extension was reloaded since hands over to the new one.
 */
export function toggleSession(): ToggleOutcome {
  const g = globalThis as Holder;
  const kept = g[CODE];
  if (kept && kept !== OWN && kept.alive()) return kept.toggle();
  g[CODE] = OWN;
  return toggle();
}

const OWN: Code = { toggle, alive: extensionAlive };

function toggle(): ToggleOutcome {
  const g = globalThis as Holder;
  const open = g[KEY];
  if (open) {
    const shown = open.isShown();
    open.close();
    // A panel the page removed was invisible to the reader: this click is meant to show it again.
    if (shown) return 'closed';
  }
  // SVG and other XML documents have no HTML to read and no place for an HTML panel.
  if (document.documentElement?.namespaceURI !== XHTML) return 'unsupported';
  try {
    g[KEY] = openSession(document, () => {
      delete g[KEY];
    });
    return 'opened';
  } catch (e) {
    // Nothing may throw into the page; the console is the last resort when even the panel failed.
    console.error('Sourcelight could not open', e);
    return 'failed';
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function openSession(doc: Document, onClosed: () => void): Session {
  const controller = new AbortController();
  const { signal } = controller;
  const t0 = performance.now();
  // `start` is the page's clock when the click reached us, so a probe in the page can time what follows.
  const timings: Record<string, number> = { start: t0 };
  const state = createSidebarState();
  // Focus goes back where the reader was when the panel closes.
  const returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  let painter: Painter | null = null;
  let sidebar: SidebarHandle | null = null;
  let placed: Placed | null = null;
  let closed = false;
  let reattached = 0;
  let stopScopeWatch = () => {};
  /** The rules' scope for what is placed now, watched so a page renaming its element keeps the colours. */
  const rescope = () => {
    if (!placed?.byKey.size) return;
    const scope = scopeOf(placed.byKey.values());
    sidebar?.scopeTo(scope.selector);
    stopScopeWatch();
    stopScopeWatch = watchScope(scope, signal, rescope);
  };

  const close = () => {
    if (closed) return;
    closed = true;
    controller.abort();
    const hadFocus = !!sidebar && sidebar.host.matches(':focus-within');
    try {
      painter?.clear();
    } catch {
      // The page may have thrown away the nodes; there is nothing left to unpaint.
    }
    try {
      sidebar?.unmount();
    } finally {
      onClosed();
    }
    if (hadFocus && returnFocus?.isConnected && returnFocus !== doc.body) returnFocus.focus({ preventScroll: true });
  };

  const fail = (stage: StageError['stage'], e: unknown) => {
    state.errors.value = [...state.errors.value, { stage, message: message(e) }];
  };

  const reducedMotion = () => doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const tMount = performance.now();
  sidebar = mountSidebar(
    doc,
    state,
    {
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
        painter.focus(range);
        if (!scroll) return;
        const el = range.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
        painter.flash(range);
      },
      openOptions: requestOptionsPage,
      unmark() {
        painter?.focus(null);
      },
      setPlacement(p, persist = true) {
        const next = { side: p.side, width: clampWidth(p.width) };
        state.placement.value = next;
        sidebar?.place(next);
        if (persist) void savePlacement(next);
      },
    },
    signal,
  );
  const host = sidebar.host;
  timings.mount = performance.now() - tMount;

  /** The panel with what is known, once; then the timings a probe in the page reads. */
  const finish = () => {
    const tRender = performance.now();
    sidebar?.fill();
    timings.render = performance.now() - tRender;
    timings.total = performance.now() - t0;
    host.dataset.sourcelightTimings = JSON.stringify(timings);
  };

  // Stage by stage: each catches its own failure so the others still show what they can.
  const analyse = () => {
    let extraction: ReturnType<typeof extractArticle> | null = null;
    try {
      const t = performance.now();
      extraction = extractArticle(doc, location.href);
      timings.extract = performance.now() - t;
    } catch (e) {
      fail('extract', e);
    }
    if (extraction && !extraction.ok) state.status.value = 'no-article';
    if (!extraction?.ok) {
      show();
      return;
    }
    const { text, meta, removed } = extraction;
    const t = performance.now();
    // The background annotates; its answer usually comes within a few milliseconds, and the panel
    // is rendered once, with it. An answer slow to come (a huge article, a busy machine) gets the
    // panel's "Reading the article…" meanwhile. Not at the next frame: rendering the panel twice
    // would delay the answer's own rendering on every page.
    const slow = doc.defaultView?.setTimeout(() => {
      if (!closed) sidebar?.fill();
    }, SLOW_ANSWER_MS);
    const answer = requestAnnotations(text);
    // Meanwhile, the page's side of the first placement (it needs the text, not the analysis),
    // and a watch for a change to the page that would make that reading stale.
    let reading: PageReading | undefined;
    let changes: MutationObserver | undefined;
    try {
      const tRead = performance.now();
      reading = readPage(text, root(), host);
      changes = new MutationObserver(() => {});
      changes.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      signal.addEventListener('abort', () => changes?.disconnect(), { once: true });
      timings.read = performance.now() - tRead;
    } catch {
      // The first placement reads the page itself.
    }
    /** The answer is in: no "Reading…" panel, no more watching; the reading, if the page has not changed since. */
    const settle = () => {
      doc.defaultView?.clearTimeout(slow);
      const stale = !changes || changes.takeRecords().length > 0;
      changes?.disconnect();
      return stale ? undefined : reading;
    };
    answer.then(
      ({ annotations, engineMs }) => {
        const ready = settle();
        if (closed) return;
        timings.annotate = performance.now() - t;
        timings.engine = engineMs;
        state.analysis.value = buildAnalysis(meta, text, removed, annotations);
        showSafely(ready);
      },
      (e: unknown) => {
        settle();
        if (closed) return;
        // The extension was reloaded or updated since this page's panel opened.
        fail('annotate', e);
        showSafely();
      },
    );
  };

  const root = () => doc.body ?? doc.documentElement;

  /** Places, paints and lists what the analysis found (or the message saying why there is none). */
  const show = (reading?: PageReading) => {
    const analysis = state.analysis.value;
    if (analysis) {
      const tPassages = performance.now();
      const passages: LayeredPassage[] = passagesOf(analysis);
      const anchors = new PassageAnchors(analysis.text, passages);
      timings.passages = performance.now() - tPassages;
      try {
        const t = performance.now();
        placed = groupPlacement(passages, anchors.anchor(root(), host, doc, reading));
        state.orphans.value = placed.orphans;
        timings.anchor = performance.now() - t;
      } catch (e) {
        fail('anchor', e);
      }
      try {
        const t = performance.now();
        painter = createPainter(doc);
        for (const layer of LAYERS) {
          painter?.paint(layer, placed?.byLayer[layer] ?? []);
          // The reader's remembered toggles may have arrived before the analysis (huge pages).
          painter?.setVisible(layer, state.visible.value[layer]);
        }
        // Before the rules join the page (in `fill`): they then restyle the article, not the page.
        // Nothing placed, no rules: they would restyle the page for nothing.
        if (placed?.byKey.size) rescope();
        timings.highlight = performance.now() - t;
      } catch (e) {
        fail('highlight', e);
      }
      state.status.value = 'ready';
      pickFromPage(passages);

      // The page keeps changing after the analysis: place every passage again, list what is gone.
      watchPage(doc.documentElement, host, signal, () => {
        if (sidebar?.isGone()) {
          // The page threw our panel away (a single-page app re-rendering the document, an
          // anti-adblock script): put it back a few times; against a page that keeps removing it,
          // stop fighting and leave the highlights (the next click closes them).
          if (reattached++ < MAX_REATTACH) sidebar?.reattach();
        }
        try {
          const t = performance.now();
          painter?.clear();
          placed = groupPlacement(passages, anchors.reanchor(root(), host, doc));
          // A passage may have moved out of the element the rules are written on.
          if (placed.byKey.size) rescope();
          for (const layer of LAYERS) {
            painter?.paint(layer, placed.byLayer[layer]);
            painter?.setVisible(layer, state.visible.value[layer]);
          }
          const before = state.orphans.value;
          const now = placed.orphans;
          if (now.size !== before.size || [...now].some((k) => !before.has(k))) state.orphans.value = now;
          host.dataset.sourcelightReanchors = String(Number(host.dataset.sourcelightReanchors ?? 0) + 1);
          timings.reanchor = performance.now() - t;
          host.dataset.sourcelightTimings = JSON.stringify(timings);
        } catch (e) {
          fail('anchor', e);
        }
      });
    } else if (state.status.value === 'working') state.status.value = 'error';
    finish();
  };

  /**
   * A click on a highlighted passage in the page shows its entry in the panel and flashes the
   * passage. The click is only read: it goes on to the page (a link in a quote still opens), and a
   * click that ends a text selection is left alone.
   */
  const pickFromPage = (passages: readonly LayeredPassage[]) => {
    const view = doc.defaultView;
    if (!view) return;
    const layerOf = new Map(passages.map((p) => [p.key, p.layer] as const));
    const shown = (key: string) => {
      const layer = layerOf.get(key);
      return !!layer && state.visible.value[layer];
    };
    view.addEventListener(
      'click',
      (e) => {
        try {
          if (e.button !== 0 || !placed || sidebar?.isGone() || e.composedPath().includes(host)) return;
          if (doc.getSelection()?.isCollapsed === false) return;
          const key = passageAt(doc, e.clientX, e.clientY, placed.byKey, shown);
          if (!key) return;
          painter?.flash(placed.byKey.get(key)!);
          state.picked.value = entryKeyOf(key);
        } catch {
          // Reading a click must never break the page's own handling of it.
        }
      },
      { capture: true, passive: true, signal },
    );
  };

  /** `show`, in a callback: a failure outside its stages still leaves a panel that says so. */
  const showSafely = (reading?: PageReading) => {
    try {
      show(reading);
    } catch (e) {
      fail('highlight', e);
      if (state.status.value === 'working') state.status.value = 'error';
      finish();
    }
  };

  // Preferences arrive a moment later; the panel is already usable with the defaults.
  void loadPreferences().then(({ visible, placement, scheme }) => {
    if (closed) return;
    // Usually what the panel already shows (the defaults, or the reader's choice): each change
    // re-renders the panel, re-registers highlights or restyles the page before the first frame,
    // so only a real change is applied.
    if (LAYERS.some((l) => visible[l] !== state.visible.value[l])) {
      state.visible.value = visible;
      for (const layer of LAYERS) painter?.setVisible(layer, visible[layer]);
    }
    const was = state.placement.value;
    if (placement.side !== was.side || placement.width !== was.width) {
      state.placement.value = placement;
      sidebar?.place(placement);
    }
    if (scheme !== state.scheme.value) {
      state.scheme.value = scheme;
      sidebar?.setScheme(scheme);
    }
    host.dataset.sourcelightPrefs = 'loaded';
  });
  // On a huge page the stages take seconds: the panel ("Reading the article…") is painted first,
  // so the click answers at once; on an ordinary page the extraction runs now and the background's
  // analysis is usually back before the first frame.
  const view = doc.defaultView;
  if (view && doc.getElementsByTagName('*').length > HUGE_PAGE_ELEMENTS) {
    sidebar.fill();
    view.requestAnimationFrame(() =>
      view.setTimeout(() => {
        if (!closed) analyse();
      }, 0),
    );
  } else
    try {
      analyse();
    } catch (e) {
      // `analyse` renders the panel once the analysis is back; this covers a failure outside its stages.
      fail('extract', e);
      state.status.value = 'error';
      finish();
    }
  return { close, isShown: () => !sidebar?.isGone() };
}
