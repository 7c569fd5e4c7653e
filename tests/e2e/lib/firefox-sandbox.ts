import type { Page } from 'puppeteer-core';
import { bidi, type FirefoxSession } from './firefox';

/**
 * Runs a plain function (no closure) in a WebDriver BiDi sandbox of the page's top frame: Firefox's
 * equivalent of an isolated world, seeing the page's DOM through Xray wrappers, so a page that
 * replaces `JSON` or `document.getElementById` in its own world cannot fool it. The value crosses
 * as a JSON string made by the sandbox's own `JSON`.
 */
export async function evaluateSandboxed<T, A = undefined>(s: FirefoxSession, page: Page, fn: (arg: A) => T, arg?: A): Promise<T> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const call = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
  const { result } = await bidi(s.browser).send('script.evaluate', {
    expression: `Promise.resolve(${call}).then((v) => JSON.stringify(v === undefined ? null : v))`,
    target: { context, sandbox: 'sourcelight-test' },
    awaitPromise: true,
  });
  const r = result as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } };
  if (r.type === 'exception') throw new Error(`in a sandbox: ${r.exceptionDetails?.text}`);
  return JSON.parse(r.result?.value ?? 'null') as T;
}

