import { isScheme, LAYERS, type Layer, type Scheme } from '../highlight/layers';

export type LayerVisibility = Record<Layer, boolean>;
export type Side = 'left' | 'right';

/** Where the sidebar sits and how wide it is. */
export interface Placement {
  side: Side;
  width: number;
}

export const WIDTH = { min: 280, max: 720, default: 380, step: 40 } as const;

export const defaultVisibility = (): LayerVisibility =>
  Object.fromEntries(LAYERS.map((l) => [l, true])) as LayerVisibility;
export const defaultPlacement = (): Placement => ({ side: 'right', width: WIDTH.default });

export const clampWidth = (w: number) =>
  Number.isFinite(w) ? Math.round(Math.min(WIDTH.max, Math.max(WIDTH.min, w))) : WIDTH.default;

/**
 * One remembered value in `storage.local` under its plain key (the keys @wxt-dev/storage's
 * 'local:layers' items used, so what readers saved before still loads). Straight `browser.storage`
 * calls: the storage library weighed some 9 kB in the content script for a get and a set.
 */
function localItem<T>(key: string, fallback: () => T) {
  return {
    async getValue(): Promise<T> {
      const got = (await browser.storage.local.get(key)) as Record<string, T | undefined>;
      return got[key] ?? fallback();
    },
    setValue: (value: T): Promise<void> => browser.storage.local.set({ [key]: value }),
  };
}

/** Which layers the reader left on, remembered across pages (and set as defaults on the options page). */
const layersItem = localItem<LayerVisibility>('layers', defaultVisibility);
const placementItem = localItem<Placement>('placement', defaultPlacement);
const schemeItem = localItem<Scheme>('scheme', () => 'standard');

// Storage can be unavailable (a private window with storage blocked) or hold a value from an older
// version: reading falls back to the defaults, writing fails quietly, the panel works this time.
async function read<T>(get: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await get();
  } catch {
    return fallback;
  }
}
async function write(set: () => Promise<void>): Promise<void> {
  try {
    await set();
  } catch {
    // see above
  }
}

export async function loadLayerVisibility(): Promise<LayerVisibility> {
  const stored = await read(() => layersItem.getValue(), defaultVisibility());
  const out = defaultVisibility();
  for (const l of LAYERS) if (typeof stored?.[l] === 'boolean') out[l] = stored[l];
  return out;
}
export const saveLayerVisibility = (v: LayerVisibility) => write(() => layersItem.setValue(v));

export async function loadPlacement(): Promise<Placement> {
  const stored = await read(() => placementItem.getValue(), defaultPlacement());
  return { side: stored?.side === 'left' ? 'left' : 'right', width: clampWidth(Number(stored?.width)) };
}
export const savePlacement = (p: Placement) => write(() => placementItem.setValue({ side: p.side, width: clampWidth(p.width) }));

export async function loadScheme(): Promise<Scheme> {
  const stored = await read(() => schemeItem.getValue(), 'standard' as Scheme);
  return isScheme(stored) ? stored : 'standard';
}
export const saveScheme = (s: Scheme) => write(() => schemeItem.setValue(s));
