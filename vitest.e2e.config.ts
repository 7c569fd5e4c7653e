import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time, generous timeouts for a shared 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
