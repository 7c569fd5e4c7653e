import type { Plugin } from 'vite';

/**
 * Readability's debug-log calls are no-ops unless `debug` is set, but their arguments are still
 * worked out: `parse()` serialises the whole article (`"Grabbed: " + articleContent.innerHTML`) on
 * every click only to throw it away, and the messages weigh some 400 B gzipped in the content script.
 * Each `this.log(…)` call in Readability.js becomes `void 0` (an expression, so `if (x) this.log(…);`
 * keeps its shape).
 *
 * Readability also rewrites attributes of the article it hands back, which we only read the text of
 * (src/extract/blocks.ts) and then throw away with the copy of the page it came from: it resolves
 * every link and image address against the page's (`_fixRelativeUris`) and strips every `class`
 * (`_cleanClasses`). Those two methods return at once: every element of the article is no longer
 * walked twice more on each click, and 0.3 kB gzipped leave the content script. Neither changes a
 * character of text: extractArticle's result on the 58 corpus pages and the test fixtures was
 * compared field by field with and without this, and was the same.
 *
 * Nothing else in the file changes; Node and the tests run Readability untouched.
 */
export const SKIPPED_METHODS = ['_fixRelativeUris', '_cleanClasses'] as const;

export function trimReadability(): Plugin {
  return {
    name: 'sourcelight:trim-readability',
    transform(code, id) {
      // The file itself only: with a query (`?commonjs-es-import`) the id is the bundler's proxy module.
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      return { code: skipMethods(stripCalls(code, 'this.log('), SKIPPED_METHODS), map: null };
    },
  };
}

/** Replaces every call that starts with `head` (which ends in its opening parenthesis) with `void 0`. */
export function stripCalls(code: string, head: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const at = code.indexOf(head, from);
    if (at < 0) return out + code.slice(from);
    // Walk to the matching parenthesis, stepping over strings (a message may hold a parenthesis).
    let depth = 0;
    let quote = '';
    let j = at + head.length - 1;
    for (; j < code.length; j++) {
      const c = code[j]!;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (j >= code.length) return out + code.slice(from); // unbalanced: leave the rest as it is
    out += `${code.slice(from, at)}void 0`;
    from = j + 1;
  }
}

/**
 * Makes each named method (declared as `  name(args) {` in a class body) return at once; its body
 * stays, unreachable, for the minifier to drop. A name that is not found is an error: a new
 * Readability that renamed one must not pass unnoticed.
 */
export function skipMethods(code: string, names: readonly string[]): string {
  let out = code;
  for (const name of names) {
    const at = out.search(new RegExp(`\\n {2}${name}\\([\\w, ]*\\) \\{`));
    if (at < 0) throw new Error(`trim-readability: no method ${name} in Readability.js`);
    const open = out.indexOf('{', at);
    out = `${out.slice(0, open + 1)} return;${out.slice(open + 1)}`;
  }
  return out;
}
