import type { Analysis } from '../model/analysis';
import { toCsv } from '../export/csv';
import { toMarkdown } from '../export/markdown';

export type Format = 'json' | 'jsonl' | 'md' | 'csv';

export const formatters: Record<Format, (a: Analysis) => string> = {
  json: (a) => JSON.stringify(a, null, 2) + '\n',
  jsonl: (a) => JSON.stringify(a) + '\n',
  md: (a) => toMarkdown(a),
  csv: (a) => toCsv(a),
};
