/** The highlight layers: one CSS Custom Highlight each, named so the page's own CSS cannot collide. */
export const LAYERS = ['quote', 'source', 'anonymous', 'vague'] as const;
export type Layer = (typeof LAYERS)[number];

export const highlightName = (layer: Layer) => `sourcelight-${layer}`;

/**
 * Colours chosen to be told apart without relying on red/green, and readable under both dark and
 * light text: each is a translucent tint plus an underline style, so the layer is visible even to
 * readers who cannot see the hue.
 */
export const LAYER_STYLE: Record<Layer, { background: string; decoration: string }> = {
  quote: { background: 'rgba(255, 200, 0, 0.38)', decoration: 'none' },
  source: { background: 'rgba(64, 150, 255, 0.30)', decoration: 'underline 2px rgb(40, 110, 220)' },
  anonymous: { background: 'rgba(190, 90, 255, 0.30)', decoration: 'underline wavy 1.5px rgb(140, 60, 200)' },
  vague: { background: 'rgba(150, 150, 150, 0.30)', decoration: 'underline dotted 2px rgb(110, 110, 110)' },
};

export const FLASH = 'sourcelight-flash';

export function highlightCss(): string {
  const rules = LAYERS.map((l) => {
    const s = LAYER_STYLE[l];
    return `::highlight(${highlightName(l)}) { background-color: ${s.background}; text-decoration: ${s.decoration}; }
[data-sourcelight-mark="${l}"] { background-color: ${s.background}; text-decoration: ${s.decoration}; color: inherit; }`;
  });
  rules.push(`::highlight(${FLASH}) { background-color: rgba(255, 120, 0, 0.65); color: #000; }`);
  return rules.join('\n');
}
