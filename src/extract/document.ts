import Readability from '@mozilla/readability/Readability.js';
import type { ArticleMeta, Removed } from '../model/analysis';
import { blocksOf } from './blocks';
import { looksLikeArticle } from './is-article';
import { articleRoot } from './article-root';
import { readMetadata, type PageMetadata } from './metadata';
import { GENERAL, profileFor, siteNameFor, type DropRule, type SiteProfile } from './site-rules';
import { extractPlainTextDocument } from './plain-text-document';
import { matchLineRule } from './text-rules';

export type Extraction =
  | { ok: true; meta: ArticleMeta; text: string; removed: Removed[] }
  | { ok: false; reason: 'no-article' };

const NO_ARTICLE: Extraction = { ok: false, reason: 'no-article' };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function hostOf(url: string | null, doc: Document): string {
  for (const u of [url, doc.URL]) {
    try {
      if (u) return new URL(u).hostname;
    } catch {
      // a file path from the CLI or about:blank: no host, profiles then match by site name
    }
  }
  return '';
}

/** Where Readability finds a page's metadata (byline, excerpt, site name, JSON-LD). */
const PAGE_METADATA = 'meta, script[type="application/ld+json"]';

/** A fresh document with copies of `roots` (in page order) in one <article>, and copies of the page's metadata. */
function documentOf(doc: Document, roots: Element[], withMetadata: boolean): Document {
  const out = doc.implementation.createHTMLDocument(doc.title);
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) out.documentElement.setAttribute('lang', lang);
  // Readability reads every <meta> and JSON-LD script of the document, wherever it sits (some pages keep them in <body>).
  if (withMetadata) for (const el of doc.querySelectorAll(PAGE_METADATA)) if (!roots.some((r) => r.contains(el))) out.head.appendChild(out.importNode(el, true));
  const article = out.createElement('article');
  for (const el of roots) article.appendChild(out.importNode(el, true));
  out.body.appendChild(article);
  return out;
}

/**
 * The document Readability works on, never the live one. When the profile's article blocks are on
 * the page, a fresh document holding copies of just those (in page order): Readability then cannot
 * pick a menu or a subscription pitch, and the rest of the page is never copied. Otherwise, when one
 * element holds nearly all the page's paragraphs, a copy of that element with the page's
 * metadata (where Readability finds the byline and the site's name). Otherwise a clone.
 */
function candidateDocument(doc: Document, profile: SiteProfile | null): Document {
  const found = profile?.content?.length ? [...doc.querySelectorAll(profile.content.join(','))] : [];
  // Outermost matches only: a block inside another comes with it.
  const roots = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  if (roots.length > 0) return documentOf(doc, roots, false);
  const root = articleRoot(doc);
  return root ? documentOf(doc, [root], true) : (doc.cloneNode(true) as Document);
}

/** Replaces each wrapper by its children: the text and its order stay as they are. */
function unwrap(clone: Document, selectors: string[] | undefined): void {
  if (!selectors?.length) return;
  for (const el of clone.querySelectorAll(selectors.join(','))) el.replaceWith(...el.childNodes);
}

/** Elements that flow inside a sentence: dropping one could cut text out of the middle of a paragraph. */
const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'EM', 'I', 'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/** An inline element with text of its own beside it: part of a paragraph, which must stay one run of the page. */
function insideSentence(el: Element): boolean {
  if (!INLINE.has(el.tagName.toUpperCase()) || !el.parentElement) return false;
  return collapse(el.parentElement.textContent ?? '') !== collapse(el.textContent ?? '');
}

/** Removes the profile's and the general drop selectors from the clone, reporting each in `removed`. */
function dropElements(clone: Document, rules: DropRule[], keep: string[], removed: Removed[]): void {
  if (rules.length === 0 || !clone.body) return;
  const keepSelector = keep.join(',');
  // One pass over the tree for all selectors; the rule is found per match.
  for (const el of clone.body.querySelectorAll(rules.map((r) => r.selector).join(','))) {
    if (!clone.body.contains(el)) continue; // inside an element already dropped
    if (keepSelector && (el.matches(keepSelector) || el.querySelector(keepSelector))) continue;
    if (insideSentence(el)) continue;
    const rule = rules.find((r) => el.matches(r.selector));
    el.remove();
    if (rule?.quiet) continue;
    // Its shown text, block by block: no script (Global News ad slots hold their loader code).
    const text = blocksOf(el).join(' ');
    if (text) removed.push({ text, rule: rule?.rule ?? 'boilerplate' });
  }
}

/** A paragraph that repeats the headline or the byline already given in the metadata. */
function repeatsMeta(paragraph: string, meta: { title: string | null; byline: string | null }): string | null {
  const p = paragraph.toLowerCase();
  if (meta.title && p === meta.title.toLowerCase()) return 'repeated-title';
  const by = meta.byline?.toLowerCase();
  // "Yasmine Hassan · CBC News", "By Samya Kullab and …": the byline again, with at most an outlet after it.
  if (by && by.length >= 4 && p.replace(/^by\s+/, '').startsWith(by) && p.length <= by.length + 40 && !/[.!?]["”’]?$/.test(p)) {
    return 'repeated-byline';
  }
  return null;
}

/** A short label three times or more ("Weather threatens holiday plans" on each slide of a CNN gallery). */
const REPEATED_LINE = { maxChars: 100, minCount: 3 };

function dropRepeatedLines(paragraphs: string[], removed: Removed[]): void {
  const counts = new Map<string, number>();
  for (const p of paragraphs) if (p.length <= REPEATED_LINE.maxChars) counts.set(p, (counts.get(p) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([p, n]) => n >= REPEATED_LINE.minCount && !/[.!?]["”’]?$/.test(p)).map(([p]) => p));
  if (repeated.size === 0) return;
  for (let i = paragraphs.length - 1; i >= 0; i--) if (repeated.has(paragraphs[i]!)) paragraphs.splice(i, 1);
  for (const p of repeated) removed.push({ text: p, rule: 'repeated-line' });
}

function linkText(root: Element): number {
  let n = 0;
  for (const a of root.querySelectorAll('a')) n += collapse(a.textContent ?? '').length;
  return n;
}

const BAD_BYLINE = /^(?:photo|image|video|file)\b|^https?:/i;

/** Readability's byline without a leading "By" or stray punctuation; null when it is a credit or a paragraph. */
function cleanByline(raw: string | null | undefined): string | null {
  const b = collapse(raw ?? '').replace(/^[\s,;:|·•–—-]*(?:by\s+)?/i, '').trim();
  return b === '' || b.length > 200 || BAD_BYLINE.test(b) ? null : b;
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "Headline | AP News", "Headline - Telegraph": the site's name after the headline goes. */
function withoutSiteSuffix(title: string, site: string | null, host: string): string {
  // The last " | " or " - " (a plain scan: a regex here backtracks polynomially on long titles).
  let cut = -1;
  for (let i = title.length - 3; i >= 8; i--)
    if ('|-–—'.includes(title[i]!) && /\s/.test(title[i - 1]!) && /\s/.test(title[i + 1]!)) {
      cut = i;
      break;
    }
  if (cut < 0) return title;
  const head = title.slice(0, cut).trimEnd();
  const tail = title.slice(cut + 1).trim();
  if (head.length < 8 || tail.length < 2 || tail.length > 40) return title;
  const suffix = letters(tail);
  const known = [letters(site ?? ''), letters(host)].filter((k) => k.length >= 2);
  return suffix && known.some((k) => k.includes(suffix) || suffix.includes(k)) ? head : title;
}

function metaOf(
  article: { title?: string | null; byline?: string | null; lang?: string | null },
  page: PageMetadata,
  profile: SiteProfile | null,
  url: string | null,
  host: string,
  doc: Document,
): ArticleMeta {
  const site = siteNameFor(profile, page.site);
  const title = collapse(article.title ?? '') || page.title;
  return {
    title: title ? withoutSiteSuffix(title, page.site ?? site, host) : null,
    site,
    byline: cleanByline(article.byline) ?? cleanByline(profile?.byline ? doc.querySelector(profile.byline)?.textContent : null) ?? page.byline,
    url: url ?? page.url ?? (/^https?:/.test(doc.URL) ? doc.URL : null),
    lang: collapse(article.lang ?? '') || page.lang,
  };
}

function extract(doc: Document, url: string | null): Extraction {
  if (!doc.documentElement || !doc.body) return NO_ARTICLE;
  if (doc.contentType === 'text/plain') {
    const plain = extractPlainTextDocument(doc);
    return plain ? { ok: true, ...plain } : NO_ARTICLE;
  }
  const page = readMetadata(doc);
  const host = hostOf(url ?? page.url, doc);
  const profile = profileFor(host, page.site);
  const clone = candidateDocument(doc, profile);
  const removed: Removed[] = [];
  unwrap(clone, profile?.unwrap);
  dropElements(clone, [...GENERAL, ...(profile?.drop ?? [])], profile?.keep ?? [], removed);
  // The serializer hands back Readability's article element itself: no HTML string is parsed again.
  const article = new Readability<Element>(clone, { keepClasses: false, serializer: (el) => el as Element }).parse();
  if (!article?.content) return NO_ARTICLE;
  const meta = metaOf(article, page, profile, url, host, doc);
  const paragraphs: string[] = [];
  for (const b of blocksOf(article.content)) {
    const rule = matchLineRule(b, profile?.lines) ?? repeatsMeta(b, meta);
    if (rule) removed.push({ text: b, rule });
    else paragraphs.push(b);
  }
  dropRepeatedLines(paragraphs, removed);
  if (!looksLikeArticle(paragraphs, linkText(article.content))) return NO_ARTICLE;
  return { ok: true, meta, text: paragraphs.join('\n\n'), removed };
}

/**
 * The article of a document: site rules on a clone, Readability on the clone, then the paragraph
 * rules. The live document is never touched. Never throws: a page Readability cannot read (broken
 * markup, a document without a body) has no article.
 */
export function extractArticle(doc: Document, url: string | null = null): Extraction {
  try {
    return extract(doc, url);
  } catch {
    return NO_ARTICLE;
  }
}
