/**
 * Site profiles: what Readability keeps that is not the article. Selectors are removed from the
 * clone before Readability runs; each entry names the page it was written for.
 */
export interface SiteProfile {
  name: string;
  hosts: RegExp;
  /** Elements dropped before extraction; the rule name is reported in `removed[]`. */
  drop: { selector: string; rule: string }[];
}

export const GENERAL_DROP: { selector: string; rule: string }[] = [
  // Widgets injected by other extensions into the article (Globe fixture: "Run Some AI Magic").
  { selector: '[data-injected-widget]', rule: 'injected-widget' },
];

export const SITE_PROFILES: SiteProfile[] = [
  {
    name: 'The Globe and Mail',
    hosts: /(^|\.)theglobeandmail\.com$/,
    drop: [
      // 2024 template photo: hidden "Open this photo in gallery:", then caption and credit (fixtures/globe-and-mail).
      { selector: 'figure', rule: 'globe-gallery-caption' },
      { selector: '.c-ai-magic-promo', rule: 'ai-magic-promo' },
    ],
  },
];

/** The profile for a page: by host, else by the site name the page declares. */
export function profileFor(host: string, siteName: string | null): SiteProfile | null {
  return SITE_PROFILES.find((p) => p.hosts.test(host) || (siteName !== null && p.name === siteName)) ?? null;
}
