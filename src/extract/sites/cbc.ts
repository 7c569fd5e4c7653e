import type { SiteProfile } from '../site-rules';

/** cbc.ca news. Fixtures: tests/fixtures/cbc/{gaza-sinwar-appointment}. */
export const CBC: SiteProfile = {
  name: 'CBC News',
  hosts: /(^|\.)cbc\.ca$/,
  siteNames: { CBC: 'CBC News' },
  content: [
    // Dek ("Yahya Sinwar is seen as a hard-liner…"), then the story and its source line (gaza-sinwar-appointment).
    '.sclt-storycontent > .detailSummary',
    '.sclt-storycontent .story',
    '.sclt-storycontent > .source',
  ],
  drop: [
    // Photo captions "… (Mohamed El Saife/CBC)" (gaza-sinwar-appointment).
    { selector: 'figure, figcaption', rule: 'caption' },
    // Video embed card: title, "14 hours ago", "Duration 1:30", description (gaza-sinwar-appointment).
    { selector: '.mediaEmbed, .videoCardOverlay, [class*="player-placeholder"]', rule: 'video-embed' },
    // Related-story links between paragraphs: "Who is Ismail Haniyeh, …?", "CBC Investigates" (gaza-sinwar-appointment).
    { selector: 'ul.similarLinks, .similarLinks', rule: 'related-links' },
    // "ABOUT THE AUTHOR" box with the reporter's biography (gaza-sinwar-appointment).
    { selector: '.authorprofile', rule: 'author-bio' },
  ],
  lines: [
    // The heading before a video: "WATCH | Palestinians react to Sinwar being named…" (gaza-sinwar-appointment).
    { rule: 'video-embed', pattern: /^(?:WATCH|LISTEN)\s*\|/ },
  ],
};
