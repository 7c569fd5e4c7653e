import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeText } from '../analyze';
import { extractArticle } from '../extract/document';
import { stripBoilerplateText, titleLineMeta } from '../extract/text-rules';
import type { Analysis } from '../model/analysis';
import { emptyMeta } from '../model/build';

/** Bad input, said in a line (the CLI prints it after the file's name). */
export class InputError extends Error {}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXT = new Set(['.txt', '.text', '.md']);
/** Far above any article page (the biggest saved page in the corpus is 1.6 MB); jsdom needs ~20× in memory. */
const MAX_BYTES = 50 * 1024 * 1024;

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(ERRNO.EISDIR);
    if (!info.isFile()) throw new InputError('not a regular file');
    if (info.size > MAX_BYTES) throw new InputError(`too large (${Math.round(info.size / 1048576)} MB; the limit is 50 MB)`);
    return await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(ERRNO[code] ?? `cannot read it (${code || (e as Error).message})`);
  }
}

/** NUL bytes, or more than 1% undecodable bytes, in the first 64 kB: an image, a PDF, an archive. */
function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 65536);
  if (head.includes(0) && !isUtf16(head)) return true;
  const decoded = new TextDecoder('utf-8').decode(head);
  let bad = 0;
  for (const ch of decoded) if (ch === '\uFFFD') bad++;
  return bad > head.length / 100;
}

const isUtf16 = (b: Buffer) => b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

function decodeText(buf: Buffer): string {
  if (isUtf16(buf)) return new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buf);
  return new TextDecoder('utf-8').decode(buf);
}

/** A saved page whatever its extension says: it opens with a doctype or an <html>/<head>/<body> tag. */
const looksLikeHtml = (text: string) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text);

/** One file → its analysis, or an InputError that says, in a line, why not. */
export async function analyzeFile(path: string): Promise<Analysis> {
  const buf = await readBytes(path);
  if (buf.length === 0) throw new InputError('empty file');
  if (looksBinary(buf)) throw new InputError('not text (binary data); give a saved page (.html) or article text (.txt)');
  const ext = extname(path).toLowerCase();
  const text = decodeText(buf);
  if (HTML_EXT.has(ext) || (!TEXT_EXT.has(ext) && looksLikeHtml(text))) {
    // Scripts never run and nothing is fetched (jsdom's defaults); a silent console for the page's CSS errors.
    // The bytes go in as they are, so jsdom reads the page's own <meta charset>.
    const dom = new JSDOM(isUtf16(buf) ? text : buf, { virtualConsole: new VirtualConsole() });
    try {
      const found = extractArticle(dom.window.document, null);
      if (!found.ok) throw new InputError('no article found in this page (a section front, a video or a menu?)');
      return analyzeText(found.text, found.meta, found.removed);
    } finally {
      dom.window.close();
    }
  }
  if (text.trim() === '') throw new InputError('no text in this file');
  const stripped = stripBoilerplateText(text);
  // A copied "<headline> - The Globe and Mail" line is the only metadata plain text has.
  return analyzeText(stripped.text, { ...emptyMeta(), ...titleLineMeta(stripped.removed) }, stripped.removed);
}
