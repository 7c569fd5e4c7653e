import type { ComponentChildren } from 'preact';
import type { SidebarActions } from './state';
import { t } from './t';

/** A passage in a list: hover or focus marks it in the page, a click or Enter scrolls to it and flashes it. */
export function Item({
  itemKey,
  orphan,
  actions,
  children,
}: {
  itemKey: string;
  orphan: boolean;
  actions: SidebarActions;
  children: ComponentChildren;
}) {
  if (orphan)
    return (
      <li class="item orphan" data-key={itemKey} data-testid="orphan-item">
        {children} <span class="tag">{t('sidebar.notFound')}</span>
      </li>
    );
  return (
    <li class="item" data-key={itemKey}>
      <button
        type="button"
        class="jump"
        onClick={() => actions.reveal(itemKey, true)}
        onMouseEnter={() => actions.reveal(itemKey, false)}
        onMouseLeave={actions.unmark}
        onFocus={() => actions.reveal(itemKey, false)}
        onBlur={actions.unmark}
      >
        {children}
      </button>
    </li>
  );
}
