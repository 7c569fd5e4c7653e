import type { Analysis } from '../model/analysis';
import { Item } from './Item';
import type { SidebarActions } from './state';
import { t } from './t';

/** Sources, most quoted first, each with its kind, description and quotes. */
export function SourceList({ analysis, orphans, actions }: { analysis: Analysis; orphans: Set<string>; actions: SidebarActions }) {
  const quotesBy = new Map<string | null, Analysis['quotes']>();
  for (const q of analysis.quotes) quotesBy.set(q.speaker, [...(quotesBy.get(q.speaker) ?? []), q]);
  const sources = [...analysis.speakers]
    .map((s) => ({ s, quotes: quotesBy.get(s.id) ?? [] }))
    .filter((x) => x.quotes.length > 0)
    .sort((a, b) => b.quotes.length - a.quotes.length);
  const unattributed = quotesBy.get(null) ?? [];
  return (
    <section class="sources" aria-labelledby="sl-sources">
      <h2 id="sl-sources">{t('sidebar.sources')}</h2>
      {sources.length === 0 && <p class="empty">{t('sidebar.noSources')}</p>}
      <ul class="source-list">
        {sources.map(({ s, quotes }) => (
          <li class="source" key={s.id} data-speaker={s.name}>
            <h3 class="source-name">
              {s.name} <span class={`kind kind-${s.kind}`}>{t(`kind.${s.kind}`)}</span>
              <span class="count">{t('quoteCount', quotes.length)}</span>
            </h3>
            {s.description && <p class="description">{s.description}</p>}
            <ul class="quotes">
              {quotes.map((q) => (
                <Item key={q.id} itemKey={q.id} orphan={orphans.has(q.id)} actions={actions}>
                  <q>{q.text}</q>
                </Item>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {unattributed.length > 0 && (
        <>
          <h3>{t('sidebar.unattributed')}</h3>
          <ul class="quotes">
            {unattributed.map((q) => (
              <Item key={q.id} itemKey={q.id} orphan={orphans.has(q.id)} actions={actions}>
                <q>{q.text}</q>
              </Item>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
