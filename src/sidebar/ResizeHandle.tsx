import { WIDTH } from '../session/preferences';
import type { SidebarActions, SidebarState } from './state';
import { t } from './t';

/**
 * The panel's inner edge: drag it, or focus it and use the arrow keys (the ARIA window-splitter
 * pattern), to change the panel's width; the width is remembered.
 */
export function ResizeHandle({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const p = state.placement.value;
  // Dragging toward the page widens the panel: leftwards for a right-hand panel.
  const sign = p.side === 'right' ? -1 : 1;
  const onKeyDown = (e: KeyboardEvent) => {
    const grow: Record<string, number> = {
      // The arrow moves the edge: the same way as dragging it.
      ArrowLeft: sign * -WIDTH.step,
      ArrowRight: sign * WIDTH.step,
      ArrowUp: WIDTH.step,
      ArrowDown: -WIDTH.step,
      Home: WIDTH.min - p.width,
      End: WIDTH.max - p.width,
    };
    const by = grow[e.key];
    if (by === undefined) return;
    e.preventDefault();
    actions.setPlacement({ ...p, width: p.width + by });
  };
  const onPointerDown = (e: PointerEvent) => {
    const el = e.currentTarget as HTMLElement;
    const x0 = e.clientX;
    const w0 = p.width;
    el.setPointerCapture?.(e.pointerId);
    let width = w0;
    const move = (m: PointerEvent) => {
      width = w0 + sign * (m.clientX - x0);
      actions.setPlacement({ ...p, width }, false);
    };
    const up = () => {
      actions.setPlacement({ ...p, width }, true);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
  };
  return (
    <div
      class={`resize resize-${p.side}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar.resize')}
      aria-valuemin={WIDTH.min}
      aria-valuemax={WIDTH.max}
      aria-valuenow={p.width}
      tabIndex={0}
      data-testid="resize"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
