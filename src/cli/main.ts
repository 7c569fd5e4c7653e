import { parseArgs, USAGE } from './args';
import { formatter } from './formats';
import { analyzeFile, InputError } from './read-input';

/** One line, whatever the error: a stack trace is never what a reader of a bad file needs. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.kind === 'usage-error') {
    process.stderr.write(`sourcelight: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  const write = formatter(args.format, args.files.length > 1);
  let failed = false;
  let written = 0;
  for (const file of args.files) {
    try {
      const analysis = await analyzeFile(file);
      process.stdout.write(write(analysis, file, written++));
    } catch (e) {
      failed = true;
      const why = e instanceof InputError ? e.message : `could not analyse it (${e instanceof Error ? e.message : String(e)})`;
      process.stderr.write(`sourcelight: ${oneLine(file)}: ${oneLine(why)}\n`);
    }
  }
  return failed ? 1 : 0;
}

// A reader piping into `head` closes stdout early: stop quietly rather than throw EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`sourcelight: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 1;
  },
);
