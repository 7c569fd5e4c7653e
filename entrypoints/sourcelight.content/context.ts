/**
 * Stands in for WXT's ContentScriptContext in the content script build (see wxt.config.ts): the
 * context WXT hands `main()`, which Sourcelight's main never uses. WXT's own announces every
 * injection to the page (a `window.postMessage` to "*" and a document event the page can listen
 * for), adds a document listener per click, and weighed 1 kB gzipped; each panel session has its
 * own AbortController instead.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
