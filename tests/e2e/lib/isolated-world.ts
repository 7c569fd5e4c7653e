import type { Page } from 'playwright-core';

/**
 * Evaluates JavaScript source in a fresh isolated world of the page's main frame (DevTools
 * protocol), as a content script runs: a page that replaces `CSS`, `Node` or `JSON` or freezes
 * prototypes in its own world cannot change what the code sees. Returns the JSON-serialisable value.
 */
export async function evaluateExpressionIsolated<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'sourcelight-test',
    });
    const r = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (r.exceptionDetails)
      throw new Error(`in an isolated world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** A plain function (no closure) run in a fresh isolated world with one JSON argument. */
export function evaluateIsolated<T, A = undefined>(page: Page, fn: (arg: A) => T, arg?: A): Promise<T> {
  return evaluateExpressionIsolated<T>(page, `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`);
}
