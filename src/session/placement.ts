import type { Analysis } from '../model/analysis';
import type { Passage, Placement } from '../anchor/passages';
import { LAYERS, type Layer } from '../highlight/layers';

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

/**
 * The sidebar entry that stands for a passage: a quote or an anonymous item is its own entry; any
 * mention of a source is listed under the source's name, which carries its first mention's key.
 */
export function entryKeyOf(key: string): string {
  const m = /^(.*):m\d+$/.exec(key);
  return m ? mentionKey(m[1]!, 0) : key;
}

export interface LayeredPassage extends Passage {
  layer: Layer;
}

/** The passages each layer paints: quotes, every mention of a source, anonymous and vague sourcing. */
export function passagesOf(a: Analysis): LayeredPassage[] {
  const out: LayeredPassage[] = [];
  for (const q of a.quotes) out.push({ key: q.id, layer: 'quote', span: q });
  for (const s of a.speakers) s.mentions.forEach((m, i) => out.push({ key: mentionKey(s.id, i), layer: 'source', span: m }));
  a.anonymous.forEach((x, i) => out.push({ key: anonymousKey(i), layer: x.kind === 'vague' ? 'vague' : 'anonymous', span: x }));
  return out;
}

/** Sorts a placement into the painter's layers and the sidebar's orphans. */
export function groupPlacement(passages: readonly LayeredPassage[], placement: Placement): Placed {
  const byLayer = Object.fromEntries(LAYERS.map((l) => [l, [] as Range[]])) as Record<Layer, Range[]>;
  const byKey = new Map<string, Range>();
  const orphans = new Set<string>();
  for (const p of passages) {
    const r = placement.get(p.key) ?? null;
    if (!r) {
      orphans.add(p.key);
      continue;
    }
    byLayer[p.layer].push(r);
    byKey.set(p.key, r);
  }
  return { byLayer, byKey, orphans };
}
