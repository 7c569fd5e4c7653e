import type { Removed } from '../model/analysis';
import { looksLikeArticle } from './is-article';
import { matchLineRule, titleLineMeta } from './text-rules';

/** Paragraphs of a plain-text file are separated by a blank line (spaces allowed on it). */
const BLANK_LINE = /\n[^\S\n]*\n/;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A `.txt` article opened in the browser: the browser shows it as one `<pre>`. Each blank-line
 * paragraph, whitespace collapsed, is one run of that text, so the highlights anchor as on a page.
 */
export function extractPlainTextDocument(doc: Document) {
  const removed: Removed[] = [];
  const paragraphs: string[] = [];
  for (const part of (doc.body?.textContent ?? '').split(BLANK_LINE)) {
    const p = collapse(part);
    if (!p) continue;
    const rule = matchLineRule(p);
    if (rule) removed.push({ text: p, rule });
    else paragraphs.push(p);
  }
  if (!looksLikeArticle(paragraphs, 0)) return null;
  const titled = titleLineMeta(removed);
  const meta = {
    title: titled?.title ?? null,
    site: titled?.site ?? null,
    byline: null,
    url: /^https?:/.test(doc.URL) ? doc.URL : null,
    lang: null,
  };
  return { meta, text: paragraphs.join('\n\n'), removed };
}
