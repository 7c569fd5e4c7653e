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

/**
 * Every <meta> by its property, name, itemprop or http-equiv (lower-cased), first one winning. One
 * pass over the tags: a selector per field would walk a whole 5 MB page a dozen times.
 */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.getElementsByTagName('meta')) {
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

const first = (tags: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) {
    const v = tags.get(k);
    if (v) return v;
  }
  return null;
};

type Json = Record<string, unknown>;

/** The article object among a page's JSON-LD blocks (a list, a @graph, or a single object). */
function jsonLdArticle(doc: Document): Json | null {
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
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
  const tags = metaTags(doc);
  const publisher = ld?.publisher && typeof ld.publisher === 'object' ? (ld.publisher as Json) : null;
  let canonical: string | null = null;
  for (const link of doc.getElementsByTagName('link')) {
    if (link.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical')) {
      canonical = clean(link.getAttribute('href'));
      if (canonical) break;
    }
  }
  return {
    title: clean(ld?.headline) ?? first(tags, ['og:title', 'twitter:title']),
    byline: names(ld?.author) ?? first(tags, ['author', 'byl', 'sailthru.author']),
    site: first(tags, ['og:site_name']) ?? clean(publisher?.name),
    published: first(tags, ['article:published_time', 'datepublished', 'pubdate']) ?? clean(ld?.datePublished),
    lang:
      clean(doc.documentElement?.getAttribute('lang')) ??
      clean(ld?.inLanguage) ??
      first(tags, ['content-language', 'language']) ??
      first(tags, ['og:locale'])?.replace('_', '-') ??
      null,
    url: canonical ?? first(tags, ['og:url']),
  };
}
