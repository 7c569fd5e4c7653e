/** Words right before a short quotation that mark it as a term, not someone's words. */
export const SCARE_QUOTE_LEADS: ReadonlySet<string> = new Set([
  'so-called', // "so-called “closed” primaries"
  'nickname', // "a nickname, “Gert.”"
  'pseudonym', // "wrote under the pseudonym “Harbour Watcher,”"
  'alias', // "posted under the alias “Ferryman”"
  'click', // a button's label: "enter your email and click “sign up.”"
]);

/** Words right before a title-cased quotation (a comma between allowed) that make it a work's title. */
export const TITLE_LEADS: ReadonlySet<string> = new Set([
  'show', // "the TLC reality show “Cake Boss.”"
  'program', // "the program “60 Minutes”"
  'series', // "the series “House of Cards”"
  'movie', // "the Syfy movie “Sharknado 3”"
  'film', // "the film “Selma”", "her new film, “Dark Harbour.”"
  'documentary', // "the documentary “Harbour Lights.”"
  'drama', // "the medical drama, “County General,”"
  'thriller', // "the spy thriller, “Cold Border,”"
  'musical', // "the musical “Paper Moon”"
  'play', // "the hit play, “Three Sisters Home.”"
  'sitcom', // "the sitcom “Office Hours”"
  'episode', // "the season's last episode, “Goodbye, Main Street”"
  'book', // "his book “Crippled America”"
  'memoir', // "her memoir “Hard Choices”", "in her memoir, “Open Roads.”"
  'novel', // "the novel “Winter Harbour”"
  'podcast', // "the podcast “Here’s the Thing.”"
  'album', // "the album “Lemonade”"
  'song', // "the song “Born in the USA”"
  'perform', 'performed', 'performing', 'sang', // "went on to perform “Harbour Lights.”
  'newsletter', // "the newsletter “Playbook”"
  'column', // "his column “Inside Politics”"
  'ad', // "the ad “Scam”", "a 30-second ad, “Stand Tall,”"
  'spot', // "the campaign's new spot, “Morning Again,”"
  'hashtag', // "the hashtag “Never Trump”"
]);

/** Words right after a title-cased quotation that make it the name of a show or work: a “City Lights” star. */
export const TITLE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'star', // "the “Harbour Nights” star posted a message"
  'stars', // "two “Harbour Nights” stars"
  'host', // "“Morning Coffee” host Ann Roe"
  'actor', // "the “Harbour Nights” actor"
  'actress', // "the “Harbour Nights” actress"
  'creator', // "“Harbour Nights” creator Ann Roe"
  'anchor', // "“City Hour” anchor Ann Roe"
  'author', // "the “Winter Harbour” author"
  'contestant', // "a former “Cake Wars” contestant"
  'roles', // "had roles in “Harbour Nights,” “Tin Star” and…"
]);

/** Things a slogan is printed on: a quotation right before one is the slogan, not someone's words (waved “Vote Green” signs). */
export const SLOGAN_CARRIERS: ReadonlySet<string> = new Set([
  'sign', 'signs', // "waved their “Harbour First” signs"
  'placard', 'placards', // "held “No Tolls” placards"
  'banner', 'banners', // "under a “Welcome Home” banner"
  'shirt', 'shirts', 't-shirt', 't-shirts', // "dressed in “We Are Harbour” T-shirts"
  'hat', 'hats', 'cap', 'caps', // "showing off the “Vote Green Today” hat"
  'button', 'buttons', 'pin', 'pins', 'sticker', 'stickers', // "a “Roe 2024” bumper sticker"
]);
