import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadLayerVisibility,
  loadPlacement,
  loadScheme,
  saveLayerVisibility,
  savePlacement,
  saveScheme,
} from '../../../src/session/preferences';

describe('preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with every layer on, the panel on the right at 380 px, the standard colours', async () => {
    expect(await loadLayerVisibility()).toEqual({ quote: true, source: true, anonymous: true, vague: true });
    expect(await loadPlacement()).toEqual({ side: 'right', width: 380 });
    expect(await loadScheme()).toBe('standard');
  });

  it('remembers the toggles, the side, the width and the colour scheme', async () => {
    await saveLayerVisibility({ quote: true, source: false, anonymous: true, vague: false });
    await savePlacement({ side: 'left', width: 500 });
    await saveScheme('lines');
    expect(await loadLayerVisibility()).toEqual({ quote: true, source: false, anonymous: true, vague: false });
    expect(await loadPlacement()).toEqual({ side: 'left', width: 500 });
    expect(await loadScheme()).toBe('lines');
  });

  it('falls back to sane values when storage holds something else (an older version, a hand edit)', async () => {
    await fakeBrowser.storage.local.set({ layers: { quote: 'yes' }, placement: { side: 'top', width: 99999 }, scheme: 'neon' });
    expect(await loadLayerVisibility()).toEqual({ quote: true, source: true, anonymous: true, vague: true });
    expect(await loadPlacement()).toEqual({ side: 'right', width: 720 });
    expect(await loadScheme()).toBe('standard');
  });
});
