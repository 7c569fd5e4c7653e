import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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

/** Every script the build holds: the background, the content script, and any page's chunks (options...). */
export function scriptsOf(build: BuildName): { file: string; code: string }[] {
  builtFile(build, 'manifest.json');
  const dir = dirOf(build);
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : /\.m?js$/.test(e.name) ? [join(d, e.name)] : [],
    );
  const files = walk(dir).map((f) => relative(dir, f));
  // The two the manifest names must be among them: a build that lost them would pass vacuously.
  const m = manifestOf(build);
  for (const needed of [m.background?.service_worker ?? m.background?.scripts?.[0], 'content-scripts/sourcelight.js'])
    if (needed && !files.includes(needed)) throw new Error(`${build}: ${needed} is not in the build: run \`npm run build\``);
  return files.map((file) => ({ file, code: builtFile(build, file) }));
}
