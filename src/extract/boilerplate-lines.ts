/**
 * Paragraphs that are boilerplate on any site, recognised by their words alone (so they work on
 * plain text as well as on extracted pages). Each entry says the case it was written for.
 */
export interface LineRule {
  rule: string;
  /** Matches a whole paragraph (trimmed) that is boilerplate. */
  pattern: RegExp;
  /** Longer paragraphs are article text whatever they start with (default LINE_MAX_CHARS). */
  maxChars?: number;
}

/** Boilerplate lines are short: a paragraph longer than this is only tested by rules that say so. */
export const LINE_MAX_CHARS = 400;

export const LINE_RULES: LineRule[] = [
  // Globe and Mail gallery: visually hidden label + caption + credit, run together when copied (trump-carney-call.txt).
  { rule: 'globe-gallery-caption', pattern: /^Open this photo in gallery:/ },
  // The "Run Some AI Magic" promo as a bare sentence, with or without its button text (trump-carney-call.txt).
  { rule: 'ai-magic-promo', pattern: /^(?:Run Some AI Magic\s*)?Click on the Run Some AI Magic button\b/i },
  // Globe: "Report an editorial error" and "Follow related authors and topics" copied with the page.
  { rule: 'globe-report-error', pattern: /^Report an (?:editorial )?error\.?$/i },
  { rule: 'globe-follow-topics', pattern: /^Follow related (?:authors and )?topics\b/i },
  // Photo caption ending in its credit in brackets: "… in October 2011. (Adel Hana/The Associated Press)" (CBC).
  // Not a bracket that closes a sentence, "(Jane Roe/Example Agency.)": poster captions that PolNeAR keeps as article text.
  { rule: 'caption', pattern: /^.{0,600}\((?:Photo: ?)?[^()/]{2,60}\/[^()]{1,59}[^().]\)$/, maxChars: 700 },
  // Postmedia caption ending "Photo by Handout/English Montreal School Board/…" (National Post).
  { rule: 'caption', pattern: /^.{0,600}\bPhoto by [^.]{2,120}$/, maxChars: 700 },
  // A credit alone on its line: "Alex Brandon/The Canadian Press", "Dieu-Nalio Chery/Reuters" (Globe captions).
  {
    rule: 'credit',
    pattern:
      /^(?:Photo:\s*)?[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}\s?\/\s?(?:The )?(?:Canadian Press|Associated Press|AP|Reuters|AFP|Getty Images|Bloomberg|The Globe and Mail|CBC|Postmedia|Handout|NurPhoto)(?: via [\p{L} ]+)?$/u,
  },
  // The reporter's contact line under the story: "• Email: dpaglinawan@postmedia.com" (Financial Post).
  // No closing period: "EMAIL: column@example.com." ends a newspaper column as a sentence of its text (PolNeAR train).
  { rule: 'author-contact', pattern: /^[•·]?\s*(?:E-?mail|Contact|Reach \w+ at)\s*(?::\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i },
  // "Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8" (CBC), "Published Aug 28, 2024 • Last updated 1 hour ago" (Postmedia).
  {
    rule: 'dateline',
    pattern: /^[·•|]?\s*(?:Posted|Published|Updated|Last updated)(?::|\s+(?:on\s+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d|\d+ (?:minutes?|hours?|days?) ago))[^.]{0,140}$/i,
  },
  // A photo agency alone under a picture: "Getty Images", "EPA" (BBC explainer).
  { rule: 'credit', pattern: /^(?:Getty Images|EPA|EPA-EFE|AFP|AFP via Getty Images|Reuters|PA Media|PA|AP|AP Photo|Shutterstock|Alamy|Bloomberg)$/ },
  // Caption toggles and gallery pagers: "HIDE CAPTION", "<<", "8", ">>" (CNN photo gallery).
  { rule: 'gallery-controls', pattern: /^(?:(?:HIDE|SHOW) CAPTION|(?:Hide|Show) caption|[<>«»‹›]{1,2}|\d{1,3}(?: of \d{1,3})?|\d{1,3}\/\d{1,3})$/ },
  // A bare count under the headline: "5,263" views (Business Insider).
  { rule: 'counter', pattern: /^\d{1,3}(?:,\d{3})+$/ },
  // A date alone: "Dec. 29, 2014, 5:04 PM" (Business Insider).
  {
    rule: 'dateline',
    pattern: /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})(?:,? (?:at )?\d{1,2}:\d{2} ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?$/,
  },
  // A rule between the story and its notes: "___" (AP).
  { rule: 'separator', pattern: /^[_\-–—=*•·~]{3,}$/ },
  // Comment prompts under the story: "To post a comment, log into your chosen social network…" (Dallas News blog).
  { rule: 'comments-prompt', pattern: /^(?:To post a comment\b|Comments are (?:closed|moderated)\b|Join the Conversation$|Leave a comment$|View comments$|\d+ comments?$)/i },
  // Ad labels between paragraphs: "Advertisement", "Story continues below advertisement" (Global News).
  { rule: 'advertisement', pattern: /^(?:Advertisement|ADVERTISEMENT|Story continues below(?: this)? advertisement|Article content continues below|Ad)$/ },
  // Newsletter pitches: "Sign up for …", "Get daily National news", "Subscribe to our newsletter".
  { rule: 'newsletter-signup', pattern: /^(?:Sign up (?:for|to)\b.{0,160}|Subscribe (?:to|now)\b.{0,160}|Get daily [\p{L} ]{1,40} news)$/iu },
  // "Read more:", "RELATED:", "MORE:" link lines between paragraphs.
  { rule: 'read-more', pattern: /^(?:Read more|Related|More|See also|Also read|READ MORE|RELATED)\s*[:|»›]\s?.{0,200}$/ },
  { rule: 'read-more', pattern: /^(?:Read more|Continue reading|Read the full (?:story|article))\.?$/i },
  // Share-bar labels copied with the page: "Share this article", "Share on Facebook", "Share via Email".
  {
    rule: 'share-bar',
    pattern:
      /^(?:Share(?: this(?: article| story)?)?(?: on| via)?(?: (?:Facebook|Twitter|X|LinkedIn|Email|WhatsApp|Reddit|Bluesky|Threads)[, ]*)*|Copy (?:article )?link|Print(?: this article)?|Comments?|Bookmark|Save(?: for later)?)$/i,
  },
  // Video card meta left by an embed: "Duration 1:30", "14 hours ago" (CBC).
  { rule: 'video-embed', pattern: /^(?:Duration \d{1,2}:\d{2}(?::\d{2})?|\d+ (?:minutes?|hours?|days?) ago)$/ },
  // A video card's running time and title: "2:34 Russia launches major nuclear drills…" (Global News); not "10:30 a.m. …".
  { rule: 'video-embed', pattern: /^\d{1,2}:\d{2} (?![AaPp]\.?[Mm]\b)[A-Z‘“'"][^\n]{0,160}[^.!?:;,]$/ },
];

/** Never boilerplate, even when another rule would match: wire and contributor credits (trump-carney-call). */
export const KEEP_LINES: RegExp[] = [
  // "With a report from the Associated Press.", "With files from The Canadian Press"
  /^[—–-]?\s*With (?:a )?(?:reports?|files) from\b/i,
  // "—Associated Press writer John Leicester in Paris contributed to this report." (Global News)
  /\bcontributed to this (?:report|story)\.?$/i,
];

/** Site names that end a page title copied with the article: "<headline> - The Globe and Mail". */
export const SITE_TITLE_NAMES: string[] = [
  'The Globe and Mail', // trump-carney-call.txt
  'CBC News',
  'CBC',
  'CTV News',
  'National Post',
  'Financial Post',
  'Global News',
  'Ottawa Citizen',
  'Toronto Star',
];
