import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects over tests/unit/**, both in the node environment by default (a file picks happy-dom or
// jsdom with a `// @vitest-environment` comment). Only the sidebar's tests get WxtVitest (`#i18n`,
// `#imports`, WXT's in-memory fake `browser`): its transforms made the pure engine's 2 MB stress
// tests some 60 times slower, so the rest run without it.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/sidebar/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: { name: 'sidebar', include: ['tests/unit/sidebar/**/*.test.{ts,tsx}'], environment: 'node' },
      },
    ],
  },
});
