import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest resolves `#i18n` / `#imports` and gives every test WXT's in-memory fake `browser`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
