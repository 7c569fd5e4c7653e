import { LAYERS, LAYER_STYLE } from '../highlight/layers';
import type { SidebarActions, SidebarState } from './state';
import { t } from './t';

/** One switch per highlight layer, each showing the layer's own colour as its swatch. */
export function LayerToggles({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  return (
    <fieldset class="layers">
      <legend>{t('sidebar.layers')}</legend>
      {LAYERS.map((layer) => (
        <label class="layer" key={layer}>
          <input
            type="checkbox"
            data-layer={layer}
            checked={state.visible.value[layer]}
            onChange={() => actions.toggleLayer(layer)}
          />
          <span class="swatch" style={{ background: LAYER_STYLE[layer].background }} aria-hidden="true" />
          {t(`layer.${layer}`)}
        </label>
      ))}
    </fieldset>
  );
}
