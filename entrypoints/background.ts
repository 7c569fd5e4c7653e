import { isOpenOptions } from '../src/session/messages';
import { onToolbarClick } from '../src/session/toolbar';

export default defineBackground(() => {
  (browser.action ?? browser.browserAction).onClicked.addListener(onToolbarClick);
  // The panel's "Settings" button: content scripts cannot open the options page themselves.
  browser.runtime.onMessage.addListener((message) => {
    if (isOpenOptions(message)) return browser.runtime.openOptionsPage();
    return undefined;
  });
});
