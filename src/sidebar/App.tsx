import type { SidebarActions, SidebarState } from './state';
import { t } from './t';
import { LayerToggles } from './LayerToggles';
import { SourceList } from './SourceList';
import { AnonymousList } from './AnonymousList';
import { ExportBar } from './ExportBar';

export function App({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const a = state.analysis.value;
  const status = state.status.value;
  return (
    <aside class="panel" role="complementary" aria-label={t('sidebar.label')}>
      <header class="head">
        <h1 class="brand">Sourcelight</h1>
        <button type="button" class="close" onClick={actions.close} aria-label={t('sidebar.close')} title={t('sidebar.close')}>
          ×
        </button>
      </header>
      <div class="status" role="status" aria-live="polite" data-testid="status">
        {status === 'working' && t('sidebar.working')}
        {status === 'no-article' && <p class="message" data-testid="no-article">{t('sidebar.noArticle')}</p>}
        {status === 'ready' && a && (
          <p class="summary" data-testid="summary">
            {t('sidebar.summary', [String(a.quotes.length), String(a.speakers.length)])}
          </p>
        )}
      </div>
      {state.errors.value.map((e) => (
        <p class="message error" role="alert" data-testid="stage-error">
          {t('sidebar.stageError', [e.stage, e.message])}
        </p>
      ))}
      {a && (
        <>
          <section class="article" aria-label={a.title ?? ''}>
            <h2 class="title" data-testid="title">{a.title}</h2>
            {a.site && <p class="site" data-testid="site">{a.site}</p>}
          </section>
          <LayerToggles state={state} actions={actions} />
          <SourceList analysis={a} orphans={state.orphans.value} actions={actions} />
          <AnonymousList analysis={a} orphans={state.orphans.value} actions={actions} />
          <ExportBar analysis={a} />
        </>
      )}
      <p class="privacy">{t('sidebar.privacy')}</p>
    </aside>
  );
}
