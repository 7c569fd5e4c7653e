import type { Removed } from '../model/analysis';

/**
 * Boilerplate recognised in plain text, one paragraph (line) at a time. Each rule names the case
 * it was written for; `rule` is what `removed[]` reports.
 */
export interface LineRule {
  rule: string;
  /** Matches a whole paragraph that is boilerplate. */
  pattern: RegExp;
}

export const LINE_RULES: LineRule[] = [
  // Globe and Mail gallery: visually hidden label + caption + credit, run together when copied.
  { rule: 'globe-gallery-caption', pattern: /^Open this photo in gallery:/ },
  // Injected "AI magic" promo (a browser-extension widget seen on Globe pages), as a bare sentence.
  { rule: 'ai-magic-promo', pattern: /^(?:Run Some AI Magic\s*)?Click on the Run Some AI Magic button\b/i },
];

/** "<headline> - The Globe and Mail": the page title a reader copies along with the article. */
const TITLE_LINE = /^.{4,300}\s[-–—|]\s(The Globe and Mail|CBC News|CTV News|National Post|Financial Post|Global News|Ottawa Citizen)$/;

export interface StrippedText {
  text: string;
  removed: Removed[];
}

/** Splits on blank lines or single newlines, whichever the text uses to separate paragraphs. */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function matchLineRule(line: string): string | null {
  const t = line.trim();
  for (const r of LINE_RULES) if (r.pattern.test(t)) return r.rule;
  if (TITLE_LINE.test(t)) return 'site-title-line';
  return null;
}

/**
 * Removes boilerplate paragraphs from plain text. When nothing is removed the input comes back
 * untouched (offsets then index the file as it is, as the contract requires).
 */
export function stripBoilerplateText(text: string): StrippedText {
  const removed: Removed[] = [];
  const keep: string[] = [];
  for (const p of paragraphs(text)) {
    const line = text.slice(p.start, p.end);
    const rule = matchLineRule(line);
    if (rule) removed.push({ text: line.trim(), rule });
    else keep.push(line.trim());
  }
  if (removed.length === 0) return { text, removed };
  return { text: keep.join('\n\n'), removed };
}
