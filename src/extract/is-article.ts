/**
 * Whether extracted paragraphs are an article rather than what Readability scrapes off a page
 * that has none (a section front, a search page, a video page, a menu).
 */
export const ARTICLE_SHAPE = {
  /** Fewer characters than this is a teaser or a video blurb (globalnews.ca video pages: one sentence). */
  minChars: 250,
  /** A prose paragraph: at least this long and ending like a sentence. */
  proseMinChars: 60,
  /** At least this many prose paragraphs... */
  minProseParagraphs: 2,
  /** ...holding at least this share of the text (a menu is many short link labels). */
  minProseShare: 0.3,
  /** Above this share of text inside links, the "article" is a list of links (section fronts). */
  maxLinkShare: 0.5,
};

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

export function looksLikeArticle(paragraphs: string[], linkChars: number): boolean {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  if (total < ARTICLE_SHAPE.minChars) return false;
  const prose = paragraphs.filter((p) => p.length >= ARTICLE_SHAPE.proseMinChars && SENTENCE_END.test(p));
  const proseChars = prose.reduce((n, p) => n + p.length, 0);
  if (prose.length < ARTICLE_SHAPE.minProseParagraphs || proseChars / total < ARTICLE_SHAPE.minProseShare) return false;
  return linkChars / total <= ARTICLE_SHAPE.maxLinkShare;
}
