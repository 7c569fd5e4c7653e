import { describe, expect, it } from 'vitest';
import { articleRoot } from '../../../src/extract/article-root';
import { extractArticle } from '../../../src/extract/document';
import { pageFrom } from './fixtures';

const sentence = (i: number) => `Residents of the valley said on day ${i} that the new bridge had cut their trip to the market by an hour.`;
const story = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p>${sentence(from + i)} ${sentence(from + i + 1)}</p>`).join('');
const teasers = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Teaser ${i}</a><p>Short blurb ${i}.</p></li>`).join('');

describe('the part of a page Readability reads', () => {
  it('is the innermost element holding nearly all the paragraph text, with the headline beside it', () => {
    const doc = pageFrom(
      `<html><body><header><h1>Daily Valley</h1></header><main><div id="story"><h1>Bridge cuts trips</h1><div id="body">${story(12)}</div></div>` +
        `<aside><ul>${teasers(3)}</ul></aside></main></body></html>`,
    );
    expect(articleRoot(doc)?.id).toBe('story');
  });

  it('is the paragraphs’ element alone when the only <h1> is the site’s logo in the page header', () => {
    const doc = pageFrom(`<html><body><header><h1>Daily Valley</h1></header><main><div id="body">${story(12)}</div></main></body></html>`);
    expect(articleRoot(doc)?.id).toBe('body');
  });

  it('is none when the paragraphs are spread over several stories, so the whole page is read', () => {
    const doc = pageFrom(`<html><body><article>${story(4)}</article><article>${story(4, 10)}</article><article>${story(4, 20)}</article></body></html>`);
    expect(articleRoot(doc)).toBeNull();
  });

  it('is not the comments when the article is set in a <div> with <br>s and only the comments in <p>s', () => {
    const article = Array.from({ length: 8 }, (_, i) => `${sentence(i)} ${sentence(i + 1)}`).join('<br><br>');
    const comments = Array.from({ length: 6 }, (_, i) => `<li><p>Comment ${i}: ${sentence(40 + i)}</p></li>`).join('');
    const doc = pageFrom(`<html><body><div id="post">${article}</div><ol id="comments">${comments}</ol></body></html>`);
    const root = articleRoot(doc);
    expect(root === null || root.contains(doc.getElementById('post'))).toBe(true);
    const got = extractArticle(doc, null);
    expect(got.ok && got.text).toContain(sentence(3));
  });

  it('is none on a page with too little paragraph text to judge', () => {
    expect(articleRoot(pageFrom('<html><body><div><p>One short line.</p></div></body></html>'))).toBeNull();
  });
});

describe('extractArticle reading only that part', () => {
  const page = (extra = '') =>
    pageFrom(
      `<html><head><title>Valley bridge opens | Daily Valley</title><meta name="author" content="Ann Writer"></head><body>` +
        `<nav><a href="/">Home</a></nav><main><div id="story"><h1>Bridge cuts trips to market by an hour</h1>${extra}<div id="body">${story(12)}</div></div>` +
        `<aside><ul>${teasers(3)}</ul></aside></main><footer><p>Copyright Daily Valley.</p></footer></body></html>`,
      'https://valley.example/bridge',
    );

  it('keeps the article text and leaves the teasers and the footer out', () => {
    const got = extractArticle(page(), null);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.text).toContain(sentence(0));
    expect(got.text).toContain(sentence(12));
    expect(got.text).not.toContain('Short blurb');
    expect(got.text).not.toContain('Copyright');
  });

  it('still reads the metadata the page keeps in <body> (a headline in og:title that <title> lacks)', () => {
    const doc = page();
    doc.body.insertAdjacentHTML('beforeend', '<meta property="og:title" content="Valley bridge opens after ten years">');
    const got = extractArticle(doc, null);
    expect(got.ok && got.meta.title).toBe('Valley bridge opens after ten years');
  });
});
