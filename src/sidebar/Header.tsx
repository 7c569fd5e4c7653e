import type { SidebarActions, SidebarState } from './state';
import { t } from './t';

/** The name, the button that moves the panel to the other side, and the close button. */
export function Header({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const p = state.placement.value;
  const other = p.side === 'right' ? 'left' : 'right';
  const moveLabel = t(other === 'left' ? 'sidebar.moveLeft' : 'sidebar.moveRight');
  return (
    <header class="head">
      <h1 class="brand" id="sl-title">
        <span class="logo" aria-hidden="true" />
        Sourcelight
      </h1>
      <div class="head-buttons">
        <button
          type="button"
          class="icon-button"
          data-testid="move"
          onClick={() => actions.setPlacement({ ...p, side: other })}
          aria-label={moveLabel}
          title={moveLabel}
        >
          {other === 'left' ? '⇤' : '⇥'}
        </button>
        <button
          type="button"
          class="icon-button close"
          data-testid="close"
          onClick={actions.close}
          aria-label={t('sidebar.close')}
          title={`${t('sidebar.close')} (Esc)`}
        >
          ×
        </button>
      </div>
    </header>
  );
}
