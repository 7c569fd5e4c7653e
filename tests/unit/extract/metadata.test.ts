import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../src/extract/metadata';
import { pageFrom } from './fixtures';

const head = (inner: string, htmlAttrs = '') => pageFrom(`<html ${htmlAttrs}><head>${inner}</head><body><p>x</p></body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readMetadata', () => {
  it('reads headline, authors, publisher and date from a NewsArticle inside a JSON-LD @graph', () => {
    const doc = head(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Page' },
          {
            '@type': 'NewsArticle',
            headline: 'Russia hits Kyiv with ballistic missile',
            author: [{ '@type': 'Person', name: 'Samya Kullab' }, { name: 'Vasilisa Stepanenko' }],
            publisher: { '@type': 'Organization', name: 'Global News' },
            datePublished: '2026-05-24T10:05:10-04:00',
            inLanguage: 'en-US',
          },
        ],
      }),
    );
    expect(readMetadata(doc)).toMatchObject({
      title: 'Russia hits Kyiv with ballistic missile',
      byline: 'Samya Kullab and Vasilisa Stepanenko',
      site: 'Global News',
      published: '2026-05-24T10:05:10-04:00',
      lang: 'en-US',
    });
  });

  it('falls back to Open Graph, article: and author tags when the JSON-LD is broken', () => {
    const doc = head(
      '<script type="application/ld+json">{ not json</script>' +
        '<meta property="og:title" content="A headline"><meta property="og:site_name" content="The Globe and Mail">' +
        '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2025-04-29T18:00:00-04:00">' +
        '<meta property="og:locale" content="fr_CA"><link rel="canonical" href="https://example.com/a">',
    );
    expect(readMetadata(doc)).toEqual({
      title: 'A headline',
      byline: 'Jane Doe',
      site: 'The Globe and Mail',
      published: '2025-04-29T18:00:00-04:00',
      lang: 'fr-CA',
      url: 'https://example.com/a',
    });
  });

  it('takes the language from <html lang> first and ignores author URLs', () => {
    const doc = head(ld({ '@type': 'Article', author: 'https://example.com/staff/jd' }), 'lang="fr"');
    expect(readMetadata(doc)).toMatchObject({ lang: 'fr', byline: null });
  });

  it('gives nulls for a page with no metadata at all', () => {
    expect(readMetadata(pageFrom(''))).toEqual({ title: null, byline: null, site: null, published: null, lang: null, url: null });
  });
});
