/** The highlight layers: one CSS Custom Highlight each, named so the page's own CSS cannot collide. */
export const LAYERS = ['quote', 'source', 'anonymous', 'vague'] as const;
export type Layer = (typeof LAYERS)[number];

export const highlightName = (layer: Layer) => `sourcelight-${layer}`;

/** How a layer looks: a tint, a line under the words, and a text colour when the tint is opaque. */
export interface LayerStyle {
  background: string;
  decoration: string;
  color?: string;
}

/**
 * Colour schemes. Hues come from the Okabe–Ito palette (told apart with every common colour-vision
 * deficiency) at mid luminance, so tints and lines show on white and on black pages; each layer
 * also has its own line style (none, solid, wavy, dotted), so it can be told apart without hue.
 */
export const SCHEMES = {
  // Translucent tints: the page's own text colour stays readable on light and dark pages.
  standard: {
    quote: { background: 'rgba(230, 159, 0, 0.34)', decoration: 'none' },
    source: { background: 'rgba(86, 180, 233, 0.26)', decoration: 'underline solid 2px rgb(86, 180, 233)' },
    anonymous: { background: 'rgba(204, 121, 167, 0.34)', decoration: 'underline wavy 1.5px rgb(204, 121, 167)' },
    vague: { background: 'rgba(0, 158, 115, 0.22)', decoration: 'underline dotted 2px rgb(0, 158, 115)' },
  },
  // Opaque tints with black text and thicker lines, for low vision or busy pages.
  strong: {
    quote: { background: 'rgb(240, 228, 66)', decoration: 'none', color: '#000' },
    source: { background: 'rgb(160, 214, 245)', decoration: 'underline solid 3px rgb(0, 114, 178)', color: '#000' },
    anonymous: { background: 'rgb(232, 184, 210)', decoration: 'underline wavy 2px rgb(160, 60, 120)', color: '#000' },
    vague: { background: 'rgb(170, 225, 205)', decoration: 'underline dotted 3px rgb(0, 110, 80)', color: '#000' },
  },
  // Lines only, no tint: for readers who find coloured backgrounds distracting.
  lines: {
    quote: { background: 'transparent', decoration: 'underline double 2px rgb(230, 159, 0)' },
    source: { background: 'transparent', decoration: 'underline solid 2px rgb(86, 180, 233)' },
    anonymous: { background: 'transparent', decoration: 'underline wavy 1.5px rgb(204, 121, 167)' },
    vague: { background: 'transparent', decoration: 'underline dotted 2px rgb(0, 158, 115)' },
  },
} as const satisfies Record<string, Record<Layer, LayerStyle>>;

export type Scheme = keyof typeof SCHEMES;
export const SCHEME_NAMES = Object.keys(SCHEMES) as Scheme[];
export const isScheme = (s: unknown): s is Scheme => typeof s === 'string' && Object.hasOwn(SCHEMES, s);

/** Overlaps: a source's name inside a quote shows its own line above the quote's tint. */
export const LAYER_PRIORITY: Record<Layer, number> = { quote: 0, vague: 1, anonymous: 2, source: 3 };

/** The passage the reader is pointing at in the sidebar, and the one just jumped to. */
export const FOCUS = 'sourcelight-focus';
export const FLASH = 'sourcelight-flash';

const declarations = (s: LayerStyle) =>
  `background-color: ${s.background}; text-decoration: ${s.decoration};${s.color ? ` color: ${s.color};` : ''}`;

/**
 * Which elements the `::highlight()` rules are written on. Chromium gives custom highlights highlight
 * inheritance (each element's `::highlight()` inherits from its parent's; on by default for custom
 * highlights since 2022, before the API shipped in Chromium 105), so rules on `:root` style
 * every highlight in the page, and adding them restyles the page about a third faster than rules on
 * every element (`*::highlight()`: measured on the corpus pages, 5.4 against 8.0 ms, median). Firefox
 * (153) does not inherit them: there the rules go on every element.
 */
export type HighlightOrigin = 'root' | 'every-element';

const defaultOrigin = (): HighlightOrigin => (import.meta.env?.BROWSER === 'chrome' ? 'root' : 'every-element');

/**
 * The page-level rules: `::highlight()` for each layer. With inheritance they are written on `scope`
 * (an element holding every painted Range, see scope.ts) so adding them restyles only its subtree.
 */
export function highlightCss(scheme: Scheme = 'standard', origin: HighlightOrigin = defaultOrigin(), scope = ':root'): string {
  const styles = SCHEMES[scheme];
  const on = origin === 'root' ? scope : '';
  const hl = (name: string) => `${on}::highlight(${name})`;
  const rules = LAYERS.map(
    (l) => `${hl(highlightName(l))} { ${declarations(styles[l])} }`,
  );
  rules.push(`${hl(FOCUS)} { background-color: rgb(0, 114, 178); color: #fff; text-decoration: underline solid 3px rgb(0, 114, 178); }`);
  rules.push(`${hl(FLASH)} { background-color: rgb(230, 159, 0); color: #000; }`);
  // Windows high-contrast and other forced-colour modes drop our tints: system colours and the
  // layers' own line styles keep them apart there.
  rules.push(
    `@media (forced-colors: active) { ${LAYERS.map((l) => `${hl(highlightName(l))} { background-color: ${l === 'quote' ? 'Mark' : 'transparent'}; color: ${l === 'quote' ? 'MarkText' : 'CanvasText'}; text-decoration: ${l === 'quote' ? 'none' : styles[l].decoration.replace(/rgb\([^)]*\)/, 'LinkText')}; }`).join(' ')} ${hl(FOCUS)}, ${hl(FLASH)} { background-color: Highlight; color: HighlightText; } }`,
  );
  return rules.join('\n');
}
