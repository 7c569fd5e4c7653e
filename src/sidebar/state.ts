import { signal, type Signal } from '@preact/signals';
import type { Analysis } from '../model/analysis';
import type { Layer } from '../highlight/layers';
import { defaultVisibility } from '../session/preferences';

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
  orphans: Signal<Set<string>>;
  visible: Signal<Record<Layer, boolean>>;
}

export function createSidebarState(): SidebarState {
  return {
    status: signal<Status>('working'),
    analysis: signal<Analysis | null>(null),
    errors: signal<StageError[]>([]),
    orphans: signal(new Set<string>()),
    visible: signal(defaultVisibility()),
  };
}

/** What the sidebar asks of the page. */
export interface SidebarActions {
  close(): void;
  toggleLayer(layer: Layer): void;
  /** Marks an item's passage in the page; `scroll` also brings it into view. */
  reveal(key: string, scroll: boolean): void;
}
