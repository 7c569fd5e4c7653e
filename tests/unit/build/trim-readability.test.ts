import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKIPPED_METHODS, skipMethods, stripCalls } from '../../../scripts/vite/trim-readability';
import { BUILDS, scriptsOf } from './built-output';

describe('the build step that drops Readability’s debug logs and its attribute rewriting', () => {
  it('replaces each call, strings with parentheses and nested calls included, and nothing else', () => {
    const code = 'if (a) this.log("x (y", f(1)); else g();\nthis.log(`z)`, h(i(2)));\nthis.logger(3);';
    expect(stripCalls(code, 'this.log(')).toBe('if (a) void 0; else g();\nvoid 0;\nthis.logger(3);');
  });

  it('leaves unbalanced text as it was', () => {
    expect(stripCalls('a(); this.log("x"', 'this.log(')).toBe('a(); this.log("x"');
  });

  it('leaves Readability.js valid JavaScript with no log call and no other change of code', () => {
    const src = readFileSync(resolve(import.meta.dirname, '../../../node_modules/@mozilla/readability/Readability.js'), 'utf8');
    const out = stripCalls(src, 'this.log(');
    expect(out).not.toContain('this.log(');
    expect(out).toContain('this.log = ');
    expect(() => new Function('module', out)).not.toThrow();
  });

  it('makes each skipped method return at once and fails loudly on a method Readability no longer has', () => {
    const code = 'class R {\n  _a(x, y) {\n    x.y = 1;\n  }\n  _b() {\n    return 2;\n  }\n}';
    expect(skipMethods(code, ['_a'])).toBe('class R {\n  _a(x, y) { return;\n    x.y = 1;\n  }\n  _b() {\n    return 2;\n  }\n}');
    expect(() => skipMethods(code, ['_c'])).toThrow(/no method _c/);
  });

  it('finds every skipped method in Readability.js and leaves it valid JavaScript', () => {
    const src = readFileSync(resolve(import.meta.dirname, '../../../node_modules/@mozilla/readability/Readability.js'), 'utf8');
    const out = skipMethods(src, SKIPPED_METHODS);
    for (const m of SKIPPED_METHODS) expect(out).toMatch(new RegExp(`\\n  ${m}\\([\\w, ]*\\) \\{ return;`));
    expect(() => new Function('module', out)).not.toThrow();
  });

  it('ships a content script without the serialisation of the article into a log line', () => {
    for (const b of BUILDS) {
      const content = scriptsOf(b).filter((s) => s.file.includes('content-scripts'));
      expect(content.length).toBeGreaterThan(0);
      for (const s of content) {
        expect(s.code).toContain('readability-page-1'); // Readability is in it…
        expect(s.code).not.toContain('Grabbed: '); // …without its log lines
        expect(s.code).not.toContain('javascript:'); // …and without _fixRelativeUris, the only place it is written
      }
    }
  });
});
