import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFile } from './built-output';

/** The injected script's budget (issue #7): it is parsed and run in the reader's page on every click. */
const BUDGET_GZ_BYTES = 60 * 1024;

describe('the injected content script', () => {
  it('stays within its 60 kB gzip budget in both builds', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2'] as const) {
      const js = builtFile(build, 'content-scripts/sourcelight.js');
      expect(gzipSync(js, { level: 9 }).length, build).toBeLessThanOrEqual(BUDGET_GZ_BYTES);
    }
  });
});
