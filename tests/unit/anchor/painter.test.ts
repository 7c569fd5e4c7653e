// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createPainter } from '../../../src/highlight/painter';
import { PassageAnchors } from '../../../src/anchor/passages';

const TEXT = '“We have a deal,” the minister said.\n\nCritics say it is rushed.';

function setup() {
  document.body.innerHTML = '<p>“We have a <em>deal</em>,” the minister said.</p><p>Critics say it is rushed.</p>';
  const before = document.body.innerHTML;
  const q = { start: 0, end: TEXT.indexOf('”') + 1 };
  const v = { start: TEXT.indexOf('Critics'), end: TEXT.length };
  const placed = new PassageAnchors(TEXT, [
    { key: 'q1', span: q },
    { key: 'a0', span: v },
  ]).anchor(document.body, null, document);
  return { before, quote: placed.get('q1')!, vague: placed.get('a0')! };
}

describe('the Highlight API painter', () => {
  it('registers one highlight per layer with sources above quotes, and removes them all on clear', () => {
    const { quote } = setup();
    const registry = new Map<string, { ranges: Range[]; priority?: number }>();
    class FakeHighlight {
      ranges: Range[];
      priority?: number;
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const w = window as unknown as { CSS: unknown; Highlight: unknown };
    w.CSS = { highlights: registry };
    w.Highlight = FakeHighlight;
    const painter = createPainter(document)!;
    expect(painter).not.toBeNull();
    painter.paint('quote', [quote]);
    painter.paint('source', [quote]);
    expect(registry.get('sourcelight-source')!.priority).toBeGreaterThan(registry.get('sourcelight-quote')!.priority!);
    painter.focus(quote);
    expect(registry.has('sourcelight-focus')).toBe(true);
    painter.focus(null);
    expect(registry.has('sourcelight-focus')).toBe(false);
    painter.setVisible('quote', false);
    expect(registry.has('sourcelight-quote')).toBe(false);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('a page without the Highlight API', () => {
  it('gets no painter, and nothing is written into its DOM', () => {
    const { before } = setup();
    const w = window as unknown as { CSS: unknown; Highlight: unknown };
    // A page's own CSS object that does not quack like the API.
    w.CSS = { highlights: { set: 'not a function' } };
    w.Highlight = undefined;
    expect(createPainter(document)).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });
});
