import { ABBREVIATIONS } from './abbreviations';
import type { Span } from '../model/analysis';

/** Paragraphs: maximal runs of text between line breaks (CRLF, LF or CR), trimmed. Linear. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  const n = text.length;
  // Without a CR the line ends are found by the native indexOf, not a loop over every character. The
  // CR test is a regex: after an indexOf here, TurboFan (Node 20) made each indexOf below cost the whole text.
  const lfOnly = !/\r/.test(text);
  while (i < n) {
    let j: number;
    if (lfOnly) {
      j = text.indexOf('\n', i);
      if (j < 0) j = n;
    } else {
      j = i;
      while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    }
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a);
}

/** Closing marks a sentence end may carry: " ” ’ » ) ] ' (by char code: the scan reads codes). */
function isCloser(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 39;
}

const OPENS_SENTENCE = /[\p{Lu}\p{N}“"‘«([¿¡]/u;

/** What may open a sentence: a capital, a digit or an opening mark; ASCII by code, the rest by one Unicode test. */
function opensSentence(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 40 || c === 91;
  return OPENS_SENTENCE.test(String.fromCharCode(c));
}

/**
 * Sentences of one paragraph. A boundary is [.!?] (plus closing marks) followed by space and a
 * capital, digit or opening mark, unless the word before the period is an abbreviation or an
 * initial ("Mr. Hoekstra", "U.S. officials", "J. Smith"). Our own scanner rather than
 * Intl.Segmenter: it knows newsroom abbreviations, and it is linear on any paragraph length
 * (the segmenter is quadratic on long strings in Node 20).
 */
export function sentences(text: string, para: Span): Span[] {
  const local = text.slice(para.start, para.end);
  // Scripts whose sentences end in other marks (。！？ ؟ ।): Intl.Segmenter knows them. Per paragraph
  // and only up to a bounded length, because the segmenter is quadratic on long strings in Node 20.
  if (para.end - para.start <= SEGMENTER_MAX && textHoldsOtherTerminator(text) && OTHER_TERMINATORS.test(local)) {
    const segmented = segmentSentences(text, para);
    if (segmented) return segmented;
  }
  const out: Span[] = [];
  let start = para.start;
  const end = para.end;
  const base = para.start;
  // The next . ! ? come from the native indexOf (within this paragraph's slice), not a loop over every character.
  let dot = local.indexOf('.');
  let bang = local.indexOf('!');
  let ques = local.indexOf('?');
  let from = 0;
  for (;;) {
    if (dot >= 0 && dot < from) dot = local.indexOf('.', from);
    if (bang >= 0 && bang < from) bang = local.indexOf('!', from);
    if (ques >= 0 && ques < from) ques = local.indexOf('?', from);
    const at = firstOf(dot, bang, ques);
    if (at < 0) break;
    const i = base + at;
    const c = text.charCodeAt(i);
    let j = i + 1;
    for (let d = text.charCodeAt(j); j < end && (d === 46 || d === 33 || d === 63); d = text.charCodeAt(++j));
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j >= end) break;
    if (!isSpace(text.charCodeAt(j))) {
      from = j - base;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!opensSentence(text.charCodeAt(k)) || (c === 46 && j === i + 1 && isAbbreviationBefore(text, i, para.start))) {
      from = j - base;
      continue;
    }
    out.push({ start, end: j });
    start = k;
    from = k - base;
  }
  if (start < end) out.push({ start, end });
  return out;
}

/** The smallest of three positions, -1 standing for "none". */
function firstOf(a: number, b: number, c: number): number {
  let m = a;
  if (b >= 0 && (m < 0 || b < m)) m = b;
  if (c >= 0 && (m < 0 || c < m)) m = c;
  return m;
}

/** Module constants (esbuild, as tsx runs it, compiles a \p{…} literal to `new RegExp`: inside a function it was rebuilt on every call). */
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;

function isLetterOrDot(c: number): boolean {
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_RE.test(String.fromCharCode(c));
}

const SEGMENTER_MAX = 5000;
const OTHER_TERMINATORS = /[。！？؟।]/;

/** The text last asked about, and whether it holds one of OTHER_TERMINATORS anywhere. */
let checkedText: string | null = null;
let checkedHolds = false;

/**
 * Whether the text holds one of OTHER_TERMINATORS at all, tested once per text (the paragraphs of
 * one text are asked in turn): one scan of the text, where a test of each paragraph costs a call
 * and a slice each, and news copy almost never holds one.
 */
function textHoldsOtherTerminator(text: string): boolean {
  if (text !== checkedText) {
    checkedText = text;
    checkedHolds = OTHER_TERMINATORS.test(text);
  }
  return checkedHolds;
}

/** One sentence segmenter for every paragraph that needs one: making it costs far more than segmenting a paragraph. */
let segmenter: Intl.Segmenter | null = null;

function segmentSentences(text: string, para: Span): Span[] | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  const out: Span[] = [];
  const slice = text.slice(para.start, para.end);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  for (const seg of segmenter.segment(slice)) {
    let s = para.start + seg.index;
    let e = s + seg.segment.length;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out.length ? out : null;
}

/** The word ending at the period at `dot`: an abbreviation, an initial, or an initialism ("U.S."). */
function isAbbreviationBefore(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && dot - s < 24 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && UPPER_RE.test(word)) return true; // "J. Smith"
  if (word.includes('.')) return true; // "U.S. officials", "a.m. Tuesday"
  return ABBREVIATIONS.has(word.toLowerCase());
}
