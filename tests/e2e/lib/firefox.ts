import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXT, requireBuild } from './paths';

/**
 * Prefs on top of puppeteer's own test profile (which already turns off updates, safe browsing,
 * telemetry upload and the new-tab feeds): every non-loopback request goes to a closed local
 * port, and the background services that would still try to phone home are switched off.
 */
const PREFS: Record<string, string | number | boolean> = {
  // Everything but loopback through a closed proxy: refused, yet still visible to the test as a request.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.socks': '127.0.0.1',
  'network.proxy.socks_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.proxy.socks_remote_dns': true,
  // No DNS-over-HTTPS, prefetching, speculative connections or connectivity probes.
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // Telemetry, studies, remote settings, push, Pocket, weather, sponsored tiles.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.archive.enabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.normandy.enabled': false,
  // Honoured on a release build only with MOZ_DISABLE_NONLOCAL_CONNECTIONS set (see launch): no Remote Settings sync at all.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'dom.push.enabled': false,
  'dom.push.serverURL': '',
  'extensions.pocket.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.feeds.weatherfeed': false,
  'browser.topsites.contile.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoip.url': '',
  'geo.provider.network.url': '',
  'browser.ping-centre.telemetry': false,
  'browser.discovery.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'identity.fxaccounts.enabled': false,
  // The add-on is installed temporarily from a folder: no signature to check.
  'xpinstall.signatures.required': false,
};

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** Raw WebDriver BiDi access: puppeteer keeps its connection internal, but it is the documented way into the chrome scope. */
interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
  on(event: string, handler: (params: unknown) => void): void;
  off(event: string, handler: (params: unknown) => void): void;
}
export const bidi = (b: Browser) => (b as unknown as { connection: BidiConnection }).connection;

/**
 * Starts Debian's firefox-esr headless on a fresh profile, with the built add-on installed. The
 * add-on is copied first so that a concurrent `npm run build` cannot swap files under the browser.
 */
export async function launchFirefox(
  opts: { headless?: boolean; extensionDir?: string; proxyPort?: number; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const source = opts.extensionDir ?? FIREFOX_EXT;
  requireBuild(source);
  const work = mkdtempSync(join(tmpdir(), 'sourcelight-firefox-'));
  const ext = join(work, 'extension');
  cpSync(source, ext, { recursive: true });
  const profile = join(work, 'profile');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: opts.headless ?? true,
    userDataDir: profile,
    // Needed for the chrome-scope evaluation that presses the toolbar button.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...PREFS,
      ...(opts.proxyPort
        ? { 'network.proxy.http_port': opts.proxyPort, 'network.proxy.ssl_port': opts.proxyPort, 'network.proxy.socks_port': opts.proxyPort }
        : {}),
      ...opts.prefs,
    },
    defaultViewport: { width: 1280, height: 900 },
    // Firefox's own test switch: its services stay quiet, and a socket to anywhere but this machine is refused.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  try {
    const extensionId = await browser.installExtension(ext);
    return {
      browser,
      extensionId,
      async close() {
        await browser.close();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
}

/**
 * In the browser window's chrome scope: selects the tab showing `url` and does what a click on
 * the add-on's toolbar button does (`activeTab` granted, `browserAction.onClicked` fired).
 * Returns an error text, or '' on success. Runs inside Firefox, not Node.
 */
const PRESS_BUTTON = `(async (id, url) => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const ext = ExtensionParent.GlobalManager.getExtension(id);
  if (!ext) return 'extension ' + id + ' is not running';
  for (const win of Services.wm.getEnumerator('navigator:browser')) {
    const tabs = win.gBrowser.tabs;
    // The page's own history.replaceState can change the URL: a lone tab is the one meant.
    const tab = tabs.find((t) => t.linkedBrowser.currentURI.spec === url) ?? (tabs.length === 1 ? tabs[0] : undefined);
    if (!tab) continue;
    win.gBrowser.selectedTab = tab;
    ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(win);
    return '';
  }
  return 'no tab shows ' + url;
})`;

async function chromeContext(b: Browser): Promise<string> {
  const { result } = await bidi(b).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const ctx = (result as { contexts: { context: string }[] }).contexts[0];
  if (!ctx) throw new Error('no Firefox chrome window to press the toolbar button in');
  return ctx.context;
}

async function pressOnce(s: FirefoxSession, page: Page): Promise<void> {
  const target = await chromeContext(s.browser);
  const expression = `${PRESS_BUTTON}(${JSON.stringify(s.extensionId)}, ${JSON.stringify(page.url())})`;
  const { result } = await bidi(s.browser).send('script.evaluate', {
    expression,
    target: { context: target },
    awaitPromise: true,
  });
  const r = result as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } };
  if (r.type === 'exception') throw new Error(`toolbar button: ${r.exceptionDetails?.text}`);
  const message = r.result?.value;
  if (message) throw new Error(`toolbar button: ${message}`);
}

/**
 * Presses Sourcelight's toolbar button for `page`, as a reader does. A press a few milliseconds
 * after a navigation can find the tab not yet ready (the chrome side still shows the old URL):
 * one retry after a short wait.
 */
export async function clickToolbarButton(s: FirefoxSession, page: Page): Promise<void> {
  try {
    await pressOnce(s, page);
  } catch {
    await new Promise((r) => setTimeout(r, 500));
    await pressOnce(s, page);
  }
}

/** Opens a URL in a fresh tab, closing every other tab (ad scripts' popups must not take the click). */
export async function openPage(s: FirefoxSession, url: string): Promise<Page> {
  const page = await s.browser.newPage();
  for (const p of await s.browser.pages()) if (p !== page) await p.close();
  await page.goto(url, { waitUntil: 'load' });
  // A click right after load can come before the page can be scripted.
  await new Promise((r) => setTimeout(r, 500));
  return page;
}
