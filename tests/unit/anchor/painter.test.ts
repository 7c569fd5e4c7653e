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

describe('the fallback painter (browsers without the Highlight API)', () => {
  it('wraps each layer in marks and, on clear, leaves the page exactly as it was', () => {
    const { before, quote, vague } = setup();
    const painter = createPainter(document, true);
    expect(painter.kind).toBe('marks');
    painter.paint('vague', [vague]);
    painter.paint('quote', [quote]);
    const marks = [...document.querySelectorAll('mark[data-sourcelight-mark]')];
    expect(marks.map((m) => m.textContent).join('|')).toBe('“We have a |deal|,”|Critics say it is rushed.');
    painter.setVisible('quote', false);
    expect(document.querySelectorAll('mark[data-sourcelight-mark="quote"]')).toHaveLength(0);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll('p')[0]!.childNodes).toHaveLength(3); // split text nodes joined again
  });

  it('keeps a hidden layer hidden when it is painted again (after re-anchoring)', () => {
    const { quote } = setup();
    const painter = createPainter(document, true);
    painter.setVisible('quote', false);
    painter.paint('quote', [quote]);
    expect(document.querySelectorAll('mark[data-sourcelight-mark="quote"]')).toHaveLength(0);
    expect(document.querySelectorAll('mark[data-sourcelight-mark="hidden"]').length).toBeGreaterThan(0);
    painter.clear();
  });
});

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
    const painter = createPainter(document);
    expect(painter.kind).toBe('highlight-api');
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
