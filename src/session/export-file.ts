import { toCsv } from '../export/csv';
import { toJson } from '../export/json';
import { toMarkdown } from '../export/markdown';
import type { ExportRequest } from './messages';
import { reportWords } from './report-words';

/**
 * The background's half of the panel's export: the same exporters as the CLI's `--format md|csv`
 * and the contract JSON, with the Markdown report in the reader's language. They run here rather
 * than in the injected script, which carries only what a click needs.
 */
export function exportFile({ format, analysis, url }: Pick<ExportRequest, 'format' | 'analysis' | 'url'>): string {
  if (format === 'md') return toMarkdown(analysis, reportWords());
  if (format === 'csv') return toCsv(analysis);
  return toJson(analysis, url);
}
