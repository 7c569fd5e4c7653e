import type { Analysis, AnonymousKind } from '../model/analysis';
import { anonymousKey } from '../session/placement';
import { Item } from './Item';
import { t } from './t';

const KIND_LABEL: Record<AnonymousKind, 'kind.unnamedSource' | 'kind.anonymityGrant' | 'kind.vague'> = {
  'unnamed-source': 'kind.unnamedSource',
  'anonymity-grant': 'kind.anonymityGrant',
  vague: 'kind.vague',
};

/** The passages that rest on or explain an unnamed source, and vague attributions. */
export function AnonymousList({ analysis, orphans, picked }: { analysis: Analysis; orphans: Set<string>; picked: string | null }) {
  return (
    <section class="anonymous" aria-labelledby="sl-anon">
      <h2 id="sl-anon">{t('sidebar.anonymous')}</h2>
      {analysis.anonymous.length === 0 && <p class="empty">{t('sidebar.noAnonymous')}</p>}
      <ul class="anon-list">
        {analysis.anonymous.map((x, i) => (
          <Item key={anonymousKey(i)} itemKey={anonymousKey(i)} orphan={orphans.has(anonymousKey(i))} picked={picked}>
            <span class={`kind anon-${x.kind}`}>{t(KIND_LABEL[x.kind])}</span> {x.text}
          </Item>
        ))}
      </ul>
    </section>
  );
}
