import { annotate } from '../annotate';
import { exportFile } from './export-file';
import { isAnnotateRequest, isExportRequest, isOpenOptions, type AnnotateReply } from './messages';

function annotateTimed(text: string): AnnotateReply {
  const t = performance.now();
  const annotations = annotate(text);
  return { annotations, engineMs: performance.now() - t };
}

/**
 * The background's answers to the panel: its analysis (the engine lives here, not in the injected
 * script), its "Settings" button (content scripts cannot open the options page themselves), and its
 * export, whose file writers live here too. Anything else gets no answer.
 */
export function answerMessage(message: unknown): Promise<unknown> | undefined {
  if (isAnnotateRequest(message)) return Promise.resolve().then(() => annotateTimed(message.text));
  if (isOpenOptions(message)) return browser.runtime.openOptionsPage();
  if (isExportRequest(message)) return Promise.resolve().then(() => exportFile(message));
  return undefined;
}
