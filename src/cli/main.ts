import { analyzeFile, InputError } from './read-input';
import { formatters, type Format } from './formats';

const USAGE = 'usage: npm run --silent analyze -- FILE... [--format json|jsonl|md|csv]';

async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let format: Format | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'json' && v !== 'jsonl' && v !== 'md' && v !== 'csv') {
        process.stderr.write(`sourcelight: unknown format ${JSON.stringify(v ?? '')}\n${USAGE}\n`);
        return 2;
      }
      format = v;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const fmt: Format = format ?? (files.length > 1 ? 'jsonl' : 'json');
  let failed = false;
  for (const file of files) {
    try {
      const analysis = await analyzeFile(file);
      process.stdout.write(formatters[fmt](analysis));
    } catch (e) {
      failed = true;
      const why = e instanceof InputError ? e.message : `could not analyse (${e instanceof Error ? e.message : String(e)})`;
      process.stderr.write(`sourcelight: ${file}: ${why}\n`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`sourcelight: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
