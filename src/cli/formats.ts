import type { Analysis } from '../model/analysis';
import { toCsv } from '../export/csv';
import { toMarkdown } from '../export/markdown';
import { ENGLISH_REPORT } from '../export/report-words';

export type Format = 'json' | 'jsonl' | 'md' | 'csv';

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Writes one analysis after another in a format. For several files, md separates the reports with a
 * rule and csv gives one table with the header once and a leading `file` column.
 */
export function formatter(format: Format, manyFiles: boolean): (a: Analysis, file: string, index: number) => string {
  switch (format) {
    case 'json':
      return (a) => JSON.stringify(a, null, 2) + '\n';
    case 'jsonl':
      return (a) => JSON.stringify(a) + '\n';
    case 'md':
      return (a, _file, index) => (index > 0 ? '\n---\n\n' : '') + toMarkdown(a, ENGLISH_REPORT);
    case 'csv':
      if (!manyFiles) return (a) => toCsv(a);
      return (a, file, index) => {
        const [header, ...rows] = toCsv(a).split('\r\n').filter((l) => l !== '');
        const lines = rows.map((r) => `${csvCell(file)},${r}`);
        if (index === 0) lines.unshift(`file,${header}`);
        return lines.length ? lines.join('\r\n') + '\r\n' : '';
      };
  }
}
