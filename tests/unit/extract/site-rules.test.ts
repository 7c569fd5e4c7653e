import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/document';
import { pageTextOf, paragraphsNotInPage } from '../../../src/extract/page-text';
import { loadPage, siteFixtures, squeeze } from './fixtures';

// One block per saved page: the site's rules take out its boilerplate and leave the article whole.
for (const fx of siteFixtures()) {
  describe(`site rules on ${fx.name}`, () => {
    const doc = loadPage(join(fx.dir, 'page.html'), fx.url);
    const found = extractArticle(doc, fx.url);
    if (!found.ok) throw new Error(`${fx.name}: no article`);
    const text = squeeze(found.text);

    it('keeps every paragraph of the gold article', () => {
      const missing = fx.goldParagraphs.filter((p) => p.trim() !== '' && !text.includes(squeeze(p)));
      expect(missing).toEqual([]);
    });

    for (const d of fx.dropped) {
      it(`takes out "${d.text.slice(0, 60)}" as ${d.rule}`, () => {
        expect(text).not.toContain(squeeze(d.text));
        // "outside-content": left out with the rest of the page when the profile's content blocks are found.
        if (d.rule === 'outside-content') return;
        expect(found.removed.some((r) => r.rule === d.rule && squeeze(r.text).includes(squeeze(d.text)))).toBe(true);
      });
    }

    it(`names the site "${fx.site}" and the byline "${fx.byline}"`, () => {
      expect(found.meta).toMatchObject({ site: fx.site, byline: fx.byline });
    });

    it('gives only paragraphs that are runs of the page text (the anchoring invariant)', () => {
      for (const p of found.text.split('\n\n')) expect(p).toMatch(/^\S(?:[^\n]*\S)?$/);
      expect(paragraphsNotInPage(found.text, pageTextOf(doc.documentElement))).toEqual([]);
    });

    it('leaves the live page untouched', () => {
      const again = loadPage(join(fx.dir, 'page.html'), fx.url);
      expect(doc.body.innerHTML.length).toBe(again.body.innerHTML.length);
    });
  });
}
