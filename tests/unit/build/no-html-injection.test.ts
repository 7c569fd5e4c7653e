import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './built-output';

/** Every DOM sink that parses a string as HTML: page text must reach the DOM only as text nodes. */
const HTML_SINKS: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML / outerHTML assignment', pattern: /\.(?:inner|outer)HTML\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(?:ln)?\s*\(/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'setHTMLUnsafe', pattern: /\bsetHTMLUnsafe\b/ },
  { name: 'iframe srcdoc', pattern: /\bsrcdoc\b/i },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|jsx|mts)$/.test(e.name) ? [path] : [];
  });
}

describe('the product source (src/ and entrypoints/)', () => {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))];

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(HTML_SINKS)('never uses $name', ({ pattern }) => {
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
