import { toggleSession } from '../../src/session/session';

// Injected only on a toolbar click (no `matches`: no host permissions). Each injection toggles.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main() {
    // The result reaches the background through scripting.executeScript's results.
    return toggleSession();
  },
});
