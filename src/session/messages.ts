import type { Analysis, Annotations } from '../model/analysis';

/** Messages from the page's panel to the background: the one thing a content script cannot do itself. */
export const OPEN_OPTIONS = 'sourcelight:open-options';

export const isOpenOptions = (m: unknown): boolean =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === OPEN_OPTIONS;

/** Asks the background to open the options page; quietly does nothing if the extension was reloaded. */
export function requestOptionsPage(): void {
  try {
    void browser.runtime.sendMessage({ type: OPEN_OPTIONS }).catch(() => {});
  } catch {
    // The extension context is gone (updated or reloaded since the panel opened).
  }
}

/** The panel's export: the background writes the file's text (the exporters stay out of the injected script). */
export const EXPORT = 'sourcelight:export';
export type ExportFormat = 'json' | 'md' | 'csv';
export interface ExportRequest {
  type: typeof EXPORT;
  format: ExportFormat;
  analysis: Analysis;
  /** The page's address, for an analysis that did not record one. */
  url: string;
}

export const isExportRequest = (m: unknown): m is ExportRequest =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === EXPORT;

/** The analysis as a file's text; rejects when the background cannot be reached (extension reloaded). */
export async function requestExport(format: ExportFormat, analysis: Analysis, url: string): Promise<string> {
  const body: unknown = await browser.runtime.sendMessage({ type: EXPORT, format, analysis, url } satisfies ExportRequest);
  if (typeof body !== 'string') throw new Error('no export');
  return body;
}

/**
 * The article's text, for the background to annotate. The engine is the bulk of Sourcelight's code:
 * kept out of the injected script, it is compiled once per background rather than on every page, and
 * it runs off the page's main thread. The text goes no further than the extension's own background.
 */
export const ANNOTATE = 'sourcelight:annotate';
export interface AnnotateRequest {
  type: typeof ANNOTATE;
  text: string;
}

export const isAnnotateRequest = (m: unknown): m is AnnotateRequest =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === ANNOTATE && typeof (m as { text?: unknown }).text === 'string';

/** The background's answer: the analysis, and how long the engine took (the rest of the round trip is messaging). */
export interface AnnotateReply {
  annotations: Annotations;
  engineMs: number;
}

/** The quotes, sources and anonymous sourcing in `text`; rejects when the background cannot be reached. */
export async function requestAnnotations(text: string): Promise<AnnotateReply> {
  const body = (await browser.runtime.sendMessage({ type: ANNOTATE, text } satisfies AnnotateRequest)) as Partial<AnnotateReply> | undefined;
  const a = body?.annotations;
  if (!a || !Array.isArray(a.quotes) || !Array.isArray(a.speakers) || !Array.isArray(a.anonymous)) throw new Error('no analysis');
  return { annotations: a, engineMs: typeof body.engineMs === 'number' ? body.engineMs : NaN };
}
