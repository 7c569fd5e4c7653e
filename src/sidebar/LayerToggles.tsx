import { LAYERS, SCHEMES } from '../highlight/layers';
import type { SidebarActions, SidebarState } from './state';
import { t } from './t';

/** One switch per highlight layer, each with a sample of the layer's own tint and line. */
export function LayerToggles({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const styles = SCHEMES[state.scheme.value];
  return (
    <fieldset class="layers" data-testid="layers">
      <legend>{t('sidebar.layers')}</legend>
      {LAYERS.map((layer) => {
        const s = styles[layer];
        return (
          <label class="layer" key={layer}>
            <input
              type="checkbox"
              data-layer={layer}
              checked={state.visible.value[layer]}
              onChange={() => actions.toggleLayer(layer)}
            />
            <span
              class="swatch"
              style={{ backgroundColor: s.background, textDecoration: s.decoration, color: 'color' in s ? s.color : undefined }}
              aria-hidden="true"
            >
              Aa
            </span>
            {t(`layer.${layer}`)}
          </label>
        );
      })}
    </fieldset>
  );
}
