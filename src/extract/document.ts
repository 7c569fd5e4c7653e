import { Readability } from '@mozilla/readability';
import type { ArticleMeta, Removed } from '../model/analysis';
import { blocksOf } from './blocks';
import { GENERAL_DROP, profileFor } from './site-rules';
import { matchLineRule } from './text-rules';

export type Extraction =
  | { ok: true; meta: ArticleMeta; text: string; removed: Removed[] }
  | { ok: false; reason: 'no-article' };

/** Fewer characters than this is a teaser, a video caption or navigation, not an article. */
const MIN_ARTICLE_CHARS = 250;

const metaContent = (doc: Document, ...selectors: string[]): string | null => {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
};

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The article of a document: site rules on a clone, Readability on the clone, then the text-level
 * rules per paragraph. The live document is never touched.
 */
export function extractArticle(doc: Document, url: string | null = null): Extraction {
  const clone = doc.cloneNode(true) as Document;
  const removed: Removed[] = [];
  let host = '';
  try {
    host = new URL(url ?? doc.URL).hostname;
  } catch {
    // about:blank, file paths from the CLI: no host, profiles match by site name
  }
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  const profile = profileFor(host, siteName);
  for (const { selector, rule } of [...GENERAL_DROP, ...(profile?.drop ?? [])]) {
    for (const el of clone.querySelectorAll(selector)) {
      const text = collapse(el.textContent ?? '');
      if (text) removed.push({ text, rule });
      el.remove();
    }
  }
  // The serializer hands back Readability's article element itself: no HTML string is parsed again.
  const article = new Readability<Element>(clone, { keepClasses: false, serializer: (el) => el as Element }).parse();
  if (!article?.content) return { ok: false, reason: 'no-article' };
  const holder = article.content;
  const blocks: string[] = [];
  for (const b of blocksOf(holder)) {
    const rule = matchLineRule(b);
    if (rule) removed.push({ text: b, rule });
    else blocks.push(b);
  }
  const text = blocks.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) return { ok: false, reason: 'no-article' };
  const meta: ArticleMeta = {
    title: collapse(article.title ?? '') || metaContent(doc, 'meta[property="og:title"]') || null,
    site: article.siteName ?? siteName ?? profile?.name ?? null,
    byline: article.byline ? collapse(article.byline) : metaContent(doc, 'meta[name="author"]'),
    url: url ?? metaContent(doc, 'meta[property="og:url"]') ?? (doc.URL.startsWith('http') ? doc.URL : null),
    lang: article.lang ?? (doc.documentElement.getAttribute('lang') || null),
  };
  return { ok: true, meta, text, removed };
}
