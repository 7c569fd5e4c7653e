import type { Span } from '../model/analysis';
import {
  DOUBLE_CLOSE,
  DOUBLE_OPEN,
  GUILLEMET_CLOSE,
  GUILLEMET_OPEN,
  GUILLEMET_SPACE,
  SINGLE_CLOSE,
  SINGLE_OPEN,
  STRAIGHT,
} from './quote-marks';

export type MarkKind = 'curly' | 'straight' | 'guillemet' | 'single';

/** A stretch of text between paired quotation marks, before we decide whether it is reported speech. */
export interface QuoteSpan extends Span {
  innerStart: number;
  innerEnd: number;
  mark: MarkKind;
  /** No closing mark in its paragraph: the quotation runs on (or was never closed). */
  openEnded: boolean;
  paragraph: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A module constant (esbuild, as tsx runs it, compiles a \p{…} literal to `new RegExp`: inside a function it was rebuilt on every call). */
const LETTER = /\p{L}/u;
const OPENING_CONTEXT = /[\s([{/—–\-:;,“‘«"]/u;

const MARK_RE = /["“”„«»‘’]/g;

/**
 * Every quotation in the text, paragraph by paragraph, in order. Linear: the marks are found in
 * one native regex pass over the whole text, then each paragraph's marks are read at most twice.
 */
export function findQuoteSpans(text: string, paras: Span[]): QuoteSpan[] {
  const marks: number[] = [];
  // test, not exec: no match object per mark (’ is in most words with an apostrophe); each mark is
  // one character, so it sits just before lastIndex.
  MARK_RE.lastIndex = 0;
  while (MARK_RE.test(text)) marks.push(MARK_RE.lastIndex - 1);
  const out: QuoteSpan[] = [];
  let k = 0;
  paras.forEach((p, index) => {
    while (k < marks.length && marks[k]! < p.start) k++;
    let e = k;
    while (e < marks.length && marks[e]! < p.end) e++;
    if (e > k) scanParagraph(text, p, index, marks, k, e, out);
    k = e;
  });
  return out;
}

interface Open {
  pos: number;
  mark: MarkKind;
  /** Nesting depth of guillemets inside guillemets; in a single quotation, 1 while a double one inside it is open. */
  depth: number;
}

function scanParagraph(text: string, p: Span, paragraph: number, marks: number[], mk: number, me: number, out: QuoteSpan[]): void {
  let singlesOff = false;
  let from = mk;
  // A second pass happens only when a single opening mark never closed (it was an apostrophe).
  for (let pass = 0; pass < 2; pass++) {
    const unclosedSingle = scan(text, p.start, p.end, marks, from, me, paragraph, singlesOff, out);
    if (unclosedSingle < 0) return;
    singlesOff = true;
    from = unclosedSingle + 1;
  }
}

/** Returns the index in `marks` of a single opening mark left unclosed (to rescan after it), else -1. */
function scan(
  text: string,
  from: number,
  end: number,
  marks: number[],
  mk: number,
  me: number,
  paragraph: number,
  singlesOff: boolean,
  out: QuoteSpan[],
): number {
  let open: Open | null = null;
  let openMark = -1;
  for (let mi = mk; mi < me; mi++) {
    const i = marks[mi]!;
    const c = text[i]!;
    const prev = i > from ? text[i - 1]! : ' ';
    const next = i + 1 < end ? text[i + 1]! : ' ';
    // “ typed for ” ("a fascist?“ he asked"): glued to the word before, space after. (Never „, which
    // only ever opens: „…“ and „…” close with the other marks.)
    const misusedOpener = c === '“' && !/\s/.test(prev) && i > from && /\s/.test(next);
    if (open === null) {
      if (misusedOpener) continue;
      openMark = mi;
      if (DOUBLE_OPEN.has(c)) open = { pos: i, mark: 'curly', depth: 0 };
      else if (c === GUILLEMET_OPEN) open = { pos: i, mark: 'guillemet', depth: 0 };
      else if (c === STRAIGHT) {
        // 5'11" and 12" screens: a straight mark right after a digit is an inch mark.
        if (/\d/.test(prev) && !LETTER_OR_DIGIT.test(next)) continue;
        // An opening mark is followed by words, not by a space (tweet markup: pic="" author="…").
        // A mark glued to the word before but followed by a letter, with no quotation open, opens one
        // with a missing space (spoke warmly about"closer ties"): a closing mark is followed by a
        // space. Only when a straight mark follows in the paragraph to close it: a lone one (O"Brien) is a typo.
        // A mark before ">" ends a tag's attribute (date="May 9">), even where the value ran onto a new line.
        const glued = /[\p{L}.!?]/u.test(prev) && LETTER.test(next) && laterStraight(text, marks, mi + 1, me);
        if ((OPENING_CONTEXT.test(prev) || i === from || glued) && !/\s/.test(next) && next !== STRAIGHT && next !== '>') open = { pos: i, mark: 'straight', depth: 0 };
      } else if (c === SINGLE_OPEN && !singlesOff) {
        // ‘90s is an elision; a single mark opens only before a letter.
        if ((OPENING_CONTEXT.test(prev) || i === from) && LETTER.test(next)) open = { pos: i, mark: 'single', depth: 0 };
      }
      continue;
    }
    switch (open.mark) {
      case 'curly':
        if (DOUBLE_CLOSE.has(c) || c === STRAIGHT || misusedOpener) {
          emit(out, text, paragraph, open, i, 1);
          open = null;
        } else if (DOUBLE_OPEN.has(c)) {
          // An opening mark inside an open quotation: the writer forgot to close the first one.
          emit(out, text, paragraph, open, i, 0);
          open = { pos: i, mark: 'curly', depth: 0 };
        }
        break;
      case 'straight':
        if (c === STRAIGHT || DOUBLE_CLOSE.has(c)) {
          emit(out, text, paragraph, open, i, 1);
          open = null;
        } else if (DOUBLE_OPEN.has(c) && !misusedOpener) {
          // A curly quotation inside a straight-quoted excerpt ("The bill, its “sunset clause,” …): the
          // excerpt runs up to it, and the curly pair is a quotation of its own, as in the curly case.
          emit(out, text, paragraph, open, i, 0);
          open = { pos: i, mark: 'curly', depth: 0 };
        }
        break;
      case 'guillemet':
        if (c === GUILLEMET_OPEN) open.depth++;
        else if (c === GUILLEMET_CLOSE) {
          if (open.depth > 0) open.depth--;
          else {
            emit(out, text, paragraph, open, i, 1);
            open = null;
          }
        }
        break;
      case 'single':
        if (DOUBLE_OPEN.has(c)) open.depth = 1;
        else if (DOUBLE_CLOSE.has(c)) open.depth = 0;
        else if (c === SINGLE_CLOSE && !LETTER_OR_DIGIT.test(next) && !/\s/.test(prev)) {
          // how ‘bout “the residents’ view”: a close inside the double one is an apostrophe, and the opening ‘ an elision
          if (open.depth > 0) return openMark;
          emit(out, text, paragraph, open, i, 1);
          open = null;
        } else if (c === SINGLE_OPEN && (OPENING_CONTEXT.test(prev) && LETTER.test(next))) {
          return openMark; // ‘ … ‘: the first was not a quotation mark
        }
        break;
    }
  }
  if (open !== null) {
    if (open.mark === 'single') return openMark;
    emit(out, text, paragraph, open, end, 0);
  }
  return -1;
}

/** The quotation `o` opens, closed at `close` (by a mark `closeLen` long, 0 where none closes it), added to `out` when it holds words. A module function: a closure made per paragraph cost more than the call. */
function emit(out: QuoteSpan[], text: string, paragraph: number, o: Open, close: number, closeLen: number): void {
  const q = makeSpan(text, o, close, closeLen, paragraph);
  if (q) out.push(q);
}

/** A straight double mark among marks[from..to). */
function laterStraight(text: string, marks: number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text[marks[k]!] === STRAIGHT) return true;
  return false;
}

function makeSpan(text: string, o: Open, close: number, closeLen: number, paragraph: number): QuoteSpan | null {
  let innerStart = o.pos + 1;
  let innerEnd = close;
  if (o.mark === 'guillemet') {
    while (innerStart < innerEnd && GUILLEMET_SPACE.test(text[innerStart]!)) innerStart++;
    while (innerEnd > innerStart && GUILLEMET_SPACE.test(text[innerEnd - 1]!)) innerEnd--;
  }
  let end = close + closeLen;
  if (closeLen === 0) {
    // Open-ended: the span stops at the last non-space character.
    while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1]!)) innerEnd--;
    end = innerEnd;
  }
  if (!/[\p{L}\p{N}]/u.test(text.slice(innerStart, Math.min(innerEnd, innerStart + 200)))) {
    // No words at all between the marks ("" or “ ”): not a quotation. Long spans are checked on their start only.
    if (innerEnd - innerStart <= 200) return null;
  }
  return { start: o.pos, end, innerStart, innerEnd, mark: o.mark, openEnded: closeLen === 0, paragraph };
}
