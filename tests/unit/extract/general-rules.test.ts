import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/document';
import { pageFrom } from './fixtures';

const para = (i: number) =>
  `<p>Paragraph ${i}: the transit agency said ridership had recovered to ninety per cent of its earlier level, and officials expect more.</p>`;
const story = (inner: string) =>
  `<html lang="en"><head><title>Transit ridership recovers - Example News</title><meta property="og:site_name" content="Example News"></head>` +
  `<body><nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Transit ridership recovers</h1>${inner}</article></body></html>`;

describe('general rules on any site', () => {
  it('drops a label repeated on every slide of a gallery, once in removed[]', () => {
    const slides = Array.from({ length: 4 }, (_, i) => `${para(i)}<div>Weather threatens holiday plans</div>`).join('');
    const found = extractArticle(pageFrom(story(slides)), 'https://news.example.com/a');
    if (!found.ok) throw new Error('no article');
    expect(found.text).not.toContain('Weather threatens holiday plans');
    expect(found.removed.filter((r) => r.rule === 'repeated-line')).toEqual([{ text: 'Weather threatens holiday plans', rule: 'repeated-line' }]);
    for (let i = 0; i < 4; i++) expect(found.text).toContain(`Paragraph ${i}:`);
  });

  it('drops a widget another extension injected into the article', () => {
    const widget = '<div data-injected-widget="x"><button>Run</button> Click to summarise this article with AI</div>';
    const found = extractArticle(pageFrom(story(para(1) + para(2) + widget + para(3))), null);
    if (!found.ok) throw new Error('no article');
    expect(found.text).not.toContain('summarise');
    expect(found.removed.map((r) => r.rule)).toContain('injected-widget');
  });

  it('drops caption, credit, "Sign up for" and "Read more" lines, keeping the wire credit', () => {
    const inner = [
      para(1),
      '<figure><img src="a.jpg"><figcaption>Riders board a train at Union Station on Monday. (Jane Doe/The Canadian Press)</figcaption></figure>',
      para(2),
      '<p>Sign up for our morning newsletter</p>',
      '<p>Read more: Transit fares to rise in July</p>',
      para(3),
      '<p>With files from The Canadian Press</p>',
    ].join('');
    const found = extractArticle(pageFrom(story(inner)), null);
    if (!found.ok) throw new Error('no article');
    expect(found.removed.map((r) => r.rule)).toEqual(['caption', 'newsletter-signup', 'read-more']);
    expect(found.text.endsWith('With files from The Canadian Press')).toBe(true);
  });

  it('drops the headline and the byline repeated in the body, and reads the site from og:site_name', () => {
    const inner = `<p class="byline">By Jane Doe</p>${para(1)}${para(2)}${para(3)}`;
    const html = story(inner).replace('</head>', '<meta name="author" content="Jane Doe"></head>');
    const found = extractArticle(pageFrom(html), null);
    if (!found.ok) throw new Error('no article');
    expect(found.text.startsWith('Paragraph 1:')).toBe(true);
    expect(found.meta).toMatchObject({ title: 'Transit ridership recovers', site: 'Example News', byline: 'Jane Doe', lang: 'en' });
  });

  it('never reports the site menu as removed boilerplate', () => {
    const found = extractArticle(pageFrom(story(para(1) + para(2) + para(3))), null);
    if (!found.ok) throw new Error('no article');
    expect(found.removed.map((r) => r.text).join(' ')).not.toContain('Home');
  });
});

describe('the anchoring invariant', () => {
  it('never cuts a dropped inline element out of the middle of a paragraph', () => {
    const inner =
      '<p>The minister said <span class="visually-hidden">hidden label</span> the plan would proceed, and officials agreed with her on every point raised.</p>' +
      '<p>Second paragraph of the story, long enough to count as prose for the article check that follows it.</p>' +
      '<p>Third paragraph of the story, long enough to count as prose for the article check that follows it too.</p>';
    const html = `<html><body><article>${inner}</article></body></html>`;
    const found = extractArticle(pageFrom(html), 'https://nationalpost.com/news/x');
    if (!found.ok) throw new Error('no article');
    expect(found.text.split('\n\n')[0]).toBe(
      'The minister said hidden label the plan would proceed, and officials agreed with her on every point raised.',
    );
  });
});

describe('keep selectors', () => {
  it('leaves a Globe body paragraph that a drop selector would have taken with its wrapper', () => {
    const body = (i: number) =>
      `<p class="c-article-body__text">Body paragraph ${i}: the Prime Minister said the talks would continue next week in Washington.</p>`;
    const html =
      `<html><body><article class="l-article">${body(1)}<figure>${body(2)}</figure>${body(3)}` +
      `<figure><img src="a.jpg"><figcaption>A caption.Jane Doe/Reuters</figcaption></figure></article></body></html>`;
    const found = extractArticle(pageFrom(html), 'https://www.theglobeandmail.com/politics/a/');
    if (!found.ok) throw new Error('no article');
    expect(found.text).toContain('Body paragraph 2:');
    expect(found.text).not.toContain('A caption.');
  });
});
