/**
 * Extraction quality and cost: our extractor against plain Readability (same version, same DOM: jsdom)
 * on every page with gold under a folder (default ../shared/corpus/pages, read from its manifest.json).
 *
 *   npm run eval:extract [-- --pages DIR] [--json] [--runs N]
 *
 * DIR's manifest.json lists the pages and their URLs; without one, every .html under DIR is tried.
 * Word-level precision / recall / F1 (bags of lower-cased words) of each extractor's text against the gold.
 * Gold: `<name>.gold.json` summary and body paragraphs (section headlines included, title left out) when it
 * has them, else `<name>.gold.txt`; for `readability/<name>/` the gold is `expected.html`, Readability's own
 * output, so those rows check how we use Readability, not extraction quality, and have their own means.
 * Time: median over runs of clone + parse for plain Readability and of `extractArticle` for ours.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { blocksOf } from '../src/extract/blocks';
import { extractArticle } from '../src/extract/document';
import { pageTextOf, paragraphsNotInPage } from '../src/extract/page-text';

interface ManifestEntry {
  file: string;
  site: string;
  url: string;
}

/** Pages whose gold is a note about the page, not article text (corpus README, "Known gold problems"). */
const BAD_GOLD = new Set(['newspaper/bostonherald.com1.html', 'newspaper/slate.com1.html', 'newspaper/theatlantic.com1.html']);

interface Score {
  p: number;
  r: number;
  f1: number;
}

/**
 * Video pages whose gold is the one-sentence blurb (corpus README). They are not articles, and we
 * answer no-article there on purpose (the brief), so they have their own line in the means.
 */
const NOT_ARTICLE = new Set(['newspaper/globalnews.ca1.html', 'newspaper/globalnews.ca2.html']);

interface PageRow {
  page: string;
  gold: 'independent' | 'readability-output' | 'bad-gold' | 'not-article';
  plain: Score;
  ours: Score;
  oursOk: boolean;
  plainMs: number;
  oursMs: number;
  /** Our paragraphs that are not a contiguous run of the page's text (the anchoring invariant). */
  notInPage: number;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function score(got: string, gold: string): Score {
  const want = new Map<string, number>();
  const goldWords = words(gold);
  for (const w of goldWords) want.set(w, (want.get(w) ?? 0) + 1);
  const gotWords = words(got);
  let hit = 0;
  for (const w of gotWords) {
    const n = want.get(w) ?? 0;
    if (n > 0) {
      hit++;
      want.set(w, n - 1);
    }
  }
  const p = gotWords.length ? hit / gotWords.length : 0;
  const r = goldWords.length ? hit / goldWords.length : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function goldFor(dir: string, file: string): { text: string; kind: PageRow['gold'] } | null {
  const base = join(dir, file.replace(/\.html?$/, ''));
  if (file.startsWith('readability/')) {
    const expected = join(dir, file.replace(/source\.html$/, 'expected.html'));
    if (!existsSync(expected)) return null;
    const text = new JSDOM(readFileSync(expected, 'utf8')).window.document.body.textContent ?? '';
    return { text, kind: 'readability-output' };
  }
  const kind = BAD_GOLD.has(file) ? 'bad-gold' : NOT_ARTICLE.has(file) ? 'not-article' : 'independent';
  // tests/fixtures/<site>/<slug>/ keeps page.html with gold.json beside it.
  const goldJson = file.endsWith('/page.html') ? join(dir, file.replace(/page\.html$/, 'gold.json')) : base + '.gold.json';
  if (existsSync(goldJson)) {
    const g = JSON.parse(readFileSync(goldJson, 'utf8')) as {
      body?: { summary: string[]; sections: { headline: string[]; paragraphs: string[] }[] };
      articleBody?: string;
    };
    if (g.body) return { text: [...g.body.summary, ...g.body.sections.flatMap((s) => [...s.headline, ...s.paragraphs])].join('\n\n'), kind };
    if (g.articleBody) return { text: g.articleBody, kind };
  }
  if (existsSync(base + '.gold.txt')) return { text: readFileSync(base + '.gold.txt', 'utf8'), kind };
  return null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function evalPage(dir: string, entry: ManifestEntry, runs: number): PageRow | null {
  const gold = goldFor(dir, entry.file);
  if (!gold) return null;
  const url = /^https?:\/\//.test(entry.url) ? entry.url : undefined;
  const dom = new JSDOM(readFileSync(join(dir, entry.file), 'utf8'), { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  let ours: ReturnType<typeof extractArticle> = { ok: false, reason: 'no-article' };
  const plainMs: number[] = [];
  const oursMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first so neither always pays for a cold cache.
    const order = i % 2 === 0 ? ['plain', 'ours'] : ['ours', 'plain'];
    for (const which of order) {
      const t0 = performance.now();
      if (which === 'plain') {
        new Readability(doc.cloneNode(true) as Document).parse();
        plainMs.push(performance.now() - t0);
      } else {
        ours = extractArticle(doc, url ?? null);
        oursMs.push(performance.now() - t0);
      }
    }
  }
  // Plain Readability's text cut into blocks as ours is, so both are tokenised alike (its textContent
  // runs the last word of one paragraph into the first of the next).
  const plainEl = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse()?.content;
  const plainText = plainEl ? blocksOf(plainEl).join('\n\n') : '';
  const oursText = ours.ok ? ours.text : '';
  const row: PageRow = {
    page: entry.file,
    gold: gold.kind,
    plain: score(plainText, gold.text),
    ours: score(oursText, gold.text),
    oursOk: ours.ok,
    plainMs: median(plainMs),
    oursMs: median(oursMs),
    notInPage: ours.ok ? paragraphsNotInPage(ours.text, pageTextOf(doc.documentElement)).length : 0,
  };
  dom.window.close();
  return row;
}

function htmlFilesUnder(root: string, sub = ''): string[] {
  const out: string[] = [];
  for (const d of readdirSync(join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...htmlFilesUnder(root, rel));
    else if (/\.html?$/.test(d.name) && d.name !== 'expected.html') out.push(rel);
  }
  return out.sort();
}

function mean(rows: PageRow[], pick: (r: PageRow) => number): number {
  return rows.length ? rows.reduce((s, r) => s + pick(r), 0) / rows.length : 0;
}

function summary(rows: PageRow[]) {
  return {
    pages: rows.length,
    plain: { p: mean(rows, (r) => r.plain.p), r: mean(rows, (r) => r.plain.r), f1: mean(rows, (r) => r.plain.f1) },
    ours: { p: mean(rows, (r) => r.ours.p), r: mean(rows, (r) => r.ours.r), f1: mean(rows, (r) => r.ours.f1) },
  };
}

function main(argv: string[]): number {
  let dir = resolve('../shared/corpus/pages');
  let json = false;
  let runs = 5;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pages') dir = resolve(argv[++i] ?? dir);
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--runs') runs = Math.max(1, Number(argv[++i]) || runs);
    else {
      process.stderr.write(`eval-extract: unknown argument ${argv[i]}\nusage: eval-extract [--pages DIR] [--json] [--runs N]\n`);
      return 2;
    }
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`eval-extract: ${dir} is not a folder\n`);
    return 2;
  }
  const manifestPath = join(dir, 'manifest.json');
  // Without a manifest, every .html under the folder (pages with no gold beside them are skipped).
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[])
    : htmlFilesUnder(dir).map((file) => ({ file, site: '', url: '' }));
  const rows: PageRow[] = [];
  // One untimed pass first, so the first page timed does not pay for compiling both extractors.
  if (manifest[0]) evalPage(dir, manifest[0], 1);
  for (const entry of manifest) {
    const row = evalPage(dir, entry, runs);
    if (row) rows.push(row);
  }
  const independent = rows.filter((r) => r.gold === 'independent');
  const withVideo = rows.filter((r) => r.gold === 'independent' || r.gold === 'not-article');
  const reference = rows.filter((r) => r.gold === 'readability-output');
  const plainTotal = rows.reduce((s, r) => s + r.plainMs, 0);
  const oursTotal = rows.reduce((s, r) => s + r.oursMs, 0);
  const result = {
    pages: dir,
    runs,
    rows,
    means: {
      independentGold: summary(independent),
      independentGoldWithVideoPages: summary(withVideo),
      readabilityOutput: summary(reference),
      leftOut: rows.filter((r) => r.gold === 'bad-gold').map((r) => r.page),
      videoPages: rows.filter((r) => r.gold === 'not-article').map((r) => r.page),
    },
    worseThanPlain: withVideo.filter((r) => r.ours.f1 < r.plain.f1 - 1e-9).map((r) => r.page),
    /** Pages whose gold is Readability's own output: every difference is text our rules removed. */
    differsFromReadabilityOutput: reference.filter((r) => r.ours.f1 < r.plain.f1 - 1e-9).map((r) => r.page),
    time: {
      plainMs: plainTotal,
      oursMs: oursTotal,
      ratio: plainTotal ? oursTotal / plainTotal : 0,
      medianPageRatio: median(rows.map((r) => (r.plainMs ? r.oursMs / r.plainMs : 0))),
    },
    anchoringViolations: rows.filter((r) => r.notInPage > 0).map((r) => ({ page: r.page, paragraphs: r.notInPage })),
  };
  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  const f = (n: number) => n.toFixed(3);
  const out: string[] = [];
  out.push(`pages: ${dir} (${rows.length} with gold, ${runs} timed runs each)`);
  out.push('');
  out.push(['page'.padEnd(44), 'gold', '  plain P/R/F1     ', '  ours P/R/F1      ', 'dF1   ', 'ms plain/ours'].join(' '));
  for (const r of rows) {
    const tag = { independent: '    ', 'bad-gold': 'bad ', 'readability-output': 'ref ', 'not-article': 'vid ' }[r.gold];
    const d = r.ours.f1 - r.plain.f1;
    out.push(
      [
        r.page.slice(0, 44).padEnd(44),
        tag,
        `${f(r.plain.p)} ${f(r.plain.r)} ${f(r.plain.f1)}`,
        `${f(r.ours.p)} ${f(r.ours.r)} ${f(r.ours.f1)}${r.oursOk ? ' ' : '*'}`,
        (d >= 0 ? '+' : '') + d.toFixed(3),
        `${r.plainMs.toFixed(0)}/${r.oursMs.toFixed(0)}`,
        r.notInPage ? `!${r.notInPage} not in page` : '',
      ].join(' '),
    );
  }
  out.push(
    '(* = ours answered no-article; bad = bad gold, left out of the means; vid = video page, not an article; ref = gold is Readability output)',
  );
  out.push('');
  for (const [name, s] of [
    ['independent gold, articles', result.means.independentGold],
    ['independent gold with the video pages', result.means.independentGoldWithVideoPages],
    ['readability/ (Readability output as gold)', result.means.readabilityOutput],
  ] as const) {
    out.push(
      `mean over ${name} (${s.pages} pages): plain P ${f(s.plain.p)} R ${f(s.plain.r)} F1 ${f(s.plain.f1)} | ours P ${f(s.ours.p)} R ${f(s.ours.r)} F1 ${f(s.ours.f1)}`,
    );
  }
  out.push(`left out of the means (bad gold): ${result.means.leftOut.join(', ') || 'none'}`);
  out.push(`video pages (no-article by design): ${result.means.videoPages.join(', ') || 'none'}`);
  out.push(`ours below plain Readability (independent gold): ${result.worseThanPlain.join(', ') || 'none'}`);
  out.push(`ours differs from Readability's own output (text our rules removed): ${result.differsFromReadabilityOutput.join(', ') || 'none'}`);
  out.push(
    `time: plain ${plainTotal.toFixed(0)} ms, ours ${oursTotal.toFixed(0)} ms, ratio ${result.time.ratio.toFixed(2)} (median per-page ratio ${result.time.medianPageRatio.toFixed(2)})`,
  );
  out.push(`anchoring invariant: ${result.anchoringViolations.length ? JSON.stringify(result.anchoringViolations) : 'every paragraph is a run of its page'}`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
