import { defineConfig } from 'wxt';

// Permissions are the product's promise: activeTab, scripting, storage, nothing else.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  srcDir: '.',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: '__MSG_actionTitle__' },
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
              strict_min_version: '128.0',
              // Nothing is collected: the page never leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  zip: { excludeSources: ['tests/artifacts/**', '.output/**'] },
});
