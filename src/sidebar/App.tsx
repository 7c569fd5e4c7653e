import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { groupSources, summarize } from '../export/summary';
import { useSidebarState, type SidebarActions, type SidebarState } from './state';
import { t } from './t';
import { Header } from './Header';
import { Summary } from './Summary';
import { LayerToggles } from './LayerToggles';
import { SourceList } from './SourceList';
import { AnonymousList } from './AnonymousList';
import { NotFoundList } from './NotFoundList';
import { ExportBar } from './ExportBar';
import { ResizeHandle } from './ResizeHandle';
import { jumpHandlers } from './jump-events';

/** The panel: a labelled landmark, a live status line, then the sourcing summary and the lists. */
export function App({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  useSidebarState(state);
  const a = state.analysis.value;
  const status = state.status.value;
  const side = state.placement.value.side;
  // The panel re-renders on every signal it reads (a resize drag, a layer toggle): the groupings
  // are worked out once per analysis, and the summary reuses them.
  const groups = useMemo(() => (a ? groupSources(a) : []), [a]);
  const summary = useMemo(() => (a ? summarize(a, groups) : null), [a, groups]);
  const jump = useMemo(() => jumpHandlers(actions), [actions]);
  const picked = state.picked.value;
  const panel = useRef<HTMLElement>(null);
  // A passage clicked in the page: its entry is brought into the panel's view (the page stays where it is).
  useLayoutEffect(() => {
    if (picked) panel.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [picked]);
  return (
    <aside ref={panel} class={`panel side-${side}`} aria-label={t('sidebar.label')} tabIndex={-1} data-autofocus {...jump}>
      <ResizeHandle state={state} actions={actions} />
      <Header state={state} actions={actions} />
      <div class="status" role="status" aria-live="polite" aria-atomic="true" data-testid="status">
        {status === 'working' && t('sidebar.working')}
        {status === 'no-article' && <p class="message" data-testid="no-article">{t('sidebar.noArticle')}</p>}
        {status === 'error' && <p class="message">{t('sidebar.failed')}</p>}
        {status === 'ready' && a && (
          <p class="found" data-testid="summary">
            {t('sidebar.found', a.quotes.length)}
            {state.orphans.value.size > 0 && ` ${t('sidebar.someNotFound', state.orphans.value.size)}`}
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
          {a.title && (
            <p class="article">
              <span class="title" data-testid="title">
                {a.title}
              </span>
              {a.site && (
                <span class="site" data-testid="site">
                  {a.site}
                </span>
              )}
            </p>
          )}
          {summary && <Summary summary={summary} orphans={state.orphans.value} />}
          <LayerToggles state={state} actions={actions} />
          {a.quotes.length + a.anonymous.length > 0 && <p class="hint">{t('sidebar.pickHint')}</p>}
          <SourceList analysis={a} groups={groups} orphans={state.orphans.value} picked={picked} />
          <AnonymousList analysis={a} orphans={state.orphans.value} picked={picked} />
          <NotFoundList analysis={a} orphans={state.orphans.value} />
          <ExportBar analysis={a} />
        </>
      )}
      <footer class="foot">
        <p class="privacy">{t('sidebar.privacy')}</p>
        <button type="button" class="link" data-testid="settings" onClick={actions.openOptions}>
          {t('sidebar.settings')}
        </button>
      </footer>
    </aside>
  );
}
