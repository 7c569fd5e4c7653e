import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_EXT = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = resolve(ROOT, '.output/firefox-mv2');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
export const ARTIFACTS = resolve(ROOT, 'tests/artifacts');

/** The built extension must exist: the README's test command builds it first. */
export function requireBuild(dir: string): void {
  if (!existsSync(resolve(dir, 'manifest.json')))
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first (npm test does).`);
}
