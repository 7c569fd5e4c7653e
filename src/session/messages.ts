/** Messages from the page's panel to the background: the one thing a content script cannot do itself. */
export const OPEN_OPTIONS = 'sourcelight:open-options';

export const isOpenOptions = (m: unknown): boolean =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === OPEN_OPTIONS;

/** Asks the background to open the options page; quietly does nothing if the extension was reloaded. */
export function requestOptionsPage(): void {
  try {
    void browser.runtime.sendMessage({ type: OPEN_OPTIONS }).catch(() => {});
  } catch {
    // The extension context is gone (updated or reloaded since the panel opened).
  }
}
