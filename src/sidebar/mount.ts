import { h, render } from 'preact';
import { highlightCss, type Scheme } from '../highlight/layers';
import type { Placement } from '../session/preferences';
import { App } from './App';
import type { SidebarActions, SidebarState } from './state';
import sidebarCss from './sidebar.css?inline';

export interface SidebarHandle {
  host: HTMLElement;
  /**
   * Renders the panel, moves focus into it and adds the page's highlight rules; once (the signals
   * keep it up to date after). The session calls it when the analysis is done, so the panel is
   * rendered once with its lists rather than empty first and again a moment later.
   */
  fill(): void;
  /** Moves the panel to a side and width. */
  place(p: Placement): void;
  /** Restyles the page's highlights. */
  setScheme(s: Scheme): void;
  /** Writes the highlight rules on this selector (an element holding every painted Range). */
  scopeTo(selector: string): void;
  /** Puts the panel back after the page removed it. */
  reattach(): void;
  /** True once the page has thrown the shown panel away (not while it waits for the analysis). */
  isGone(): boolean;
  unmount(): void;
}

export const HOST_ID = 'sourcelight-host';

/**
 * The host's whole style, every declaration !important, set by a `:host` rule inside our shadow
 * root: for important declarations the inner (shadow) context wins over the page's, even over an
 * inline `style`, so the page's own rules (even `* { … !important }`) cannot restyle, move or hide
 * it. No inline style: a page's Content-Security-Policy or a reader's text-spacing tools stay
 * unaffected, and axe's avoid-inline-spacing has nothing to flag.
 */
export function hostStyle(p: Placement): string {
  const edge = p.side === 'left' ? 'left: 0 !important; right: auto !important;' : 'right: 0 !important; left: auto !important;';
  return (
    'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; ' +
    `${edge} bottom: auto !important; height: 100vh !important; width: min(${p.width}px, 100vw) !important; ` +
    'max-width: 100vw !important; margin: 0 !important; padding: 0 !important; border: 0 !important; ' +
    'transform: none !important; filter: none !important; opacity: 1 !important; visibility: visible !important; ' +
    'z-index: 2147483647 !important; contain: strict !important; pointer-events: auto !important;'
  );
}

/**
 * The one element Sourcelight adds to a page: a plain `div` (custom elements are unavailable to
 * Chromium content scripts) holding the `::highlight` rules and, in its shadow root, the sidebar.
 * It goes on `<html>`, not `<body>`, so the page's body content stays untouched, and is shown as a
 * manual popover, in the top layer, so no ancestor's transform or filter can move or clip it.
 */
export function mountSidebar(doc: Document, state: SidebarState, actions: SidebarActions, signal: AbortSignal): SidebarHandle {
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const pageStyle = doc.createElement('style');
  let scheme = state.scheme.value;
  let scope: string | undefined;
  const restyle = () => {
    pageStyle.textContent = highlightCss(scheme, undefined, scope);
  };
  const shadow = host.attachShadow({ mode: 'open' });
  const placement = doc.createElement('style');
  const placeCss = (p: Placement) => `:host { ${hostStyle(p)} }`;
  placement.textContent = placeCss(state.placement.value);
  const style = doc.createElement('style');
  style.textContent = sidebarCss;
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.append(placement, style, root);
  // The top layer: positioned against the viewport whatever the page does to <html> or <body>
  // (a transform, a filter, `overflow: hidden`, a higher z-index). Browsers without popovers keep
  // the fixed position above, which is right on almost every page.
  const show = () => {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
    } catch {
      host.removeAttribute('popover');
    }
  };
  host.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        e.preventDefault();
        actions.close();
      }
    },
    { signal },
  );
  // Keys typed in the panel are ours: the page's shortcuts (j/k, "/" to search) must not see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const)
    host.addEventListener(type, (e) => e.stopPropagation(), { signal });
  let filled = false;
  return {
    host,
    fill() {
      if (filled) return;
      filled = true;
      // The host joins the page only now, with its content: added while the background is still
      // annotating, it would cost the page a restyle and layout before the answer could be read.
      doc.documentElement.append(host);
      show();
      render(h(App, { state, actions }), root);
      // Into the panel, so keyboard and screen-reader users land on it; `close` gives focus back.
      (shadow.querySelector('[data-autofocus]') as HTMLElement | null)?.focus({ preventScroll: true });
      // The `::highlight` rules go in last. A new page-level stylesheet makes the browser restyle the
      // whole page (6-30 ms on a news page), and `showPopover()` and `focus()` above each force the
      // pending restyle at once: with the rules already in, the click paid for it synchronously, and
      // before the highlights existed. Added now, that one restyle happens with the next frame.
      // Only once they have a scope: on a huge page the panel shows before the analysis, and rules
      // on `:root` first would restyle the whole page twice.
      if (scope) host.prepend(pageStyle);
    },
    place(p) {
      placement.textContent = placeCss(p);
    },
    setScheme(s) {
      scheme = s;
      restyle();
    },
    scopeTo(selector) {
      if (selector === scope) return;
      scope = selector;
      restyle();
      if (filled && !pageStyle.isConnected) host.prepend(pageStyle);
    },
    isGone: () => filled && !host.isConnected,
    reattach() {
      doc.documentElement.append(host);
      show();
    },
    unmount() {
      render(null, root);
      host.remove();
    },
  };
}
