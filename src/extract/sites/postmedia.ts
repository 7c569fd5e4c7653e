import type { SiteProfile } from '../site-rules';

/**
 * Postmedia's shared template: National Post, Financial Post, Ottawa Citizen (and its 15 sister sites).
 * Fixtures: tests/fixtures/postmedia/{national-post-harris-montreal,financial-post-jobs-report,ottawa-citizen-ircc-office}.
 * On these pages plain Readability keeps the whole mega-menu and the subscription pitch.
 */
export const POSTMEDIA: SiteProfile = {
  name: 'Postmedia',
  hosts: /(^|\.)(nationalpost|financialpost|ottawacitizen|montrealgazette|calgaryherald|edmontonjournal|vancouversun|theprovince|torontosun|lfpress|windsorstar|leaderpost|thestarphoenix)\.com$/,
  siteNames: { nationalpost: 'National Post', financialpost: 'Financial Post', ottawacitizen: 'Ottawa Citizen' },
  content: [
    // The dek under the headline (all three pages).
    'p.article-subtitle',
    // Body paragraphs come in several sections split by ads and promos (all three pages); the
    // right rail's "trending" lists use the same class without the --story modifier (financial-post).
    'section.article-content__content-group--story',
  ],
  // Each subhead sits alone in a wrapper div that Readability drops as too short
  // ("‘Ends recession debate’: CPA Canada", financial-post-jobs-report).
  unwrap: ['div.story-v2-content-element-inline'],
  drop: [
    // A screen-reader label "Article content" opening each body section (ottawa-citizen-ircc-office).
    { selector: '.visually-hidden', rule: 'screen-reader-label' },
    // Photos: caption ending "Photo by …" (national-post-harris-montreal: the 1981 yearbook photo).
    { selector: 'figure', rule: 'caption' },
    // Sign-in/subscribe pitch: "Create an account or sign in to continue with your reading experience." (all three).
    { selector: '#article-block, .article-content__sign-in-group', rule: 'subscribe-promo' },
    // Newsletter box: "By signing up you consent to receive the above newsletter from Postmedia Network Inc." (national-post).
    { selector: '.newsletter-signup, [class*="newsletter"]', rule: 'newsletter-signup' },
    // "Read more" link lists inside the body ("Kamala Harris's inspiring best friend is from Montreal…", national-post).
    { selector: '.related-articles, [class*="related-"], section.more-topic', rule: 'related-links' },
  ],
  lines: [
    // The house promo closing every National Post story: "Our website is the place for the latest breaking news…".
    { rule: 'house-promo', pattern: /^Our website is the place for the latest breaking news\b/ },
  ],
};
