import type { Analysis } from '../model/analysis';
import { anonymousKey } from '../session/placement';
import { t } from './t';

/**
 * Passages the analysis found but the page, as it is now, no longer shows where they were (the
 * page changed after the analysis): listed rather than dropped, like the Hypothesis client's orphans.
 */
export function NotFoundList({ analysis, orphans }: { analysis: Analysis; orphans: Set<string> }) {
  if (orphans.size === 0) return null;
  const quotes = analysis.quotes.filter((q) => orphans.has(q.id));
  const passages = analysis.anonymous.filter((_, i) => orphans.has(anonymousKey(i)));
  const mentions = [...orphans].filter((k) => k.includes(':m')).length;
  return (
    <section class="not-found" aria-labelledby="sl-not-found" data-testid="not-found">
      <h2 id="sl-not-found">{t('sidebar.orphans')}</h2>
      <p class="description">{t('sidebar.orphansHelp')}</p>
      <ul>
        {quotes.map((q) => (
          <li class="item orphan" data-key={q.id}>
            <q>{q.text}</q>
          </li>
        ))}
        {passages.map((x) => (
          <li class="item orphan">{x.text}</li>
        ))}
        {mentions > 0 && <li class="item orphan">{t('sidebar.orphanMentions', mentions)}</li>}
      </ul>
    </section>
  );
}
