import type { SiteProfile } from '../site-rules';

/** ctvnews.ca. Fixtures: tests/fixtures/ctv/{hibernating-astronauts} (2019 template). */
export const CTV: SiteProfile = {
  name: 'CTV News',
  hosts: /(^|\.)ctvnews\.ca$/,
  siteNames: { CTVNews: 'CTV News', 'CTV News': 'CTV News' },
  // The body paragraphs (hibernating-astronauts).
  content: ['.articleBody'],
  drop: [
    // Photo captions and related-video cards inside the body (hibernating-astronauts).
    { selector: 'figure, .related-video, .relatedStories', rule: 'caption' },
  ],
};
