import type { LineRule } from './boilerplate-lines';
import { CBC } from './sites/cbc';
import { CTV } from './sites/ctv';
import { GENERAL } from './sites/general';
import { GLOBAL_NEWS } from './sites/global-news';
import { GLOBE_AND_MAIL } from './sites/globe-and-mail';
import { POSTMEDIA } from './sites/postmedia';

/** Elements dropped from the clone before Readability runs; `rule` is what `removed[]` reports. */
export interface DropRule {
  selector: string;
  rule: string;
  /** Page chrome outside any article (menus): dropped without a line in removed[]. */
  quiet?: boolean;
}

/**
 * What one site's pages hold besides the article. Every entry says, in a comment, the page it was
 * written for; that page is a fixture under tests/fixtures/<site>/.
 */
export interface SiteProfile {
  /** The site's name as readers know it (reported when the page's own og:site_name is a slug). */
  name: string;
  hosts: RegExp;
  /**
   * og:site_name values the site's pages declare (so a saved page that lost its URL still matches),
   * each with the name readers know ("financialpost" → "Financial Post").
   */
  siteNames?: Record<string, string>;
  /**
   * The article's own blocks. When one matches, Readability sees only these (in page order), which
   * keeps menus and promos out however Readability would have scored them.
   */
  content?: string[];
  /** Where the page names its authors, for when the content blocks leave the byline out. */
  byline?: string;
  drop: DropRule[];
  /** Wrappers replaced by their children before Readability runs (it scores and drops wrappers, not text). */
  unwrap?: string[];
  /** Never dropped: an element a drop selector matches is left alone when it is or holds one of these. */
  keep?: string[];
  /** Whole paragraphs that are boilerplate on this site only. */
  lines?: LineRule[];
}

export const SITE_PROFILES: SiteProfile[] = [GLOBE_AND_MAIL, CBC, CTV, POSTMEDIA, GLOBAL_NEWS];

export { GENERAL };

/** The profile for a page: by host, else by the site name the page declares. */
export function profileFor(host: string, siteName: string | null): SiteProfile | null {
  const name = siteName?.trim().toLowerCase() ?? null;
  return (
    SITE_PROFILES.find(
      (p) =>
        (host !== '' && p.hosts.test(host)) ||
        (name !== null && (p.name.toLowerCase() === name || Object.keys(p.siteNames ?? {}).some((s) => s.toLowerCase() === name))),
    ) ?? null
  );
}

/** The site's name as readers know it: the profile's name for what the page declares, else the page's own. */
export function siteNameFor(profile: SiteProfile | null, declared: string | null): string | null {
  if (!profile) return declared;
  if (declared === null) return profile.name;
  const known = Object.entries(profile.siteNames ?? {}).find(([slug]) => slug.toLowerCase() === declared.trim().toLowerCase());
  return known ? known[1] : profile.siteNames ? declared : profile.name;
}
