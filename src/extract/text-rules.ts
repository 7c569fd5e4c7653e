import type { Removed } from '../model/analysis';
import { KEEP_LINES, LINE_MAX_CHARS, LINE_RULES, SITE_TITLE_NAMES, type LineRule } from './boilerplate-lines';
import { SITE_PROFILES } from './site-rules';

export type { LineRule };

/** Plain text has no site to go by: every site's own line rules apply to it. */
const ALL_SITE_LINES: LineRule[] = SITE_PROFILES.flatMap((p) => p.lines ?? []);

export interface StrippedText {
  text: string;
  removed: Removed[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "<headline> - The Globe and Mail": the page title a reader copies along with the article. */
const TITLE_LINE = new RegExp(`^(.{4,300})\\s[-–—|]\\s(${SITE_TITLE_NAMES.map(escape).join('|')})$`);

/** The headline and the site a "<headline> - <Site>" title line gives, for a .txt that has one. */
export function titleLineMeta(removed: readonly Removed[]): { title: string; site: string } | null {
  const line = removed.find((r) => r.rule === 'site-title-line');
  const m = line ? TITLE_LINE.exec(line.text.replace(/\s+/g, ' ').trim()) : null;
  return m ? { title: m[1]!, site: m[2]! } : null;
}

/**
 * The rule a paragraph falls under, or null when it is article text. `extra` holds a site's own
 * line rules. Whitespace inside the paragraph does not matter (wrapped lines of a .txt).
 */
export function matchLineRule(paragraph: string, extra: readonly LineRule[] = []): string | null {
  const t = paragraph.replace(/\s+/g, ' ').trim();
  if (t === '') return null;
  const applies = (r: LineRule) => t.length <= (r.maxChars ?? LINE_MAX_CHARS) && r.pattern.test(t);
  const rule =
    LINE_RULES.find(applies)?.rule ??
    extra.find(applies)?.rule ??
    (t.length <= LINE_MAX_CHARS && TITLE_LINE.test(t) ? 'site-title-line' : null);
  // Checked last, and only for a match: most paragraphs never reach the keep list.
  return rule && !KEEP_LINES.some((k) => k.test(t)) ? rule : null;
}

/**
 * Paragraphs of plain text: blocks between blank lines when the text has any, else single lines
 * (text copied out of a page often has one paragraph a line).
 */
function paragraphs(text: string): string[] {
  const blankLine = /\r?\n[ \t]*\r?\n/;
  const parts = blankLine.test(text) ? text.split(/(?:\r?\n[ \t]*){2,}/) : text.split(/\r?\n/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Removes boilerplate paragraphs from plain text. When nothing is removed the input comes back
 * untouched (offsets then index the file as it is, as the contract requires); otherwise the kept
 * paragraphs are joined by a blank line, as extracted pages are.
 */
export function stripBoilerplateText(text: string, extra: readonly LineRule[] = ALL_SITE_LINES): StrippedText {
  const removed: Removed[] = [];
  const keep: string[] = [];
  for (const p of paragraphs(text)) {
    const rule = matchLineRule(p, extra);
    if (rule) removed.push({ text: p, rule });
    else keep.push(p);
  }
  if (removed.length === 0) return { text, removed };
  return { text: keep.join('\n\n'), removed };
}
