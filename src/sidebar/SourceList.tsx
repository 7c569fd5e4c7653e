import type { Analysis } from '../model/analysis';
import type { SourceGroup } from '../export/summary';
import { mentionKey } from '../session/placement';
import { Item } from './Item';
import { t } from './t';

/** Sources, most quoted first, each with its kind, description, quotes and the passages resting on it. */
export function SourceList({
  analysis,
  groups,
  orphans,
  picked,
}: {
  analysis: Analysis;
  groups: SourceGroup[];
  orphans: Set<string>;
  picked: string | null;
}) {
  const unattributed = analysis.quotes.filter((q) => !q.speaker);
  return (
    <section class="sources" aria-labelledby="sl-sources">
      <h2 id="sl-sources">{t('sidebar.sources')}</h2>
      {groups.length === 0 && <p class="empty">{t('sidebar.noSources')}</p>}
      <ul class="source-list">
        {groups.map(({ speaker: s, quotes, passages }) => (
          <li class="source" key={s.id} data-speaker={s.name} data-kind={s.kind}>
            <h3 class="source-name">
              {s.mentions.length > 0 ? (
                // The name jumps to where the article first brings this source in.
                <button
                  type="button"
                  class="name jump-name"
                  title={t('source.firstMention')}
                  data-jump={mentionKey(s.id, 0)}
                  aria-current={picked === mentionKey(s.id, 0) ? 'true' : undefined}
                >
                  {s.name}
                </button>
              ) : (
                <span class="name">{s.name}</span>
              )}{' '}
              <span class={`kind kind-${s.kind}`}>{t(`kind.${s.kind}`)}</span>
              <span class="count">{t('quoteCount', quotes.length)}</span>
            </h3>
            {s.description && <p class="description">{s.description}</p>}
            {passages > 0 && <p class="description">{t('source.passages', passages)}</p>}
            {quotes.length > 0 && (
              <ul class="quotes" aria-label={t('source.quotesOf', [s.name])}>
                {quotes.map((q) => (
                  <Item key={q.id} itemKey={q.id} orphan={orphans.has(q.id)} picked={picked}>
                    <q>{q.text}</q>
                  </Item>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {unattributed.length > 0 && (
        <>
          <h3>{t('sidebar.unattributed')}</h3>
          <ul class="quotes">
            {unattributed.map((q) => (
              <Item key={q.id} itemKey={q.id} orphan={orphans.has(q.id)} picked={picked}>
                <q>{q.text}</q>
              </Item>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
