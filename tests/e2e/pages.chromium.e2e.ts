import { launchChromium } from './lib/chromium';
import { chromiumSmokeDriver } from './lib/pages-smoke';
import { defineSmokeSuite } from './lib/smoke-suite';

defineSmokeSuite('chromium', async (proxyPort) => {
  const session = await launchChromium({ proxyPort });
  return { close: () => session.close(), driver: chromiumSmokeDriver(session) };
});
