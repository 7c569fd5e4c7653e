import { render } from 'preact';
import { h } from 'preact';
import { highlightCss } from '../highlight/layers';
import { App } from './App';
import type { SidebarActions, SidebarState } from './state';
import sidebarCss from './sidebar.css?inline';

export interface SidebarHandle {
  host: HTMLElement;
  unmount(): void;
}

export const HOST_ID = 'sourcelight-host';

/**
 * The one element Sourcelight adds to a page: a plain `div` (custom elements are unavailable to
 * Chromium content scripts) holding the `::highlight` rules and, in its shadow root, the sidebar.
 */
export function mountSidebar(doc: Document, state: SidebarState, actions: SidebarActions, signal: AbortSignal): SidebarHandle {
  const host = doc.createElement('div');
  host.id = HOST_ID;
  // Inline and !important so the page's CSS cannot restyle or hide the host.
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important; ' +
      'height: 100vh !important; width: min(380px, 100vw) !important; z-index: 2147483647 !important; display: block !important;',
  );
  const pageStyle = doc.createElement('style');
  pageStyle.textContent = highlightCss();
  host.append(pageStyle);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = sidebarCss;
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.append(style, root);
  (doc.body ?? doc.documentElement).append(host);
  host.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        actions.close();
      }
    },
    { signal },
  );
  render(h(App, { state, actions }), root);
  return {
    host,
    unmount() {
      render(null, root);
      host.remove();
    },
  };
}
