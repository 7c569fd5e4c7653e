import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzePlainText, analyzeText } from '../analyze';
import { extractArticle } from '../extract/document';
import type { Analysis } from '../model/analysis';

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

const isUtf16 = (b: Buffer) => b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/** NUL bytes, or control characters text never holds, in the first 64 kB: an image, a PDF, an archive. */
function looksBinary(buf: Buffer): boolean {
  if (isUtf16(buf)) return false;
  const head = buf.subarray(0, 65536);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    // C0 controls other than tab, line feed, form feed, carriage return and escape
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return control > head.length / 100;
}

/**
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, €); the rest is Latin-1. Decoded by hand because
 * Node 20's TextDecoder('windows-1252') treats the file as Latin-1 and gives C1 controls there.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(buf: Buffer): string {
  let out = '';
  for (const byte of buf) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/** UTF-8 (a BOM dropped), or null when the bytes are not valid UTF-8. */
function decodeUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/** UTF-16 by its BOM, else UTF-8, else Windows-1252, which older saved text often is. */
function decodeText(buf: Buffer): { text: string; sure: boolean } {
  if (isUtf16(buf)) return { text: new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buf), sure: true };
  const utf8 = decodeUtf8(buf);
  return utf8 === null ? { text: decodeWindows1252(buf), sure: false } : { text: utf8, sure: true };
}

/** A saved page whatever its extension says: it opens with a doctype or an <html>/<head>/<body> tag. */
const looksLikeHtml = (text: string) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text);

/** One file → its analysis, or an InputError that says, in a line, why not. */
export async function analyzeFile(path: string): Promise<Analysis> {
  const buf = await readBytes(path);
  if (buf.length === 0) throw new InputError('empty file');
  if (looksBinary(buf)) throw new InputError('not text (binary data); give a saved page (.html) or article text (.txt)');
  const ext = extname(path).toLowerCase();
  const { text, sure } = decodeText(buf);
  if (HTML_EXT.has(ext) || (!TEXT_EXT.has(ext) && looksLikeHtml(text))) {
    // Scripts never run and nothing is fetched (jsdom's defaults); a silent console for the page's CSS errors.
    // Bytes that are valid UTF-8 are read as UTF-8: a saved page often declares its <meta charset> past the
    // first 1,024 bytes, where the HTML sniffer no longer looks and falls back to Windows-1252 ("â€œ" for “).
    // Other bytes go in as they are, so jsdom reads the page's own <meta charset>.
    const dom = new JSDOM(sure ? text : buf, { virtualConsole: new VirtualConsole() });
    try {
      const found = extractArticle(dom.window.document, null);
      if (!found.ok) throw new InputError('no article found in this page (a section front, a video or a menu?)');
      return analyzeText(found.text, found.meta, found.removed);
    } finally {
      dom.window.close();
    }
  }
  if (text.trim() === '') throw new InputError('no text in this file');
  return analyzePlainText(text);
}
