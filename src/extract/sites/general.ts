import type { DropRule } from '../site-rules';

/** Elements that are never the article, on any site. */
export const GENERAL: DropRule[] = [
  // Widgets injected by other extensions into the article (globe-and-mail/trump-carney-call: "Run Some AI Magic").
  { selector: '[data-injected-widget]', rule: 'injected-widget' },
  // Site menus: when an article's paragraphs sit loose in <body> (broken markup), Readability takes
  // the body and its menus with it. Page chrome, not article boilerplate: not listed in removed[].
  { selector: 'nav, [role="navigation"]', rule: 'navigation', quiet: true },
];
