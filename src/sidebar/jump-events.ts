import type { SidebarActions } from './state';

/**
 * The passage buttons' events, handled once on the panel instead of on each button: an article with
 * a hundred quotes would otherwise have its panel add five listeners per quote on every opening.
 * A button names its passage in `data-jump`; hover or focus marks it in the page, a click or Enter
 * scrolls to it and flashes it, and leaving it (pointer or focus) unmarks it.
 */
export interface JumpHandlers {
  onClick(e: MouseEvent): void;
  onMouseOver(e: MouseEvent): void;
  onMouseOut(e: MouseEvent): void;
  onFocusIn(e: FocusEvent): void;
  onFocusOut(e: FocusEvent): void;
}

/** The passage button an event happened in, if any. */
function jumpButton(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  return typeof el?.closest === 'function' ? (el.closest('[data-jump]') as HTMLElement | null) : null;
}

const keyOf = (el: HTMLElement | null): string | null => el?.dataset.jump ?? null;

export function jumpHandlers(actions: SidebarActions): JumpHandlers {
  return {
    onClick(e) {
      const key = keyOf(jumpButton(e.target));
      if (key) actions.reveal(key, true);
    },
    // mouseover and mouseout bubble, and fire again between a button's own children: only crossing
    // the button's edge counts, as mouseenter and mouseleave would.
    onMouseOver(e) {
      const button = jumpButton(e.target);
      if (button && !button.contains(e.relatedTarget as Node | null)) actions.reveal(keyOf(button)!, false);
    },
    onMouseOut(e) {
      const button = jumpButton(e.target);
      if (button && !button.contains(e.relatedTarget as Node | null)) actions.unmark();
    },
    onFocusIn(e) {
      const key = keyOf(jumpButton(e.target));
      if (key) actions.reveal(key, false);
    },
    onFocusOut(e) {
      if (jumpButton(e.target)) actions.unmark();
    },
  };
}
