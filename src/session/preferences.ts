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

/** What the reader chose: the layers left on, where the panel sits, the colour scheme. */
export interface Preferences {
  visible: LayerVisibility;
  placement: Placement;
  scheme: Scheme;
}

/**
 * Each choice is a value in `storage.local` under its plain key (the keys @wxt-dev/storage's
 * 'local:layers' items used, so what readers saved before still loads). Straight `browser.storage`
 * calls: the storage library weighed some 9 kB in the content script for a get and a set.
 */
const KEYS = { visible: 'layers', placement: 'placement', scheme: 'scheme' } as const;

export const defaultPreferences = (): Preferences => ({ visible: defaultVisibility(), placement: defaultPlacement(), scheme: 'standard' });

/**
 * Every choice, read at once: one storage call, not one per choice (each crosses the extension's
 * API bindings, in the click's time). Storage can be unavailable (a private window with storage
 * blocked) or hold a value from an older version or a hand edit: each such value falls back to its
 * default, and the panel works this time.
 */
export async function loadPreferences(): Promise<Preferences> {
  let stored: Record<string, unknown>;
  try {
    stored = (await browser.storage.local.get(Object.values(KEYS))) as Record<string, unknown>;
  } catch {
    return defaultPreferences();
  }
  const layers = stored[KEYS.visible] as Partial<Record<Layer, unknown>> | undefined;
  const visible = defaultVisibility();
  for (const l of LAYERS) if (typeof layers?.[l] === 'boolean') visible[l] = layers[l];
  const placement = stored[KEYS.placement] as Partial<Record<keyof Placement, unknown>> | undefined;
  const scheme = stored[KEYS.scheme];
  return {
    visible,
    placement: { side: placement?.side === 'left' ? 'left' : 'right', width: clampWidth(Number(placement?.width)) },
    scheme: isScheme(scheme) ? scheme : 'standard',
  };
}

/** Writing fails quietly (see above): the choice holds for this page. */
async function save(key: string, value: unknown): Promise<void> {
  try {
    await browser.storage.local.set({ [key]: value });
  } catch {
    // Storage unavailable.
  }
}

export const saveLayerVisibility = (v: LayerVisibility) => save(KEYS.visible, v);
export const savePlacement = (p: Placement) => save(KEYS.placement, { side: p.side, width: clampWidth(p.width) });
export const saveScheme = (s: Scheme) => save(KEYS.scheme, s);
