import type { SourcingSummary, WordShare } from '../export/summary';
import { anonymousKey } from '../session/placement';
import { Item } from './Item';
import { t } from './t';

/** How many sources get their own segment in the bar; the rest are summed as "others". */
const BAR_SOURCES = 5;

function topShares(shares: WordShare[]): { label: string; share: number; words: number; kind: string }[] {
  const named = shares.filter((s) => s.speaker);
  const none = shares.find((s) => !s.speaker);
  const top = named.slice(0, BAR_SOURCES).map((s) => ({
    label: s.speaker!.name,
    share: s.share,
    words: s.words,
    kind: s.speaker!.anonymous || s.speaker!.kind === 'unnamed' ? 'unnamed' : 'named',
  }));
  const rest = named.slice(BAR_SOURCES);
  if (rest.length)
    top.push({
      label: t('summary.others', rest.length),
      share: rest.reduce((n, s) => n + s.share, 0),
      words: rest.reduce((n, s) => n + s.words, 0),
      kind: 'others',
    });
  if (none) top.push({ label: t('summary.noSpeaker'), share: none.share, words: none.words, kind: 'none' });
  return top;
}

const pct = (x: number) => t('summary.percent', [String(Math.round(x * 100))]);

/** Who is this story built on: counts, the share of quoted words by source, anonymity and vagueness. */
export function Summary({ summary: s, orphans }: { summary: SourcingSummary; orphans: Set<string> }) {
  const shares = topShares(s.shares);
  return (
    <section class="summary-box" aria-labelledby="sl-summary" data-testid="sourcing-summary">
      <h2 id="sl-summary">{t('summary.heading')}</h2>
      <dl class="stats">
        <div>
          <dt>{t('summary.quotes')}</dt>
          <dd data-testid="stat-quotes">{s.quotes}</dd>
        </div>
        <div>
          <dt>
            {t('summary.sources')} <span class="detail">{t('summary.namedUnnamed', [String(s.named), String(s.unnamed)])}</span>
          </dt>
          <dd data-testid="stat-sources">{s.sources}</dd>
        </div>
        <div>
          <dt>{t('summary.unnamedPassages')}</dt>
          <dd data-testid="stat-unnamed">{s.unnamedPassages}</dd>
        </div>
        <div>
          <dt>{t('summary.vague')}</dt>
          <dd data-testid="stat-vague">{s.vague.length}</dd>
        </div>
      </dl>
      {shares.length > 0 && (
        <figure class="shares" aria-labelledby="sl-shares">
          <figcaption id="sl-shares">{t('summary.shareHeading', [String(s.quotedWords)])}</figcaption>
          {/* The bar is a picture of the list below it, which says the same in words. */}
          <div class="bar" aria-hidden="true">
            {shares.map((x, i) => (
              <span class={`seg seg-${i % 6} seg-${x.kind}`} style={{ width: `${(x.share * 100).toFixed(2)}%` }} title={`${x.label}: ${pct(x.share)}`} />
            ))}
          </div>
          <ul class="share-list" data-testid="shares">
            {shares.map((x, i) => (
              <li>
                <span class={`dot seg-${i % 6} seg-${x.kind}`} aria-hidden="true" />
                <span class="share-name">{x.label}</span>
                <span class="share-pct">{pct(x.share)}</span>
              </li>
            ))}
          </ul>
        </figure>
      )}
      <h3 class="grants-heading">{t('summary.grants', s.grants.length)}</h3>
      {s.grants.length > 0 && (
        <ul class="grants" data-testid="grants">
          {s.grants.map((g) => (
            <Item key={anonymousKey(g.index)} itemKey={anonymousKey(g.index)} orphan={orphans.has(anonymousKey(g.index))}>
              <span class={g.reason ? 'reason' : 'reason none'}>
                {g.reason ? t('summary.reason', [g.reason]) : t('summary.noReason')}
              </span>
            </Item>
          ))}
        </ul>
      )}
    </section>
  );
}
