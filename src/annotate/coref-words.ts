/**
 * Word tables for reading who a source phrase refers to: which head nouns name the same kind of
 * unnamed source, which words open a post-modifier rather than being the head, which words make a
 * description plural.
 */

/**
 * Head nouns that a later definite mention may use for the same unnamed source, grouped by kind:
 * "a senior adviser said … the aide added" is one person, "a senior official … the spokesman" is not.
 */
const SAME_SOURCE_GROUPS: readonly (readonly string[])[] = [
  ['official', 'officials'], // "two officials said … the officials added"
  ['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors'], // "a senior adviser said … the aide added"
  ['source', 'sources'], // "a source said … the source added"
  ['person', 'people', 'individual', 'individuals'], // "people familiar with the talks … the person said"
];

/** Head noun → the group key it belongs to (the group's first word); heads outside every group map to themselves. */
const GROUP_OF: ReadonlyMap<string, string> = new Map(SAME_SOURCE_GROUPS.flatMap((g) => g.map((w) => [w, g[0]!] as const)));

export const sourceGroup = (head: string): string => GROUP_OF.get(head) ?? head;

/** Heads that say nothing of the kind of source, so a definite one may point back to any unnamed source ("one Liberal insider … the source said"). */
export const GENERIC_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'source', // "One Liberal insider said … the source said"
  'sources', // "two officials said … the sources added"
  'person', // "a senior official … the person said"
  'individual', // "the individual added"
]);

/**
 * Adjectives that open a post-modifier after a source noun, never its head: "sources privy to
 * negotiations", "people familiar with the talks". Each is followed by one of POST_MODIFIER_LINKS.
 */
export const POST_MODIFIERS: ReadonlySet<string> = new Set([
  'familiar', // "people familiar with the talks"
  'close', // "sources close to the premier"
  'privy', // "multiple sources privy to negotiations"
  'briefed', // "officials briefed on the plan"
  'involved', // "people involved in the talks"
  'knowledgeable', // "people knowledgeable about the matter"
  'directly', // "people directly involved in the talks"
]);

/** Words after a source noun that describe it without a preposition: "one person present", "the officials involved". */
export const TRAILING_MODIFIERS: ReadonlySet<string> = new Set(['present', 'involved', 'concerned', 'contacted', 'interviewed', 'polled', 'surveyed', 'questioned', 'consulted']);

/** Prepositions a post-modifier adjective takes ("privy to", "briefed on", "involved in", "knowledgeable about"). */
export const POST_MODIFIER_LINKS: ReadonlySet<string> = new Set(['with', 'to', 'on', 'in', 'about', 'of']);

/** First words that make a description plural though its head may not show it: "two officials", "several people". */
export const PLURAL_LEADS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'several', 'some', 'many', 'multiple', 'numerous', 'few', 'both', 'other', 'these', 'those']);

/** Heads in "-s" that are singular ("a spokesperson for the campaign's boss"), so "-s" alone does not make a plural. */
const SINGULAR_IN_S: ReadonlySet<string> = new Set(['boss', 'press', 'congress', 'witness', 'business', 'campus', 'status']);

/** Whether a head noun is plural: "officials", "people", not "boss". */
export const isPluralHead = (head: string): boolean => head === 'people' || (head.endsWith('s') && !head.endsWith('ss') && !SINGULAR_IN_S.has(head));


/** Words that take a share of a group in "One of them said", "two of those …". */
export const PARTITIVE_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'each', 'both', 'either', 'neither', 'none', 'all']);

/** First words of a group conjoined after a name, which the name leads: "Priebus and other officials", "Sanders and his aides". */
export const CONJOINED_WITH_NAME: ReadonlySet<string> = new Set(['other', 'his', 'her', 'their']);

/** Quantifiers that stand alone as a source for a group named before: "Several said …", "most said …". */
export const BARE_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'most', 'many', 'some', 'both', 'all']);

/** Indefinite words that open a phrase about one member of a group, never a name: "One Democrat said", "Another Trump adviser", "a Republican". */
export const MEMBER_LEADS: ReadonlySet<string> = new Set(['one', 'another', 'a', 'an', 'each', 'every', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'few']);

/** Nouns that stand for an organisation just named: "AirAsia said … The airline said in a statement". */
export const ORG_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'company', // "Acme said … the company added"
  'airline', // "AirAsia … the airline said"
  'firm', // "the firm said in a statement"
  'carrier', // "the carrier said"
  'bank', // "the bank said"
  'retailer', // "the retailer said"
  'automaker', // "the automaker said"
  'network', // "the network said"
  'broadcaster', // "the broadcaster said"
  'newspaper', // "the newspaper reported"
  'agency', // "the agency said"
  'charity', // "the charity said"
  'union', // "the union said"
]);

/** Last words of an event's name, never a person's ("Conference" and "Forum" are organisations' last words already). */
export const EVENT_LAST_WORDS: ReadonlySet<string> = new Set([
  'summit', // "At the World Governments Summit in Dubai, he …"
  'convention', // "at the Republican National Convention"
  'expo', // "at the World Trade Expo"
  'games', // "at the Commonwealth Games"
]);
