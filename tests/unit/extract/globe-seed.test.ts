import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/document';
import { stripBoilerplateText } from '../../../src/extract/text-rules';
import { FIXTURES, loadPage } from './fixtures';

const dir = join(FIXTURES, 'globe-and-mail');
const gold = JSON.parse(readFileSync(join(dir, 'trump-carney-call.gold.json'), 'utf8')) as {
  title: string;
  boilerplate: string[];
  must_keep: string[];
};
const seedText = readFileSync(join(dir, 'trump-carney-call.txt'), 'utf8');
/** The 27 body paragraphs: the seed's blank-line blocks less the boilerplate the gold lists. */
const bodyParagraphs = seedText
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p !== '' && !gold.boilerplate.some((b) => p.includes(b)));

describe('the Globe and Mail seed article', () => {
  const html = extractArticle(loadPage(join(dir, 'trump-carney-call.html')), null);
  const txt = stripBoilerplateText(seedText);

  it('has 27 body paragraphs once its boilerplate is set aside', () => {
    expect(bodyParagraphs).toHaveLength(27);
  });

  it('gives exactly the 27 body paragraphs from the saved page', () => {
    if (!html.ok) throw new Error('no article');
    expect(html.text.split('\n\n')).toEqual(bodyParagraphs);
  });

  it('gives exactly the 27 body paragraphs from the copied text', () => {
    expect(txt.text.split('\n\n')).toEqual(bodyParagraphs);
  });

  it('keeps the wire credit "With a report from the Associated Press."', () => {
    if (!html.ok) throw new Error('no article');
    expect(html.text.endsWith('With a report from the Associated Press.')).toBe(true);
    expect(txt.text.endsWith('With a report from the Associated Press.')).toBe(true);
  });

  it('keeps every must-keep sentence and leaves no caption, credit, promo or title line', () => {
    if (!html.ok) throw new Error('no article');
    for (const text of [html.text, txt.text]) {
      for (const keep of gold.must_keep) expect(text).toContain(keep);
      for (const junk of gold.boilerplate) expect(text).not.toContain(junk);
    }
  });

  it('reports what it took out of the copied text, each with its rule', () => {
    expect(txt.removed.map((r) => r.rule)).toEqual([
      'globe-gallery-caption',
      'globe-gallery-caption',
      'site-title-line',
      'ai-magic-promo',
    ]);
  });

  it('reports the gallery captions and the promo widget it dropped from the page', () => {
    if (!html.ok) throw new Error('no article');
    const rules = html.removed.map((r) => r.rule);
    expect(rules.filter((r) => r === 'globe-gallery-caption')).toHaveLength(2);
    expect(rules).toContain('injected-widget');
    expect(html.removed.find((r) => r.rule === 'globe-gallery-caption')?.text).toMatch(/^Open this photo in gallery:/);
  });

  it('drops the AI promo when it is a bare paragraph rather than a widget', () => {
    const doc = loadPage(join(dir, 'trump-carney-call.html'));
    const widget = doc.querySelector('[data-injected-widget]');
    if (!widget) throw new Error('fixture has no promo widget');
    const bare = doc.createElement('p');
    bare.textContent = widget.querySelector('span')?.textContent ?? '';
    widget.replaceWith(bare);
    const found = extractArticle(doc, null);
    if (!found.ok) throw new Error('no article');
    expect(found.text.split('\n\n')).toEqual(bodyParagraphs);
    expect(found.removed.find((r) => r.rule === 'ai-magic-promo')?.text).toMatch(/^Click on the Run Some AI Magic button/);
  });

  it('drops the "<headline> - The Globe and Mail" line when the page shows it in the body', () => {
    const doc = loadPage(join(dir, 'trump-carney-call.html'));
    const line = doc.createElement('p');
    line.textContent = `${gold.title} - The Globe and Mail`;
    doc.querySelector('article.l-article p.c-article-body__text')?.after(line);
    const found = extractArticle(doc, null);
    if (!found.ok) throw new Error('no article');
    expect(found.text.split('\n\n')).toEqual(bodyParagraphs);
    expect(found.removed.map((r) => r.rule)).toContain('site-title-line');
  });

  it('leaves out "Report an editorial error" and "Follow related authors and topics"', () => {
    if (!html.ok) throw new Error('no article');
    expect(html.text).not.toContain('Report an editorial error');
    expect(html.text).not.toContain('Follow related authors and topics');
    expect(html.text).not.toContain('Please log in to bookmark this story.');
  });

  it('reads the headline, the site, the byline and the language from the page', () => {
    if (!html.ok) throw new Error('no article');
    expect(html.meta).toMatchObject({
      title: gold.title,
      site: 'The Globe and Mail',
      byline: 'The Globe and Mail',
      url: 'https://www.theglobeandmail.com/politics/article-trump-carney-call-meeting/',
      lang: 'en-CA',
    });
  });
});
