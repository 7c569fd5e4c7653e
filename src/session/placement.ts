import type { Analysis, Span } from '../model/analysis';
import type { Layer } from '../highlight/layers';

/** Every passage of an analysis placed in the page, by layer and by the sidebar's item key. */
export interface Placed {
  byLayer: Record<Layer, Range[]>;
  byKey: Map<string, Range>;
  /** Keys of items whose words could not be found in the page. */
  orphans: Set<string>;
}

/** Sidebar item keys: quotes by id, anonymous items by position, speaker mentions by speaker and position. */
export const anonymousKey = (i: number) => `a${i}`;
export const mentionKey = (speakerId: string, i: number) => `${speakerId}:m${i}`;

export function layerRanges(a: Analysis, place: (span: Span) => Range | null): Placed {
  const byLayer: Record<Layer, Range[]> = { quote: [], source: [], anonymous: [], vague: [] };
  const byKey = new Map<string, Range>();
  const orphans = new Set<string>();
  const put = (layer: Layer, key: string, span: Span) => {
    const r = place(span);
    if (!r) {
      orphans.add(key);
      return;
    }
    byLayer[layer].push(r);
    byKey.set(key, r);
  };
  for (const q of a.quotes) put('quote', q.id, q);
  for (const s of a.speakers) s.mentions.forEach((m, i) => put('source', mentionKey(s.id, i), m));
  a.anonymous.forEach((x, i) => put(x.kind === 'vague' ? 'vague' : 'anonymous', anonymousKey(i), x));
  return { byLayer, byKey, orphans };
}
