/**
 * What a page says about its article in its metadata: JSON-LD (NewsArticle and kin), Open Graph and
 * article: tags, <meta name=author>, <html lang>. Used where Readability finds nothing.
 */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  site: string | null;
  published: string | null;
  lang: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

const clean = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const s of selectors) {
    const v = clean(doc.querySelector(s)?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

type Json = Record<string, unknown>;

/** The article object among a page's JSON-LD blocks (a list, a @graph, or a single object). */
function jsonLdArticle(doc: Document): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the other sources still count
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Json;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
        const types = ([] as unknown[]).concat(o['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage')) return o;
      }
    }
  }
  return null;
}

/** "Jane Doe", {name}, or a list of either → "Jane Doe and John Roe". */
function names(v: unknown): string | null {
  const list = ([] as unknown[]).concat(v ?? []);
  const out = list
    .map((a) => (typeof a === 'string' ? clean(a) : a && typeof a === 'object' ? clean((a as Json).name) : null))
    .filter((n): n is string => n !== null && !/^https?:/.test(n));
  if (out.length === 0) return null;
  return out.length === 1 ? out[0]! : `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}`;
}

export function readMetadata(doc: Document): PageMetadata {
  const ld = jsonLdArticle(doc);
  const publisher = ld?.publisher && typeof ld.publisher === 'object' ? (ld.publisher as Json) : null;
  const lang =
    clean(doc.documentElement?.getAttribute('lang')) ??
    clean(ld?.inLanguage) ??
    metaContent(doc, ['meta[http-equiv="content-language"]', 'meta[http-equiv="Content-Language"]', 'meta[name="language"]']) ??
    metaContent(doc, ['meta[property="og:locale"]'])?.replace('_', '-') ??
    null;
  return {
    title: clean(ld?.headline) ?? metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    byline: names(ld?.author) ?? metaContent(doc, ['meta[name="author"]', 'meta[name="byl"]', 'meta[name="sailthru.author"]']),
    site: metaContent(doc, ['meta[property="og:site_name"]']) ?? clean(publisher?.name),
    published:
      metaContent(doc, ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]']) ??
      clean(ld?.datePublished),
    lang,
    url:
      clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      metaContent(doc, ['meta[property="og:url"]']),
  };
}
