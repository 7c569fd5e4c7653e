import type { SiteProfile } from '../site-rules';

/** theglobeandmail.com. Fixtures: tests/fixtures/globe-and-mail/ (2024–2025 template). */
export const GLOBE_AND_MAIL: SiteProfile = {
  name: 'The Globe and Mail',
  hosts: /(^|\.)theglobeandmail\.com$/,
  // 2024 template: body paragraphs, subheads and figures sit directly in article.l-article (business-brief-nvidia).
  content: ['article.l-article'],
  // Author links above the body, outside article.l-article (trump-carney-call: "The Globe and Mail").
  byline: '.c-article-meta__bylines',
  // Body paragraphs are never dropped with an element around them, whatever wraps them (trump-carney-call).
  keep: ['p.c-article-body__text'],
  drop: [
    // Photo: visually hidden "Open this photo in gallery:", then caption and credit (trump-carney-call, business-brief-nvidia).
    { selector: 'figure', rule: 'globe-gallery-caption' },
    // "Run Some AI Magic" promo widget at the end of the body (trump-carney-call).
    { selector: '.c-ai-magic-promo', rule: 'ai-magic-promo' },
    // Share and bookmark toolbar: "Please log in to bookmark this story." (trump-carney-call).
    { selector: '.article-toolbar', rule: 'share-bar' },
    // "Report an editorial error" link under the body (trump-carney-call).
    { selector: '.article-actions-inline', rule: 'globe-report-error' },
    // "Follow related authors and topics" box (trump-carney-call).
    { selector: '.c-topics-your-globe', rule: 'globe-follow-topics' },
  ],
};
