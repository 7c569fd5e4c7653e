import type { Analysis } from '../model/analysis';

/** The contract result as a file, with the page's address when the analysis did not record one. */
export function toJson(a: Analysis, url: string | null = null): string {
  return JSON.stringify({ ...a, url: a.url ?? url }, null, 2) + '\n';
}
