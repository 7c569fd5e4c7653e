import { expect } from 'vitest';
import type { Probe } from './page-probe';

const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
const holds = (texts: string[], words: string) => texts.some((t) => norm(t).includes(norm(words)));

/** What a reader must see on the seed article, in either browser (issue 3's acceptance). */
export function expectGlobeSeedShown(p: Probe): void {
  expect(p.open).toBe(true);
  expect(p.noArticle).toBe(false);
  const { quote, anonymous } = p.layers as Record<string, string[]>;
  // The PMO readout, Karoline Leavitt's "truthing, all the way", Mr. Hoekstra's quote.
  for (const words of [
    'President Trump congratulated Prime Minister Carney on his recent election',
    'The leaders agreed on the importance of Canada and the United States working together',
    'To that end, the leaders agreed to meet in person in the near future.',
    'truthing, all the way',
    'And the Canadians would benefit greatly, let me tell you that.',
    'We must also invest in defending North America economically and militarily for the next century.',
  ])
    expect(holds(quote!, words), `quote layer holds "${words}"`).toBe(true);
  // The sidebar lists the people quoted under their full names.
  for (const name of ['Karoline Leavitt', 'Pete Hoekstra']) expect(p.sources).toContain(name);
  expect(holds(anonymous!, 'One Liberal insider said')).toBe(true);
  expect(holds(anonymous!, 'agreed not to identify the insider')).toBe(true);
  const everything = [...Object.values(p.layers).flat(), p.sidebarText];
  for (const junk of ['Run Some AI Magic', 'Open this photo in gallery'])
    expect(everything.some((t) => t.includes(junk)), `"${junk}" shown`).toBe(false);
}
