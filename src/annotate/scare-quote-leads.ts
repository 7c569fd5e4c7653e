/** Words right before a short quotation that mark it as a term, not someone's words. */
export const SCARE_QUOTE_LEADS: ReadonlySet<string> = new Set([
  'so-called', // "so-called “closed” primaries"
  'nickname', // "a nickname, “Gert.”"
]);

/** Words right before a title-cased quotation that make it a work's title. */
export const TITLE_LEADS: ReadonlySet<string> = new Set([
  'show', // "the TLC reality show “Cake Boss.”"
  'program', // "the program “60 Minutes”"
  'series', // "the series “House of Cards”"
  'movie', // "the Syfy movie “Sharknado 3”"
  'film', // "the film “Selma”"
  'book', // "his book “Crippled America”"
  'memoir', // "her memoir “Hard Choices”"
  'podcast', // "the podcast “Here’s the Thing.”"
  'album', // "the album “Lemonade”"
  'song', // "the song “Born in the USA”"
  'newsletter', // "the newsletter “Playbook”"
  'column', // "his column “Inside Politics”"
  'ad', // "the ad “Scam”"
  'hashtag', // "the hashtag “Never Trump”"
]);
