import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzePlainText, analyzeText } from '../analyze';
import { extractArticle } from '../extract/document';
import type { Analysis } from '../model/analysis';
import { emptyMeta } from '../model/build';

export class InputError extends Error {}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** One file → its analysis, or an InputError that says, in a line, why not. */
export async function analyzeFile(path: string): Promise<Analysis> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? 'error'})`);
  }
  if (buf.length === 0) throw new InputError('empty file');
  const raw = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (HTML_EXT.has(extname(path).toLowerCase())) {
    // Scripts never run and nothing is fetched: jsdom's defaults, and a silent console for page CSS errors.
    const dom = new JSDOM(raw, { virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
    const found = extractArticle(doc, canonical);
    dom.window.close();
    if (!found.ok) throw new InputError('no article found in this page');
    return analyzeText(found.text, found.meta, found.removed);
  }
  if (raw.trim() === '') throw new InputError('no text in this file');
  return analyzePlainText(raw, emptyMeta());
}
