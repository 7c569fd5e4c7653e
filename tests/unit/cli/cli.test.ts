import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SEED_TXT = join(ROOT, 'tests/fixtures/globe-and-mail/trump-carney-call.txt');
const SEED_HTML = join(ROOT, 'tests/fixtures/globe-and-mail/trump-carney-call.html');

/** The command exactly as the contract gives it: npm run --silent analyze -- FILE... */
function analyze(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'analyze', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \n');
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'menu.html'), '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>');
  writeFileSync(join(dir, 'plain.txt'), 'The mayor said the bridge would reopen.\r\n\r\n"We are ready," she said.\r\n');
  mkdirSync(join(dir, 'folder.txt'));
  // Windows-1252 text, as older saved files are: "déclaré" with single-byte accents.
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Le ministre a d\xe9clar\xe9 que le projet irait de l\x92avant.\n', 'latin1'));
  // Saved pages: UTF-8 whose <meta charset> comes after 1,024 bytes of head (the sniffer's window), and a
  // page declared as Windows-1252 whose curly quotes are single bytes.
  const story = (open: string, close: string, apo: string) =>
    `<p>The mayor of the town spoke to reporters on the steps of city hall on Tuesday morning after the vote.</p>` +
    `<p>${open}We did not expect the bridge to close for this long, and we${apo}re sorry,${close} Mayor Ana Ruiz said. ` +
    `She added that repairs would take another month, according to the city${apo}s engineers and its budget office.</p>` +
    `<p>The council will meet again next week to look at the contracts and the costs of the repairs to the bridge.</p>`;
  const page = (head: string, body: string) =>
    `<!doctype html><html><head>${head}<title>Bridge closure</title></head><body><article><h1>Bridge closure</h1>${body}</article></body></html>`;
  const filler = `<meta name="description" content="${'A story about a bridge. '.repeat(60)}">`;
  writeFileSync(join(dir, 'late-charset.html'), page(`${filler}<meta charset="utf-8">`, story('“', '”', '’')));
  writeFileSync(join(dir, 'cp1252.html'), Buffer.from(page('<meta charset="windows-1252">', story('\x93', '\x94', '\x92')), 'latin1'));
});

describe('npm run analyze', { timeout: 120_000 }, () => {
  it('prints one JSON object for one file, the seed text with its boilerplate removed and its title line read', () => {
    const r = analyze(SEED_TXT);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout);
    expect(a.schema).toBe('sourcelight/analysis@1');
    expect(a.text.split('\n\n')).toHaveLength(27);
    expect(a.removed.map((x: { rule: string }) => x.rule)).toContain('site-title-line');
    expect(a).toMatchObject({ site: 'The Globe and Mail', title: 'Trump and Carney speak, agree to in-person meeting ‘in near future’' });
  });

  it('gives the text of a .txt with nothing to remove character for character', () => {
    const r = analyze(join(dir, 'plain.txt'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe(readFileSync(join(dir, 'plain.txt'), 'utf8'));
  });

  it('reports each bad file in one line naming it, analyses the others in order, and exits 1', () => {
    const bad = ['missing.txt', 'empty.txt', 'blank.txt', 'photo.txt', 'folder.txt', 'menu.html'].map((f) => join(dir, f));
    const r = analyze(SEED_HTML, ...bad, SEED_TXT, join(dir, 'latin1.txt'));
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(bad.length);
    bad.forEach((file, i) => expect(lines[i]).toMatch(new RegExp(`^sourcelight: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`)));
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)|Error:/);
    expect(lines[0]).toContain('no such file');
    expect(lines[1]).toContain('empty');
    expect(lines[3]).toContain('binary');
    expect(lines[4]).toContain('folder');
    expect(lines[5]).toContain('no article');
    // Several files: one JSON object a line, in argument order.
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[2].text).toBe('Le ministre a déclaré que le projet irait de l’avant.\n');
    expect(out[0].url).toBe('https://www.theglobeandmail.com/politics/article-trump-carney-call-meeting/');
    expect(out[1].url).toBeNull();
    expect(out[0].text).toBe(out[1].text);
  });

  it('reads a saved UTF-8 page as UTF-8 even when its <meta charset> comes late, and a Windows-1252 page by its own label', () => {
    for (const f of ['late-charset.html', 'cp1252.html']) {
      const r = analyze(join(dir, f));
      expect(r.code, f).toBe(0);
      const a = JSON.parse(r.stdout);
      expect(a.text, f).not.toMatch(/â€/);
      expect(a.text, f).toContain('we’re sorry,” Mayor Ana Ruiz said');
      expect(a.quotes.map((q: { text: string }) => q.text), f).toEqual(['We did not expect the bridge to close for this long, and we’re sorry,']);
    }
  });

  it('writes the markdown and csv exports, and jsonl for one file when asked', () => {
    const md = analyze(SEED_TXT, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout.length).toBeGreaterThan(0);
    expect(() => JSON.parse(md.stdout)).toThrow();
    const csv = analyze('--format=csv', SEED_TXT, SEED_HTML);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^file,quote_id,/);
    expect(rows.filter((l) => l.startsWith('file,'))).toHaveLength(1);
    const jsonl = analyze('--format', 'jsonl', SEED_TXT);
    expect(jsonl.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses an unknown format or option with the usage line and exit 2, analysing nothing', () => {
    for (const args of [['--format', 'xml', SEED_TXT], ['--frobnicate', SEED_TXT], ['--format'], []]) {
      const r = analyze(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^sourcelight: .+\nusage: npm run --silent analyze -- FILE\.\.\./);
    }
  });
});
