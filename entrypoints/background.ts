import { answerMessage } from '../src/session/background-messages';
import { onToolbarClick } from '../src/session/toolbar';

export default defineBackground(() => {
  (browser.action ?? browser.browserAction).onClicked.addListener(onToolbarClick);
  browser.runtime.onMessage.addListener(answerMessage);
});
