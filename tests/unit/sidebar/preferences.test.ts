import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadPreferences,
  saveLayerVisibility,
  savePlacement,
  saveScheme,
} from '../../../src/session/preferences';

describe('preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with every layer on, the panel on the right at 380 px, the standard colours', async () => {
    expect(await loadPreferences()).toEqual({
      visible: { quote: true, source: true, anonymous: true, vague: true },
      placement: { side: 'right', width: 380 },
      scheme: 'standard',
    });
  });

  it('remembers the toggles, the side, the width and the colour scheme', async () => {
    await saveLayerVisibility({ quote: true, source: false, anonymous: true, vague: false });
    await savePlacement({ side: 'left', width: 500 });
    await saveScheme('lines');
    expect(await loadPreferences()).toEqual({
      visible: { quote: true, source: false, anonymous: true, vague: false },
      placement: { side: 'left', width: 500 },
      scheme: 'lines',
    });
  });

  it('falls back to sane values when storage holds something else (an older version, a hand edit)', async () => {
    await fakeBrowser.storage.local.set({ layers: { quote: 'yes' }, placement: { side: 'top', width: 99999 }, scheme: 'neon' });
    expect(await loadPreferences()).toEqual({
      visible: { quote: true, source: true, anonymous: true, vague: true },
      placement: { side: 'right', width: 720 },
      scheme: 'standard',
    });
    // A name every object has is not a colour scheme.
    await fakeBrowser.storage.local.set({ scheme: 'constructor' });
    expect((await loadPreferences()).scheme).toBe('standard');
  });

  it('reads every choice in one storage call', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await loadPreferences();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('gives the defaults when storage cannot be read (a private window with storage blocked)', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is disabled'));
    expect(await loadPreferences()).toEqual({
      visible: { quote: true, source: true, anonymous: true, vague: true },
      placement: { side: 'right', width: 380 },
      scheme: 'standard',
    });
    vi.restoreAllMocks();
  });
});
