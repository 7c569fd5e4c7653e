import type { Format } from './formats';

export const USAGE = 'usage: npm run --silent analyze -- FILE... [--format json|jsonl|md|csv]';

const FORMATS: readonly Format[] = ['json', 'jsonl', 'md', 'csv'];

export type Args =
  | { kind: 'run'; files: string[]; format: Format }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

/** The command line: files in order, and the format (json for one file, jsonl for several, unless told). */
export function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let format: Format | null = null;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyFiles || a === '-' || !a.startsWith('-')) files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '-h' || a === '--help') return { kind: 'help' };
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) return { kind: 'usage-error', message: '--format needs a value: json, jsonl, md or csv' };
      if (!FORMATS.includes(v as Format)) return { kind: 'usage-error', message: `unknown format ${JSON.stringify(v)}` };
      format = v as Format;
    } else return { kind: 'usage-error', message: `unknown option ${JSON.stringify(a)}` };
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'no file given' };
  return { kind: 'run', files, format: format ?? (files.length > 1 ? 'jsonl' : 'json') };
}
