import { effect, signal, type Signal } from '@preact/signals-core';
import { useLayoutEffect, useReducer } from 'preact/hooks';
import type { Analysis } from '../model/analysis';
import type { Layer, Scheme } from '../highlight/layers';
import { defaultPlacement, defaultVisibility, type Placement } from '../session/preferences';

export interface StageError {
  stage: 'extract' | 'annotate' | 'anchor' | 'highlight';
  message: string;
}

export type Status = 'working' | 'ready' | 'no-article' | 'error';

/** What the sidebar shows; the session writes it, the components read it. */
export interface SidebarState {
  status: Signal<Status>;
  analysis: Signal<Analysis | null>;
  errors: Signal<StageError[]>;
  /** Keys of the passages that cannot be placed in the page as it is now. */
  orphans: Signal<Set<string>>;
  visible: Signal<Record<Layer, boolean>>;
  placement: Signal<Placement>;
  scheme: Signal<Scheme>;
  /** The entry of the passage the reader last clicked in the page (`entryKeyOf`), shown and marked in the panel. */
  picked: Signal<string | null>;
}

export function createSidebarState(): SidebarState {
  return {
    status: signal<Status>('working'),
    analysis: signal<Analysis | null>(null),
    errors: signal<StageError[]>([]),
    orphans: signal(new Set<string>()),
    visible: signal(defaultVisibility()),
    placement: signal(defaultPlacement()),
    scheme: signal<Scheme>('standard'),
    picked: signal<string | null>(null),
  };
}

/**
 * Re-renders the calling component (the panel's root) whenever the session writes any of the
 * state's signals. The panel passes what it reads down as props or reads it while rendering, so one
 * subscription at the root is all it needs: @preact/signals' own Preact binding, which subscribes
 * each component to what it reads, weighed 1.1 kB gzipped in the content script (over its budget),
 * for a panel that re-renders as a whole anyway when the analysis arrives. Writes in one task
 * (status, analysis, orphans) still give one re-render: Preact batches them.
 */
export function useSidebarState(state: SidebarState): void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    let first = true;
    return effect(() => {
      for (const s of Object.values(state) as Signal<unknown>[]) void s.value;
      if (!first) rerender(0);
      first = false;
    });
  }, [state]);
}

/** What the sidebar asks of the page. */
export interface SidebarActions {
  close(): void;
  toggleLayer(layer: Layer): void;
  /** Marks an item's passage in the page; `scroll` also brings it into view and flashes it. */
  reveal(key: string, scroll: boolean): void;
  /** The pointer or focus left the item: unmark its passage. */
  unmark(): void;
  /** Moves or resizes the panel; `persist` (default true) remembers it for the next pages. */
  setPlacement(p: Placement, persist?: boolean): void;
  /** Opens the extension's options page in a tab. */
  openOptions(): void;
}
