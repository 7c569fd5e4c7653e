import type { SiteProfile } from '../site-rules';

/** globalnews.ca. Fixtures: tests/fixtures/global-news/{kyiv-missile-attack}. */
export const GLOBAL_NEWS: SiteProfile = {
  name: 'Global News',
  hosts: /(^|\.)globalnews\.ca$/,
  // The story text; the featured video and the sidebar sit outside it (kyiv-missile-attack).
  content: ['article.l-article__text'],
  drop: [
    // Ad slots labelled "Story continues below advertisement" (kyiv-missile-attack).
    { selector: '.c-ad', rule: 'advertisement' },
    // "Get daily National news … delivered to your inbox" (kyiv-missile-attack).
    { selector: '.c-inlineSignup', rule: 'newsletter-signup' },
    // Inline video cards: "2:34 Russia launches major nuclear drills…" (kyiv-missile-attack).
    { selector: '.c-video, figure', rule: 'video-embed' },
  ],
};
