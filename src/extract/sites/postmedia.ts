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
    // Body paragraphs come in several sections split by ads and promos (all three pages).
    'section.article-content__content-group',
  ],
  drop: [
    // Photos: caption ending "Photo by …" (national-post-harris-montreal: the 1981 yearbook photo).
    { selector: 'figure', rule: 'caption' },
    // Sign-in/subscribe pitch: "Create an account or sign in to continue with your reading experience." (all three).
    { selector: '#article-block, .article-content__sign-in-group', rule: 'subscribe-promo' },
    // Newsletter box: "By signing up you consent to receive the above newsletter from Postmedia Network Inc." (national-post).
    { selector: '.newsletter-signup, [class*="newsletter"]', rule: 'newsletter-signup' },
    // "Read more" link lists inside the body ("Kamala Harris's inspiring best friend is from Montreal…", national-post).
    { selector: '.related-articles, [class*="related-"]', rule: 'related-links' },
  ],
};
