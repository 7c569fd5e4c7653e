import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { LAYERS, SCHEMES, SCHEME_NAMES, type Layer, type Scheme } from '../../src/highlight/layers';
import {
  defaultPlacement,
  defaultVisibility,
  loadPreferences,
  saveLayerVisibility,
  savePlacement,
  saveScheme,
  WIDTH,
  type Placement,
} from '../../src/session/preferences';

const t = i18n.t;

/** The preview sentence, split into the layer each part shows as. */
function Preview({ scheme }: { scheme: Scheme }) {
  const s = SCHEMES[scheme];
  const style = (l: Layer) => {
    const x = s[l];
    return { backgroundColor: x.background, textDecoration: x.decoration, color: 'color' in x ? x.color : undefined };
  };
  return (
    <p class="preview" aria-hidden="true">
      {LAYERS.map((l) => (
        <span key={l} style={style(l)}>
          {t(`layer.${l}`)}
        </span>
      ))}
    </p>
  );
}

/** Defaults for the panel: layers, colours, side and width; what the extension reads; the shortcut. */
export function Options() {
  const [visible, setVisible] = useState(defaultVisibility());
  const [scheme, setScheme] = useState<Scheme>('standard');
  const [placement, setPlacement] = useState<Placement>(defaultPlacement());
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void loadPreferences().then((p) => {
      setVisible(p.visible);
      setScheme(p.scheme);
      setPlacement(p.placement);
    });
  }, []);
  const done = () => {
    setSaved(t('options.saved'));
    setTimeout(() => setSaved(''), 2000);
  };
  const toggle = (l: Layer) => {
    const next = { ...visible, [l]: !visible[l] };
    setVisible(next);
    void saveLayerVisibility(next).then(done);
  };
  const pickScheme = (s: Scheme) => {
    setScheme(s);
    void saveScheme(s).then(done);
  };
  const place = (p: Placement) => {
    setPlacement(p);
    void savePlacement(p).then(done);
  };
  return (
    <div class="options">
      <h1>
        <img src="/icon/48.png" alt="" width={32} height={32} /> {t('options.title')}
      </h1>
      <p>{t('options.intro')}</p>

      <fieldset>
        <legend>{t('options.layersHeading')}</legend>
        {LAYERS.map((l) => (
          <label key={l}>
            <input type="checkbox" checked={visible[l]} onChange={() => toggle(l)} data-layer={l} /> {t(`layer.${l}`)}
          </label>
        ))}
        <p class="help">{t('options.layersHelp')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('options.schemeHeading')}</legend>
        {SCHEME_NAMES.map((s) => (
          <div class="scheme" key={s}>
            <label>
              <input type="radio" name="scheme" checked={scheme === s} onChange={() => pickScheme(s)} data-scheme={s} />{' '}
              {t(`options.scheme.${s}`)}
            </label>
            <Preview scheme={s} />
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('options.sideHeading')}</legend>
        <label>
          <input type="radio" name="side" checked={placement.side === 'left'} onChange={() => place({ ...placement, side: 'left' })} />{' '}
          {t('options.sideLeft')}
        </label>
        <label>
          <input type="radio" name="side" checked={placement.side === 'right'} onChange={() => place({ ...placement, side: 'right' })} />{' '}
          {t('options.sideRight')}
        </label>
        <label class="width">
          {t('options.width', [String(placement.width)])}
          <input
            type="range"
            min={WIDTH.min}
            max={WIDTH.max}
            step={20}
            value={placement.width}
            onChange={(e) => place({ ...placement, width: Number((e.currentTarget as HTMLInputElement).value) })}
          />
        </label>
      </fieldset>

      <section>
        <h2>{t('options.shortcutHeading')}</h2>
        <p>{t('options.shortcutText')}</p>
        <p class="help">{t('options.shortcutChange')}</p>
      </section>

      <section>
        <h2>{t('options.privacyHeading')}</h2>
        <p>{t('options.privacyText')}</p>
        <p class="help">{t('options.storageText')}</p>
      </section>

      <p class="saved" role="status">
        {saved}
      </p>
    </div>
  );
}
