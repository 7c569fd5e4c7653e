// Lint is the tools' share of review: TypeScript's recommended rules everywhere, and on the product
// code (src/, entrypoints/) the regexp rules, because every pattern there runs on page text we do
// not control: a pattern that backtracks super-linearly is a hang on someone's 5 MB page.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_`-prefixed parameters are the convention for "required by the signature, not used".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ...regexp.configs['flat/recommended'],
    rules: {
      // The plugin's style advice (unused groups, simpler classes) warns; only hangs fail the lint.
      ...Object.fromEntries(Object.keys(regexp.configs['flat/recommended'].rules).map((rule) => [rule, 'warn'])),
      // Catastrophic backtracking on page text is a frozen tab: errors, not warnings.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
