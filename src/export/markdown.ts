import type { Analysis } from '../model/analysis';

const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** A readable sourcing report: who the story is built on, their quotes, the anonymous sourcing. */
export function toMarkdown(a: Analysis): string {
  const lines: string[] = [`# Sourcing report: ${esc(a.title ?? 'Untitled article')}`, ''];
  if (a.site || a.url) lines.push([a.site, a.url].filter(Boolean).map((s) => esc(s!)).join(' · '), '');
  lines.push(`${a.quotes.length} quotes · ${a.speakers.length} sources · ${a.anonymous.length} anonymous-sourcing passages`, '');
  lines.push('## Sources', '');
  for (const sp of a.speakers) {
    const qs = a.quotes.filter((q) => q.speaker === sp.id);
    lines.push(`### ${esc(sp.name)} (${sp.kind}${sp.anonymous ? ', unnamed' : ''})`);
    if (sp.description) lines.push(`_${esc(sp.description)}_`);
    lines.push('');
    for (const q of qs) lines.push(`- “${esc(q.text)}”`);
    lines.push('');
  }
  const orphans = a.quotes.filter((q) => !q.speaker);
  if (orphans.length) {
    lines.push('## Quotes without a speaker', '');
    for (const q of orphans) lines.push(`- “${esc(q.text)}”`);
    lines.push('');
  }
  lines.push('## Anonymous sourcing', '');
  if (a.anonymous.length === 0) lines.push('None found.');
  for (const x of a.anonymous) lines.push(`- **${x.kind}** (${x.confidence}): ${esc(x.text)}`);
  return lines.join('\n') + '\n';
}
