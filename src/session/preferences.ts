import { storage } from '#imports';
import { LAYERS, type Layer } from '../highlight/layers';

export type LayerVisibility = Record<Layer, boolean>;

export const defaultVisibility = (): LayerVisibility =>
  Object.fromEntries(LAYERS.map((l) => [l, true])) as LayerVisibility;

/** Which layers the reader left on, remembered across pages. */
const layersItem = storage.defineItem<LayerVisibility>('local:layers', { fallback: defaultVisibility() });

export async function loadLayerVisibility(): Promise<LayerVisibility> {
  try {
    return { ...defaultVisibility(), ...(await layersItem.getValue()) };
  } catch {
    return defaultVisibility();
  }
}

export async function saveLayerVisibility(v: LayerVisibility): Promise<void> {
  try {
    await layersItem.setValue(v);
  } catch {
    // storage unavailable (a private window with storage blocked): the toggles still work this time
  }
}
