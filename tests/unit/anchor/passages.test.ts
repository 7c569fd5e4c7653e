// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { PassageAnchors, readPage, type Passage } from '../../../src/anchor/passages';

/** The analysis text as extraction gives it: paragraphs joined by a blank line. */
const PARAGRAPHS = [
  '“We have a deal,” the minister said on Tuesday.',
  'He added that “nothing is final” until the vote.',
  'One senior official said the talks had stalled.',
];
const TEXT = PARAGRAPHS.join('\n\n');
const spanOf = (words: string, from = 0): Passage['span'] => {
  const start = TEXT.indexOf(words, from);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { start, end: start + words.length };
};

function page(): HTMLElement {
  document.body.innerHTML = `
    <header><h1>Deal or no deal</h1></header>
    <article>
      <p>“We have a <em>deal</em>,”   the minister
         said on Tuesday.</p>
      <p>He added that “nothing is final” until the vote.</p>
      <p>One senior official said the talks had stalled.</p>
    </article>`;
  return document.body;
}

const passages: Passage[] = [
  { key: 'q1', span: spanOf('“We have a deal,”') },
  { key: 'q2', span: spanOf('“nothing is final”') },
  { key: 'm1', span: spanOf('He') },
  { key: 'a0', span: spanOf('One senior official said the talks had stalled.') },
];
const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe('PassageAnchors', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = page();
  });

  it('maps each span of the analysis text to a Range over the same words, across inline markup and spacing', () => {
    const placed = new PassageAnchors(TEXT, passages).anchor(root, null, document);
    expect(squash(placed.get('q1')?.toString())).toBe('“We have a deal,”');
    expect(placed.get('q2')?.toString()).toBe('“nothing is final”');
    expect(placed.get('m1')?.toString()).toBe('He');
    expect(placed.get('a0')?.toString()).toBe('One senior official said the talks had stalled.');
  });

  it('places the passages the same way from a reading of the page made before the analysis came back', () => {
    const reading = readPage(TEXT, root, null);
    const early = new PassageAnchors(TEXT, passages).anchor(root, null, document, reading);
    const late = new PassageAnchors(TEXT, passages).anchor(root, null, document);
    for (const p of passages) expect(early.get(p.key)?.toString(), p.key).toBe(late.get(p.key)?.toString());
    expect([...early.values()].filter(Boolean).length).toBe(passages.length);
  });

  it('finds every passage on its words again after a paragraph is inserted above them', () => {
    const anchors = new PassageAnchors(TEXT, passages);
    anchors.anchor(root, null, document);
    const banner = document.createElement('p');
    banner.textContent = 'He said we use cookies. “We have a deal,” says our newsletter.';
    root.querySelector('article')!.prepend(banner);
    const again = anchors.reanchor(root, null, document);
    for (const p of passages) {
      const r = again.get(p.key)!;
      expect(r, p.key).not.toBeNull();
      expect(banner.contains(r.startContainer), `${p.key} moved into the banner`).toBe(false);
      expect(squash(r.toString())).toBe(squash(TEXT.slice(p.span.start, p.span.end)));
    }
  });

  it('reports a passage whose paragraph was removed as not found, and keeps the others', () => {
    const anchors = new PassageAnchors(TEXT, passages);
    anchors.anchor(root, null, document);
    root.querySelectorAll('p')[1]!.remove();
    const again = anchors.reanchor(root, null, document);
    expect(again.get('q2')).toBeNull();
    expect(again.get('m1')).toBeNull();
    expect(again.get('q1')).not.toBeNull();
    expect(again.get('a0')?.toString()).toBe('One senior official said the talks had stalled.');
  });

  it('places a passage that was missing at first once its paragraph loads (a lazy-loaded page)', () => {
    const last = root.querySelectorAll('p')[2]!;
    last.remove();
    const anchors = new PassageAnchors(TEXT, passages);
    expect(anchors.anchor(root, null, document).get('a0')).toBeNull();
    root.querySelector('article')!.append(last);
    expect(anchors.reanchor(root, null, document).get('a0')?.toString()).toBe(
      'One senior official said the talks had stalled.',
    );
  });

  it('never anchors inside the excluded element (the sidebar host)', () => {
    const host = document.createElement('div');
    host.textContent = PARAGRAPHS.join(' ');
    root.prepend(host);
    const placed = new PassageAnchors(TEXT, passages).anchor(root, host, document);
    for (const r of placed.values()) expect(host.contains(r!.startContainer)).toBe(false);
  });
});
