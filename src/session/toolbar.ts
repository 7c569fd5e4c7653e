import type { Tabs } from 'webextension-polyfill';
import { i18n } from '#i18n';
import type { ToggleOutcome } from './session';

/** The injected script, as WXT names a runtime content script entrypoint in the build. */
export const CONTENT_SCRIPT = '/content-scripts/sourcelight.js';

const action = () => browser.action ?? browser.browserAction;

/**
 * Toolbar click: inject the content script into the active tab; the script opens the sidebar, or
 * closes it when it is already open. Pages the browser does not let extensions read (its own
 * pages, the add-on stores, PDFs in the viewer) get a badge and a tooltip that say so.
 */
export async function onToolbarClick(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      const outcome = injected?.result as ToggleOutcome | undefined;
      if (outcome === 'unsupported' || outcome === 'failed') break;
      await action().setBadgeText({ tabId, text: '' });
      await action().setTitle({ tabId, title: i18n.t('actionTitle') });
      return;
    } catch {
      // Right after a navigation the page may not be ready yet: one more try shortly after.
      await new Promise((r) => setTimeout(r, 400));
    }
  }
  await action().setBadgeBackgroundColor?.({ tabId, color: '#6b6b6b' });
  await action().setBadgeText({ tabId, text: '×' });
  await action().setTitle({ tabId, title: i18n.t('pageNotAllowed') });
}
