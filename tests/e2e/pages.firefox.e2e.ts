import { launchFirefox } from './lib/firefox';
import { firefoxSmokeDriver } from './lib/pages-smoke';
import { defineSmokeSuite } from './lib/smoke-suite';

defineSmokeSuite('firefox', async (proxyPort) => {
  const session = await launchFirefox({ proxyPort });
  return { close: () => session.close(), driver: firefoxSmokeDriver(session) };
});
