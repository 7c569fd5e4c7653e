import { describe, expect, it } from 'vitest';
import { highlightCss, highlightName, LAYERS, SCHEME_NAMES } from '../../../src/highlight/layers';

/** The `::highlight()` rules of a stylesheet, each as selector and declarations. */
const highlightRules = (css: string) =>
  [...css.matchAll(/([^{};]*::highlight\([^)]*\))\s*\{([^}]*)\}/g)].map((m) => ({ selector: m[1]!.trim(), body: m[2]!.trim() }));

describe('highlightCss', () => {
  it('writes every ::highlight() rule on :root for Chromium, which passes highlights down by inheritance', () => {
    const rules = highlightRules(highlightCss('standard', 'root'));
    expect(rules.length).toBeGreaterThanOrEqual(LAYERS.length + 2);
    for (const r of rules) expect(r.selector).toMatch(/^(?:.*,\s*)?:root::highlight\(/);
    expect(highlightCss('standard', 'root')).not.toMatch(/(^|[\s,}])::highlight\(/);
  });

  it('writes the rules on every element for Firefox, which does not inherit them', () => {
    const css = highlightCss('standard', 'every-element');
    expect(css).not.toContain(':root');
    for (const l of LAYERS) expect(css).toContain(`::highlight(${highlightName(l)})`);
  });

  it('gives each layer the same declarations whichever elements carry the rules', () => {
    for (const scheme of SCHEME_NAMES) {
      const root = highlightRules(highlightCss(scheme, 'root')).map((r) => r.body);
      const every = highlightRules(highlightCss(scheme, 'every-element')).map((r) => r.body);
      expect(root).toEqual(every);
    }
  });
});
