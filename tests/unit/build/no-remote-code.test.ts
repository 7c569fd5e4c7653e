import { describe, expect, it } from 'vitest';
import { BUILDS, scriptsOf } from './built-output';

/** Ways built code could run code it did not ship with, or send or fetch anything. */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'eval', pattern: /\beval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\b/ },
  // `Function("return this")()` is how some bundled libraries find the global object: still code from a string.
  { name: 'Function(string)', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/ },
  { name: 'fetch', pattern: /\bfetch\s*\(/ },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'WebSocket', pattern: /\bWebSocket\b/ },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  { name: 'EventSource', pattern: /\bEventSource\b/ },
  { name: 'importScripts', pattern: /\bimportScripts\b/ },
  { name: 'dynamic import()', pattern: /(?<![\w$.])import\s*\(/ },
  { name: 'a script element', pattern: /createElement(?:NS)?\([^)]{0,60}["'`]script["'`]/ },
];

/**
 * The only http(s) addresses the bundles may contain, none of them ever requested. Each entry says
 * where it comes from; a new address fails the test until someone checks it is never loaded.
 */
const INERT_URL_PREFIXES: { prefix: string; why: string }[] = [
  { prefix: 'http://www.w3.org/2000/svg', why: 'SVG namespace name: Preact and Readability create SVG elements with it' },
  { prefix: 'http://www.w3.org/1999/xhtml', why: 'XHTML namespace name: Preact and Readability compare element namespaces' },
  { prefix: 'http://www.w3.org/1998/Math/MathML', why: 'MathML namespace name: Preact creates MathML elements with it' },
  { prefix: 'https://github.com/wxt-dev/wxt/issues/', why: "text of WXT's error message when the browser API is missing" },
  { prefix: 'https://wxt.dev/guide/', why: "text of WXT's error message when the browser API is missing" },
];

/**
 * Library code that trips a pattern above without reaching the network, cut out before the scan.
 * Each must match its whole construct, so anything added around it is still scanned.
 */
const KNOWN_FALSE_POSITIVES: { name: string; pattern: RegExp; why: string }[] = [
  {
    name: "Vite's modulepreload polyfill",
    // The whole IIFE: bail out where the browser supports modulepreload, else fetch each
    // <link rel="modulepreload"> of the extension's own page (its own chunk files).
    pattern:
      /\(function\(\)\{const \w+=document\.createElement\("link"\)\.relList;if\(\w+&&\w+\.supports&&\w+\.supports\("modulepreload"\)\)return;[^`]{0,900}?fetch\(\w+\.href,\w+\)\}\}\)\(\);/,
    why: 'options page only; fetches link[rel=modulepreload] hrefs of our own HTML, and never runs in Chrome or Firefox, which support modulepreload',
  },
];

const withoutKnownFalsePositives = (code: string): string =>
  KNOWN_FALSE_POSITIVES.reduce((c, { pattern }) => c.replace(pattern, ''), code);

describe.each(BUILDS)('the built %s scripts', (build) => {
  it.each(FORBIDDEN)('never use $name', ({ pattern }) => {
    for (const { file, code } of scriptsOf(build))
      expect(withoutKnownFalsePositives(code), `${build}/${file}`).not.toMatch(pattern);
  });

  it('hold no web address other than namespace names and documentation links in error messages', () => {
    for (const { file, code } of scriptsOf(build)) {
      const urls = code.match(/https?:\/\/[^\s"'`)\\]+/g) ?? [];
      const unexplained = urls.filter((u) => !INERT_URL_PREFIXES.some(({ prefix }) => u.startsWith(prefix)));
      expect(unexplained, `${build}/${file}`).toEqual([]);
    }
  });
});
