import { exportFile } from '../src/session/export-file';
import { isExportRequest, isOpenOptions } from '../src/session/messages';
import { onToolbarClick } from '../src/session/toolbar';

export default defineBackground(() => {
  (browser.action ?? browser.browserAction).onClicked.addListener(onToolbarClick);
  // The panel's "Settings" button (content scripts cannot open the options page themselves), and
  // its export, whose file writers live here.
  browser.runtime.onMessage.addListener((message) => {
    if (isOpenOptions(message)) return browser.runtime.openOptionsPage();
    if (isExportRequest(message)) return Promise.resolve().then(() => exportFile(message));
    return undefined;
  });
});
