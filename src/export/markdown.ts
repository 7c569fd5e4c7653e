import type { Analysis, SpeakerKind } from '../model/analysis';
import { groupSources, isNamed, summarize } from './summary';

const esc = (s: string) => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const KIND: Record<SpeakerKind, string> = {
  person: 'person',
  organization: 'organization',
  group: 'group',
  unnamed: 'unnamed source',
};

/** A readable sourcing report: who the story is built on, their quotes, the anonymous sourcing. */
export function toMarkdown(a: Analysis): string {
  const sum = summarize(a);
  const out: string[] = [`# Sourcing report: ${esc(a.title ?? 'Untitled article')}`, ''];
  const about = [a.site, a.byline && a.byline !== a.site ? `by ${a.byline}` : null, a.url].filter(Boolean) as string[];
  if (about.length) out.push(about.map(esc).join(' · '), '');

  out.push('## Who is this story built on?', '');
  out.push(
    `- ${plural(sum.quotes, 'quote', 'quotes')} from ${plural(sum.sources, 'source', 'sources')}: ` +
      `${sum.named} named, ${sum.unnamed} unnamed`,
  );
  out.push(`- ${plural(sum.unnamedPassages, 'passage rests', 'passages rest')} on an unnamed source`);
  out.push(`- ${plural(sum.grants.length, 'anonymity grant', 'anonymity grants')}`);
  for (const g of sum.grants) out.push(`  - ${g.reason ? `reason given: ${esc(g.reason)}` : 'no reason given'}`);
  out.push(`- ${plural(sum.vague.length, 'vague attribution', 'vague attributions')}`, '');
  if (sum.shares.length) {
    out.push('| Source | Quoted words | Share |', '|---|---:|---:|');
    for (const s of sum.shares)
      out.push(`| ${s.speaker ? esc(s.speaker.name) : '_no speaker found_'} | ${s.words} | ${pct(s.share)} |`);
    out.push('');
  }

  out.push('## Sources', '');
  const groups = groupSources(a);
  if (!groups.length) out.push('No attributed quotes found.', '');
  for (const g of groups) {
    const sp = g.speaker;
    const tags = [KIND[sp.kind], isNamed(sp) ? null : 'not named'].filter(Boolean).join(', ');
    out.push(`### ${esc(sp.name)} (${tags})`);
    if (sp.description) out.push('', `_${esc(sp.description)}_`);
    out.push('');
    for (const q of g.quotes) out.push(`- “${esc(q.text)}”`);
    if (g.passages) out.push(`- ${plural(g.passages, 'passage rests', 'passages rest')} on this source`);
    out.push('');
  }
  const unattributed = a.quotes.filter((q) => !q.speaker);
  if (unattributed.length) {
    out.push('## Quotes without a speaker', '');
    for (const q of unattributed) out.push(`- “${esc(q.text)}”`);
    out.push('');
  }

  out.push('## Anonymous sourcing', '');
  const unnamed = a.anonymous.filter((x) => x.kind === 'unnamed-source');
  if (!unnamed.length && !sum.grants.length && !sum.vague.length) out.push('None found.', '');
  if (unnamed.length) {
    out.push('### Resting on an unnamed source', '');
    for (const x of unnamed) out.push(`- ${esc(x.text)}${x.confidence === 'low' ? ' _(uncertain)_' : ''}`);
    out.push('');
  }
  if (sum.grants.length) {
    out.push('### Anonymity granted', '');
    for (const g of sum.grants) out.push(`- ${esc(g.text)}`);
    out.push('');
  }
  if (sum.vague.length) {
    out.push('### Vague attribution', '');
    for (const v of sum.vague) out.push(`- ${esc(v.text)}`);
    out.push('');
  }
  out.push('_Made by Sourcelight, in the browser: nothing was sent anywhere._');
  return out.join('\n') + '\n';
}
