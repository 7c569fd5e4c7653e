import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { trimReadability } from './scripts/vite/trim-readability';

// Permissions are the product's promise: activeTab, scripting, storage, nothing else.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  srcDir: '.',
  vite: () => ({ plugins: [trimReadability()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // The CSS Custom Highlight API paints every layer without touching the page (Chrome 105; Firefox 140 below).
    minimum_chrome_version: browser === 'firefox' ? undefined : '105',
    action: {
      default_title: '__MSG_actionTitle__',
      // Firefox shows a generic puzzle piece on the toolbar without an explicit action icon.
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggle__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              // Nothing is collected: the page never leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    // The content script runs in Chrome MV3 (promise-based `chrome.*`) or Firefox (native `browser`)
    // and only calls storage.local get/set, runtime.sendMessage and i18n.getMessage: it takes WXT's
    // plain `browser` (globalThis.browser or chrome), not the polyfill, which weighed 3 kB gzipped
    // there. The background and the options page keep the polyfill. Its main() ignores WXT's
    // context object, so a stand-in replaces it (entrypoints/sourcelight.content/context.ts).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      // terser, two passes, for the injected script only: it is the one with a size budget (60 kB gz).
      // Readability's private members (`_grabArticle`, `this._doc`…) get short names: 0.5 kB gz. The
      // pattern matches no other property in the bundle (Preact's are `__x`, ours have no `_`), and
      // Readability reads none of them by string; its output on the 58 corpus pages and the fixtures
      // was compared field by field with and without this, and was the same.
      const mangle = { properties: { regex: /^_[a-z][A-Za-z]{2,}$/ } };
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, mangle, format: { comments: false } } };
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
          { find: /^wxt\/utils\/content-script-context$/, replacement: resolve('entrypoints/sourcelight.content/context.ts') },
          ...list,
        ],
      };
    },
  },
  zip: { excludeSources: ['tests/artifacts/**', '.output/**'] },
});
