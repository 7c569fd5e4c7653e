import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** The two builds the privacy promise covers, as `npm run build` writes them. */
export const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
export type BuildName = (typeof BUILDS)[number];

const dirOf = (build: BuildName) => resolve(ROOT, '.output', build);

/** Fails with the command to run rather than a bare ENOENT when the extension was never built. */
export function builtFile(build: BuildName, file: string): string {
  const path = resolve(dirOf(build), file);
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run build\` first (these tests read the built extension).`);
  return readFileSync(path, 'utf8');
}

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: string | Record<string, string>;
  background?: { service_worker?: string; scripts?: string[] };
}

export const manifestOf = (build: BuildName): Manifest => JSON.parse(builtFile(build, 'manifest.json')) as Manifest;

/** Every script the extension runs: the background and each content script the build emitted. */
export function scriptsOf(build: BuildName): { file: string; code: string }[] {
  const m = manifestOf(build);
  const files = [m.background?.service_worker, ...(m.background?.scripts ?? []), 'content-scripts/sourcelight.js'];
  return files.filter((f): f is string => !!f).map((file) => ({ file, code: builtFile(build, file) }));
}
