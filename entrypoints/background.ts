import { onToolbarClick } from '../src/session/toolbar';

export default defineBackground(() => {
  (browser.action ?? browser.browserAction).onClicked.addListener(onToolbarClick);
});
