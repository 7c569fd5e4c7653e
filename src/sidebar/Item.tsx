import type { ComponentChildren } from 'preact';
import { t } from './t';

/**
 * A passage in a list: hover or focus marks it in the page, a click or Enter scrolls to it and
 * flashes it (the panel handles those events for every button: jump-events.ts). `picked`: the
 * reader clicked this passage in the page.
 */
export function Item({
  itemKey,
  orphan,
  picked,
  children,
}: {
  itemKey: string;
  orphan: boolean;
  picked?: string | null;
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
      <button type="button" class="jump" data-jump={itemKey} aria-current={picked === itemKey ? 'true' : undefined}>
        {children}
      </button>
    </li>
  );
}
