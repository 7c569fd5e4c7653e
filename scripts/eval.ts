/**
 * `npm run eval [-- --split dev|train]`: the engine measured with the reference scorers.
 * (a) the seed article through the CLI, scored by ../shared/tools/score.py;
 * (b) a PolNeAR split through ../shared/tools/eval_polnear.sh (which appends `--format jsonl FILES`
 *     to the analyzer command). Train has no anonymous labels: an empty label file is written, and
 *     only the quote and speaker rows are meaningful (the anonymous rows are left out).
 * Never re-implements a scorer; needs ../shared beside the repo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const analyzer = [process.execPath, '--import', 'tsx', join(root, 'src/cli/main.ts')];

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function parseSplit(argv: string[]): 'dev' | 'train' {
  const i = argv.findIndex((a) => a === '--split' || a.startsWith('--split='));
  if (i < 0) return 'dev';
  const v = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (v !== 'dev' && v !== 'train') fail(`--split must be dev or train, not ${JSON.stringify(v ?? '')}`);
  return v;
}

function run(cmd: string[], opts: { input?: string } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: root, encoding: 'utf8', input: opts.input, maxBuffer: 1 << 30 });
  if (r.error) fail(`could not run ${cmd[0]}: ${r.error.message}`);
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

function seed(): void {
  const txt = join(shared, 'fixtures/globe-and-mail/trump-carney-call.txt');
  const gold = join(shared, 'fixtures/globe-and-mail/trump-carney-call.gold.json');
  const a = run([...analyzer, txt, '--format', 'json']);
  if (a.status !== 0) fail(`the CLI failed on the seed article: ${a.stderr.trim().split('\n').pop() ?? ''}`);
  const s = run(['python3', join(shared, 'tools/score.py'), gold, '-'], { input: a.stdout });
  if (s.status !== 0) fail(`score.py failed: ${s.stderr.trim()}`);
  process.stdout.write('== seed article (trump-carney-call.txt) ==\n' + s.stdout + '\n');
}

function polnear(split: 'dev' | 'train'): void {
  const goldFile = join(shared, `corpus/polnear/${split}.jsonl`);
  if (!existsSync(goldFile)) fail(`missing ${goldFile}`);
  let anon = join(shared, `corpus/polnear/${split}.anonymous.jsonl`);
  let work: string | null = null;
  if (!existsSync(anon)) {
    // No hand labels for this split: score quotes and speakers against an empty label file.
    work = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
    anon = join(work, `${split}.anonymous.jsonl`);
    const ids = readFileSync(goldFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.stringify({ id: (JSON.parse(l) as { id: string }).id, items: [] }));
    writeFileSync(anon, ids.join('\n') + '\n');
  }
  const t0 = Date.now();
  const r = run(['bash', join(shared, 'tools/eval_polnear.sh'), goldFile, anon, '--', ...analyzer]);
  const secs = (Date.now() - t0) / 1000;
  if (work) rmSync(work, { recursive: true, force: true });
  if (r.status !== 0) fail(`eval_polnear.sh failed (exit ${r.status}): ${r.stderr.trim().split('\n').pop() ?? ''}`);
  let table = r.stdout;
  if (work) {
    table = table
      .split('\n')
      .filter((l) => !/^(anonymous|vague)\b/.test(l))
      .join('\n');
    table += `(no anonymous labels for ${split}: anonymous rows left out)\n`;
  }
  process.stdout.write(`== PolNeAR ${split} (${secs.toFixed(1)} s) ==\n${table}`);
}

if (!existsSync(shared) || !existsSync(join(shared, 'tools/score.py'))) {
  fail(`../shared not found at ${shared} (the shared corpus, fixtures and scorers must sit beside the repo)`);
}
const split = parseSplit(process.argv.slice(2));
seed();
polnear(split);
