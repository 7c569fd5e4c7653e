import type { Analysis } from '../model/analysis';
import type { ReportWords } from './report-words';
import { groupSources, isNamed, summarize } from './summary';

const esc = (s: string) => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');

/**
 * A readable sourcing report: who the story is built on, their quotes, the anonymous sourcing.
 * `w` gives its words: `ENGLISH_REPORT` for the command line, the reader's language from the sidebar
 * (which so never carries the English table in the content script).
 */
export function toMarkdown(a: Analysis, w: ReportWords): string {
  const sum = summarize(a);
  const out: string[] = [`# ${esc(w.title(a.title ?? w.untitled))}`, ''];
  const about = [a.site, a.byline && a.byline !== a.site ? w.by(a.byline) : null, a.url].filter(Boolean) as string[];
  if (about.length) out.push(about.map(esc).join(' · '), '');

  out.push(`## ${w.heading}`, '');
  out.push(`- ${w.quotesFrom(sum.quotes, sum.sources, sum.named, sum.unnamed)}`);
  out.push(`- ${w.unnamedPassages(sum.unnamedPassages)}`);
  out.push(`- ${w.grants(sum.grants.length)}`);
  for (const g of sum.grants) out.push(`  - ${g.reason ? esc(w.reason(g.reason)) : w.noReason}`);
  out.push(`- ${w.vague(sum.vague.length)}`, '');
  if (sum.shares.length) {
    out.push(`| ${w.columns.map(esc).join(' | ')} |`, '|---|---:|---:|');
    for (const s of sum.shares)
      out.push(
        `| ${s.speaker ? esc(s.speaker.name) : `_${esc(w.noSpeaker)}_`} | ${s.words} | ${esc(w.percent(Math.round(s.share * 100)))} |`,
      );
    out.push('');
  }

  out.push(`## ${w.sources}`, '');
  const groups = groupSources(a);
  if (!groups.length) out.push(w.noSources, '');
  for (const g of groups) {
    const sp = g.speaker;
    const tags = [w.kind[sp.kind], isNamed(sp) ? null : w.notNamed].filter(Boolean).join(', ');
    out.push(`### ${esc(sp.name)} (${esc(tags)})`);
    if (sp.description) out.push('', `_${esc(sp.description)}_`);
    out.push('');
    for (const q of g.quotes) out.push(`- “${esc(q.text)}”`);
    if (g.passages) out.push(`- ${w.passages(g.passages)}`);
    out.push('');
  }
  const unattributed = a.quotes.filter((q) => !q.speaker);
  if (unattributed.length) {
    out.push(`## ${w.unattributed}`, '');
    for (const q of unattributed) out.push(`- “${esc(q.text)}”`);
    out.push('');
  }

  out.push(`## ${w.anonymous}`, '');
  const unnamed = a.anonymous.filter((x) => x.kind === 'unnamed-source');
  if (!unnamed.length && !sum.grants.length && !sum.vague.length) out.push(w.noneFound, '');
  if (unnamed.length) {
    out.push(`### ${w.restingOnUnnamed}`, '');
    for (const x of unnamed) out.push(`- ${esc(x.text)}${x.confidence === 'low' ? ` _(${esc(w.uncertain)})_` : ''}`);
    out.push('');
  }
  if (sum.grants.length) {
    out.push(`### ${w.granted}`, '');
    for (const g of sum.grants) out.push(`- ${esc(g.text)}`);
    out.push('');
  }
  if (sum.vague.length) {
    out.push(`### ${w.vagueHeading}`, '');
    for (const v of sum.vague) out.push(`- ${esc(v.text)}`);
    out.push('');
  }
  out.push(`_${esc(w.footer)}_`);
  return out.join('\n') + '\n';
}
