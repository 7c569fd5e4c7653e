import type { Plugin } from 'vite';

/**
 * Readability's debug-log calls are no-ops unless `debug` is set, but their arguments are still
 * worked out: `parse()` serialises the whole article (`"Grabbed: " + articleContent.innerHTML`) on
 * every click only to throw it away, and the messages weigh some 400 B gzipped in the content script.
 * Each `this.log(…)` call in Readability.js becomes `void 0` (an expression, so `if (x) this.log(…);`
 * keeps its shape). Nothing else in the file changes; Node and the tests run Readability untouched.
 */
export function stripReadabilityLogs(): Plugin {
  return {
    name: 'sourcelight:strip-readability-logs',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id.split('?')[0]!)) return null;
      return { code: stripCalls(code, 'this.log('), map: null };
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
