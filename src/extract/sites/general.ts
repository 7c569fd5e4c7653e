import type { DropRule } from '../site-rules';

/** Elements that are never the article, on any site. */
export const GENERAL: DropRule[] = [
  // Widgets injected by other extensions into the article (globe-and-mail/trump-carney-call: "Run Some AI Magic").
  { selector: '[data-injected-widget]', rule: 'injected-widget' },
];
