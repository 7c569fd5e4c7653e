// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../../src/extract/document';

const SEED = readFileSync(new URL('../../fixtures/globe-and-mail/trump-carney-call.txt', import.meta.url), 'utf8');

/** What a browser makes of a .txt file: one <pre> holding the text (jsdom cannot load text/plain itself). */
function textDocument(text: string): Document {
  const dom = new JSDOM('', { url: 'http://127.0.0.1/article.txt' });
  const doc = dom.window.document;
  Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
  const pre = doc.createElement('pre');
  pre.textContent = text;
  doc.body.append(pre);
  return doc;
}

describe('a plain-text document opened in the browser', () => {
  it('reads its blank-line paragraphs as the article and drops the boilerplate lines', () => {
    const doc = textDocument(SEED);
    expect(doc.contentType).toBe('text/plain');
    const found = extractArticle(doc, null);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.text.split('\n\n')).toHaveLength(27);
    expect(found.text).toContain('With a report from the Associated Press.');
    expect(found.text).not.toContain('Open this photo in gallery');
    expect(found.text).not.toContain('Run Some AI Magic');
    expect(found.meta.site).toBe('The Globe and Mail');
  });

  it('says there is no article in a short note', () => {
    expect(extractArticle(textDocument('Shopping list:\n\neggs\n\nmilk\n'), null).ok).toBe(false);
  });
});
