/**
 * For each anonymity phrase table (anonymity-phrases.ts), words that every match of every one of
 * its patterns holds as a whole word: a sentence whose words include none of them is one the
 * table cannot match, so its regexes are not run (see phrase-triggers.ts).
 *
 * A word qualifies only where its pattern fixes it letter for letter and bounds it on both sides
 * by a space, a \b, a comma or the pattern's start or end (so it is a whole ASCII word of the
 * sentence: "condition " in "\bcondition (?:of|that)"); a word a pattern may run on from
 * ("anonymity" in "requested anonymity", which also matches "anonymitys") does not.
 * When a pattern changes, its words here must be checked (tests/unit/annotate/anonymity-triggers.test.ts).
 */

/** GRANT_PATTERNS. */
export const GRANT_TRIGGERS: ReadonlySet<string> = new Set([
  'condition', // "\bcondition (?:of|that) …"
  'authorized', // "not authorized to speak"
  'authorised', // "not authorised to speak"
  'unauthorized', // "unauthorized to speak"
  'unauthorised', // "unauthorised to speak"
  'permitted', // "not permitted to speak"
  'allowed', // "not allowed to speak"
  'cleared', // "not cleared to speak"
  'agreed', // "agreed not to identify"
  'requested', // "requested anonymity"
  'request', // "request anonymity"
  'requesting', // "requesting anonymity"
  'asked', // "asked for anonymity", "asked not to be named"
  'asking', // "asking for anonymity"
  'insisted', // "insisted on anonymity"
  'demanded', // "demanded anonymity"
  'granted', // "was granted anonymity"
  'declined', // "declined to be named"
  'want', // "did not want to be named", "didn't want his name used"
  'speaking', // "speaking anonymously", "speaking off the record"
  'spoke', // "spoke on background"
  'speak', // "speak on the condition", "did not want to speak on the record"
  'responded', // "responded anonymously"
  'commented', // "commented on background"
  'talked', // "talked on background", "talked off the record"
  'talking', // "talking anonymously"
  'without', // "without being named"
  'talk', // "refused to talk on the record"
  'comment', // "declined to comment on the record"
  'quoted', // "did not want to be quoted on the record"
  'whose', // "whose name is being withheld"
  'named', // "is not being named because"
  'identified', // "was not identified to protect"
  'grounds', // "on the grounds of anonymity"
  'anonymity', // "in exchange for anonymity", "were given anonymity" (the word every match of that pattern holds whole)
  'anonymous', // "asked to remain anonymous", "wished to stay anonymous"
  'naming', // "is not naming the official"
  'identifying', // "is not identifying the insider"
  'withhold', // "agreed to withhold his name"
  'withholding', // "is withholding her name"
  'withheld', // "withheld their names"
  'understanding', // "on the understanding that she would not be named"
  'couvert', // French "sous le couvert de l'anonymat"
  'requis', // French "a requis l'anonymat"
]);

/** UNNAMED_PHRASES. */
export const UNNAMED_TRIGGERS: ReadonlySet<string> = new Set([
  'source', // "source familiar with", "another source said"
  'sources', // "sources privy to", "learned from sources"
  'official', // "official familiar with", "says a senior official"
  'officials', // "officials briefed on", "says two officials"
  'familiar', // "an executive familiar with the talks"
  'close', // "those close to", "someone close to" (the heads before it, "people", "those", are too common to ask for)
  'involved', // "individuals involved in"
  'briefed', // "two aides briefed on the"
  'privy', // "an adviser privy to the"
  'knowledgeable', // "a lawyer knowledgeable about the"
  'knowledge', // "an aide with knowledge of the"
  'orbit', // "people in the senator's orbit"
  'according', // "according to two senior officials", "according to people in attendance"
  'words', // "in the words of a senior adviser"
  'put', // "as one official put it"
  'aide', // "says a top aide"
  'aides', // "says two aides"
  'adviser', // "says a senior adviser"
  'advisers', // "says two advisers"
  'advisor', // "says an advisor"
  'advisors', // "says two advisors"
  'insider', // "says one insider"
  'insiders', // "says party insiders"
  'strategist', // "says a GOP strategist"
  'strategists', // "says two strategists"
  'operative', // "says one operative"
  'operatives', // "says two operatives"
  'diplomat', // "says a Western diplomat"
  'diplomats', // "says two diplomats"
  'staffer', // "says a staffer"
  'staffers', // "says several staffers"
  'democrat', // "one senior Democrat said", "said a Democrat"
  'republican', // "a New Hampshire Republican said", "said a Republican"
  'who', // "a Republican who attended"
  'room', // "others in the room said"
  'attendance', // "people in attendance said"
  'confirmed', // "confirmed by a government source"
  'corroborated', // "corroborated by two staffers"
  'described', // "described by one aide"
  'provided', // "provided by an official"
  'leaked', // "leaked by a source"
  'relayed', // "relayed by an aide"
  'disclosed', // "disclosed by officials"
  'recounted', // "recounted by two aides"
  'privately', // "privately say"
  'une', // French "une source"
  'des', // French "des sources", "selon des informations"
  'selon', // French "selon nos informations"
]);

/** PLAIN_UNNAMED_PHRASES. */
export const PLAIN_UNNAMED_TRIGGERS: ReadonlySet<string> = new Set([
  'according', // "according to people familiar with", "according to interviews with"
  'spoke', // "officials who spoke to"
  'spoken', // "aides who have spoken with"
  'talked', // "sources who talked to"
  'privately', // "aides privately conceded", "Privately, aides"
  'quietly', // "aides quietly worried"
  'told', // "I am told"
  'source', // "…, source says"
  'sources', // "…, sources say"
  'official', // "…, official says"
  'officials', // "…, officials said"
  'citing', // "citing two officials"
  'quoting', // "quoting an anonymous official"
  'familiar', // "people familiar with the talks said"
  'close', // "people close to the minister said"
  'briefed', // "officials briefed on the talks said"
  'knowledgeable', // "sources knowledgeable about the plan say"
  'knowledge', // "people with knowledge of the plan said"
  'anonymous', // "anonymous sources"
  'unnamed', // "unnamed officials"
  'quoted', // "quoted one of his advisers as saying"
  'interviewed', // "several people I interviewed said"
]);

/** VAGUE_PHRASES. */
export const VAGUE_TRIGGERS: ReadonlySet<string> = new Set([
  'critics', // "…, said critics."
  'experts', // "…, say some experts."
  'analysts', // "…, said analysts."
  'observers', // "…, said several observers."
  'democrats', // "…, say some Democrats."
  'republicans', // "…, say many Republicans."
  'economists', // "…, warn economists."
  'conservatives', // "…, argue conservatives."
  'liberals', // "…, say liberals."
  'supporters', // "…, say supporters."
  'opponents', // "…, argue opponents."
  'skeptics', // "…, say skeptics."
  'pundits', // "…, say pundits."
  'scholars', // "…, note scholars."
  'historians', // "…, say historians."
  'polls', // "recent polls show"
  'surveys', // "surveys suggest"
  'studies', // "new studies indicate"
  'believe', // "many believe"
  'think', // "some think"
  'fear', // "most fear"
  'worry', // "many people worry"
]);

/** POLLS_FIND. */
export const POLL_TRIGGERS: ReadonlySet<string> = new Set([
  'polls', // "polls continue to show"
  'surveys', // "surveys suggest"
  'studies', // "studies show"
]);

/** EXPERT_VIEWS. */
export const EXPERT_TRIGGERS: ReadonlySet<string> = new Set([
  'critics', // "but critics point to"
  'experts', // "Experts see the vote as a test"
  'analysts', // "Some outside analysts see"
  'observers', // "Legal observers note"
  'economists', // "Economists predict two rate rises"
  'skeptics', // "skeptics question whether"
  'scholars', // "Election scholars caution"
  'historians', // "historians doubt"
  'pundits', // "many pundits saw"
]);
