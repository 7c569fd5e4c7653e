import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES = join(__dirname, '../../fixtures');

/** A saved page in a jsdom window with the URL it was saved from (scripts never run, nothing is fetched). */
export function loadPage(file: string, url?: string): Document {
  return new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function pageFrom(html: string, url?: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export interface SiteFixture {
  /** "cbc/gaza-sinwar-appointment" */
  name: string;
  dir: string;
  url: string;
  /** The site and byline the page's metadata give. */
  site: string;
  byline: string;
  /** Boilerplate the rules must take out: a piece of its text and the rule that reports it ("outside-content": never in the candidate). */
  dropped: { rule: string; text: string }[];
  /** The article's paragraphs, from the page's independent gold (fundus or the extraction benchmark). */
  goldParagraphs: string[];
}

interface Expected {
  url: string;
  site: string;
  byline: string;
  dropped: { rule: string; text: string }[];
}

interface Gold {
  body?: { sections: { headline: string[]; paragraphs: string[] }[] };
  articleBody?: string;
}

/** Every tests/fixtures/<site>/<slug>/ folder that holds page.html, expected.json and gold.json. */
export function siteFixtures(): SiteFixture[] {
  const out: SiteFixture[] = [];
  for (const site of readdirSync(FIXTURES)) {
    const siteDir = join(FIXTURES, site);
    if (!existsSync(siteDir) || !readdirSync(siteDir, { withFileTypes: true }).some((d) => d.isDirectory())) continue;
    for (const slug of readdirSync(siteDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const dir = join(siteDir, slug);
      if (!existsSync(join(dir, 'expected.json'))) continue;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
      const goldParagraphs = gold.body
        ? gold.body.sections.flatMap((s) => [...s.headline, ...s.paragraphs])
        : (gold.articleBody ?? '').split(/\n\s*\n/);
      out.push({ name: `${site}/${slug}`, dir, url: expected.url, site: expected.site, byline: expected.byline, dropped: expected.dropped, goldParagraphs });
    }
  }
  return out;
}

/** Whitespace does not count: the anchoring matches paragraphs the same way. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');
