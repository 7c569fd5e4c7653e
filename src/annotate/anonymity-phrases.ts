/**
 * Anonymous sourcing, as data (shared/CONTRACT.md). Patterns run on one sentence at a time, are
 * case-insensitive and have bounded gaps only, so they stay linear. A sentence reaches the
 * pattern tables only if it holds one of the words anonymity-triggers.ts lists for the table:
 * a pattern added or changed here needs its words there (the tests ask for an example of each).
 */

/** A cheap first test: a sentence without one of these words matches no GRANT_PATTERNS entry (every pattern holds one). */
export const GRANT_HINT = /anonym|authori[sz]ed|permitted|allowed|cleared|identif|nam|quoted|background|withh|condition|record/i;

/** Words of UNNAMED_PHRASES entries that need no cue the cue reader knows ("as one official put it", "in the words of a senior adviser", "people briefed on … were adamant", "people close to her felt …", "corroborated by two staffers", "learned from sources"). */
export const UNCUED_HINT = /put it|rivately|words of|familiar|close to|briefed|knowledg|privy|anonymous|unnamed|(?:corroborated|provided|leaked|relayed|disclosed|recounted) by|from (?:\w+ ){0,2}sources/;

/** A cheap first test for UNNAMED_PHRASES. */
export const UNNAMED_HINT = /familiar|close to|briefed|knowledg|involved|privy|orbit|privately|quietly|put it|citing|quoting|(?:am|[’']m|are|[’']re|been) told|quoted (?:an?|one|two|three|several) |(?:I|we)(?: have| had|['’]ve|['’]d)? (?:spoken|talked|interviewed|spoke)|(?:says|said) (?:an?|one|another|two|three|several) |added (?:an?|one|another) |(?:democrat|republican) (?:said|says|told|added)|who (?:spoke|talked|requested|asked|declined|attended|worked|was in|were in|was present|were present|has|have|had|saw|read|reviewed)|in the room|according|source|[,:;] officials? (?:say|said|tell)|informations|words of|anonymous|unnamed|attendance| by (?:an?|one|two|three|four|several|multiple|other|another) /i;

/** Sentences that state or explain anonymity: kind "anonymity-grant". */
export const GRANT_PATTERNS: readonly RegExp[] = [
  /\bcondition (?:of anonymity|(?:that )?(?:he|she|they|it) (?:not )?(?:be )?(?:named|identified)|(?:that )?(?:he|she|they) (?:remain|stay) anonymous|(?:that )?(?:his|her|their) (?:last |full )?names? not)/i, // "spoke on condition of anonymity", "on the condition that his last name not be used", "on condition they not be identified", "on the condition that they remain anonymous"
  /(?:\bnot|n[’']t) {1,2}(?:been )?authori[sz]ed to (?:publicly |officially )?(?:speak|discuss|comment|talk|be (?:named|identified)|disclose|release|brief)/i, // "because they were not authorized to discuss", "not authorized to publicly discuss", "not authorised to brief the media"
  /\bunauthori[sz]ed to (?:speak|discuss|comment|talk)/i, // "who was unauthorized to speak"
  /\bnot (?:permitted|allowed|cleared) to (?:publicly )?(?:speak|discuss|comment|talk|brief)/i, // "was not permitted to speak publicly", "not allowed to publicly discuss"
  /\bagreed not to (?:identify|name)\b/i, // "The Globe and Mail agreed not to identify the insider"
  /\b(?:requested|request(?:ing)?|ask(?:ed|ing) for|insisted on|demanded|was granted|were granted|granted) anonymity/i, // "who requested anonymity", "asking for anonymity to speak freely"
  /\basked not to be (?:named|identified|quoted)/i, // "asked not to be named"
  /\bdeclined to be (?:named|identified)/i, // "who declined to be named"
  /\b(?:did not|didn[’']t|does not|doesn[’']t) want (?:to be (?:named|identified)|(?:his|her|their) names? (?:used|published))/i, // "who didn't want to be named said" (train)
  /\b(?:speaking|spoke|speak|responded|commented|talked|talking) (?:only )?(?:anonymously|on background|on the condition)/i, // "speaking anonymously", "who, like all respondents, responded anonymously"
  /\bwithout being (?:named|identified)/i, // "to speak without being identified"
  /\b(?:did not|didn[’']t|does not|doesn[’']t|would not|wouldn[’']t|declined to|refused to|unwilling to) (?:want to )?(?:speak|talk|comment|be quoted) on the record/i, // "a witness who didn't want to speak on the record for fear of retribution"
  /\b(?:speaking|spoke|speak|talked|talking) (?:only )?off the record/i, // "an aide, speaking off the record, said"
  /\bwhose (?:name|identity|identities) (?:is|are|was|were) (?:being )?(?:withheld|not being)/i, // "whose name is being withheld"
  /\b(?:is|are|was|were) not (?:being )?(?:named|identified) (?:because|to protect|for fear)/i, // "is not being named to protect"
  /\b(?:asked|requested|insisted) that (?:(?:his|her|their) (?:last |full )?names? (?:not be (?:used|published|disclosed|printed)|be withheld)|(?:he|she|they) not be (?:named|identified))/i, // "asked that his name not be used", "requested that his name be withheld", "requested that they not be identified"
  /\b(?:insisted on|on (?:the )?condition of) not being (?:named|identified)/i, // "who insisted on not being named"
  /\b(?:in exchange for|on the promise of|under (?:the )?promise of|with (?:the|a) promise of|given|promised|offered|guaranteed) anonymity\b/i, // "spoke in exchange for anonymity", "officials were given anonymity to discuss"
  /\b(?:asked|wished|wanted|wishes|wants|asking|preferred|prefers|chose|requested|requesting) to (?:remain|stay) anonymous\b/i, // "asked to remain anonymous for fear of retribution"
  /\b(?:is|are|was|were|has|have|had)(?: not|n[’']t) (?:been )?(?:naming|identifying) (?:the|him|her|them)\b/i, // "The Globe is not identifying the insider because he could lose his job"
  /\bwithh(?:old|olding|eld) (?:his|her|their|the) (?:full |last )?(?:names?|identit(?:y|ies))\b/i, // "The newspaper agreed to withhold his name"
  /\bonly if not (?:named|identified)\b/i, // "would speak only if not identified"
  /\bunderstanding that (?:he|she|they) (?:would|will) not be (?:named|identified)\b/i, // "spoke on the understanding that she would not be named"
  /\bgrounds of anonymity/i, // "spoke on the grounds of anonymity"
  /\bsous le couvert de l[’']anonymat/i, // French "a confié sous le couvert de l'anonymat"
  /\ba requis l[’']anonymat/i, // French "qui a requis l'anonymat"
];

/**
 * Head nouns of a source the article does not name ("a senior official said"), lowercase, with
 * the confidence such a source gets. Used only when the noun phrase carries no proper name.
 */
export const UNNAMED_HEADS: ReadonlyMap<string, 'high' | 'low'> = new Map<string, 'high' | 'low'>([
  ['source', 'high'], // "the source said"
  ['sources', 'high'], // "sources said"
  ['official', 'high'], // "a senior administration official"
  ['officials', 'high'], // "U.S. officials said"
  ['insider', 'high'], // "one Liberal insider said"
  ['insiders', 'high'], // "party insiders say"
  ['person', 'high'], // "a person familiar with the matter"
  ['people', 'high'], // "people familiar with the matter"
  ['aide', 'high'], // "an aide said"
  ['aides', 'high'], // "aides said"
  ['adviser', 'high'], // "a senior adviser said"
  ['advisers', 'high'], // "advisers said"
  ['advisor', 'high'], // "an advisor said"
  ['advisors', 'high'], // "advisors said"
  ['staffer', 'high'], // "a campaign staffer said"
  ['staffers', 'high'], // "staffers said"
  ['operative', 'high'], // "a campaign operative decided"
  ['operatives', 'high'], // "GOP operatives said"
  ['confidant', 'high'], // "a longtime confidant said"
  ['associate', 'low'], // "a close associate said"
  ['associates', 'low'], // "associates said"
  ['spokesman', 'low'], // unnamed spokespeople are borderline: "a spokesman said"
  ['spokeswoman', 'low'], // "a spokeswoman said"
  ['spokesperson', 'low'], // "a spokesperson said"
  ['diplomat', 'high'], // "a Western diplomat said"
  ['allies', 'low'], // "Clinton allies say"
  ['ally', 'low'], // "a Trump ally said"
  ['strategist', 'high'], // "One Republican strategist said" (train)
  ['someone', 'high'], // "according to someone in attendance"
  ['confidants', 'high'], // "confidants said"
  ['outlets', 'low'], // "with news outlets reporting that …, they said" (trump-carney-call)
  ['diplomats', 'high'], // "diplomats said"
  ['lawmaker', 'high'], // "one GOP lawmaker said privately"
  ['donor', 'high'], // "one donor said"
  ['friend', 'low'], // "a longtime friend of Trump said"
  ['attendee', 'low'], // "one attendee said": someone in a public setting
]);

/** Words after an unnamed head that make it a withheld identity ("people familiar with the matter"). */
export const UNNAMED_PHRASES: readonly RegExp[] = [
  /\bthose (?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\b/i, // "those close to the campaign say"
  /\b(?:people|persons?|sources?|officials?|individuals?|someone) (?:directly |closely |intimately )?(?:familiar with|close to|briefed on|knowledgeable about|privy to|with (?:direct )?knowledge of|involved in|who (?:spoke|requested|asked|declined))/i, // "people familiar with the matter", "people directly knowledgeable about", "sources privy to negotiations"
  /\b(?:an?|one|two|three|four|several|some|another|multiple) (?:[\w-]+ ){0,3}(?:familiar with|briefed on|privy to|knowledgeable about|with (?:direct )?knowledge of) (?:the|his|her|their|its|this|that)\b/i, // "a publishing executive familiar with the talks"
  /\bpeople in (?:[\w-]+['’]s |the )(?:[\w-]+ )?orbit\b/i, // "several people in the senator's orbit told the newspaper"
  /\baccording to (?:an?|one|two|three|four|several|multiple|numerous|some|other|another)? ?(?:\w+ ){0,3}(?:sources?|officials?|insiders?|aides?|people familiar)/i, // "according to two senior officials"
  /\b(?:an?|one|two|three|several|multiple|other|another) (?:\w+ ){0,3}sources? (?:said|say|says|told|confirmed)\b/i, // "another source said"
  /\bin the words of (?:an?|one) (?:\w+ ){0,3}(?:official|adviser|aide|source|insider)/i, // "in the words of a senior adviser"
  /\bas (?:an?|one|another) (?:[\w-]+ ){0,3}(?:official|aide|advis[eo]r|source|insider|strategist|operative|diplomat|staffer) put it\b/i, // "as one official put it"
  /\b(?:says|said) (?:an?|one|another|two|three|several) (?:[\w-]+ ){0,3}(?:officials?|aides?|advis[eo]rs?|sources?|insiders?|strategists?|operatives?|diplomats?|staffers?)\b/i, // "…, says a top aide"
  /\b(?:an?|one|another|two|three|several) (?:[\w-]+ ){0,3}(?:Democrat|Republican) (?:said|says|told|added|familiar|close)\b/, // "one senior Democrat said" (one member; "a number of Democrats said" is a vague group) (case-sensitive: not "Republican claims")
  /\b(?:said|says|added) (?:an?|one|another) (?:[\w-]+ ){0,3}(?:Democrat|Republican)\b/, // "said a New Hampshire Republican"
  /\b(?:someone|people|an?|one|two|three|several) (?:[\w-]+ ){0,4}who (?:attended|was in the room|were in the room|was present|were present|worked (?:with|for)|(?:has|have|had) (?:spoken|talked|worked) (?:with|to|for)|(?:(?:has|have|had) )?(?:seen|saw|read|reviewed) (?:the|a|an|his|her|their) (?:[\w-]+ ){0,2}(?:draft|memo|memos|document|documents|report|letter|email|emails|list|text|proposal|plan|agreement|transcript|notes|file|files|records?))\b/i, // "A Republican who attended the meeting said", "a longtime party data expert who has worked for a rival", "according to people who have seen the draft", "an official who reviewed the documents said"
  /\baccording to (?:\w+ ){0,2}(?:people|persons?|officials?|sources?) (?:in attendance|present|in the room)\b/i, // "according to people in attendance" (train)
  /\b(?:others|those|people|someone|persons?) (?:who (?:was|were) )?(?:in the room|in attendance)\b/i, // "Others in the room said the mood was tense", "people who were in attendance said"
  /\b(?:confirmed|corroborated|described|provided|leaked|relayed|disclosed|recounted) by (?:an?|one|two|three|four|several|multiple|other|another) (?:[\w-]+ ){0,3}(?:sources?|officials?|insiders?|aides?|advis[eo]rs?|staffers?|diplomats?)\b/i, // "The decision was confirmed by a government source"
  /\b(?:learned|heard|been told|understands?) from (?:\w+ ){0,2}sources\b/i, // "We have learned from sources that the minister will resign"
  /\bprivately (?:say|says|said|told|worry|worried|concede|conceded|admit|admitted|acknowledge|acknowledged|doubt|doubted|fear|feared|complain|complained|grumble|grumbled|predict|predicted)\b|\b(?:say|says|said|concede|conceded|admit|admitted) privately\b/i, // "many backers privately say", "top campaign officials privately worry", "they privately doubted that he could last", "one Republican senator said privately"
  /\bune source\b|\bdes sources\b|\bselon (?:nos|des) informations\b/i, // French "selon une source"
];

/**
 * Withheld identities stated so plainly that the sentence rests on them even when it also names
 * people ("he told Sen. Jeff Flake …, according to officials with knowledge of the meeting").
 */
export const PLAIN_UNNAMED_PHRASES: readonly RegExp[] = [
  /\baccording to (?:\w+ ){0,3}(?:people|persons?|sources?|officials?|individuals?) (?:familiar with|close to|briefed on|knowledgeable about|with (?:direct )?knowledge of|involved in|in attendance)/i, // "according to three people briefed on the talks" (train)
  /\baccording to (?:[\w-]+ ){1,4}(?:familiar with|briefed on|privy to|knowledgeable about|with (?:direct )?knowledge of|involved in)\b/i,
  /\b(?:people|persons?|officials?|sources?|aides?|someone) who (?:have |has |had )?(?:spoke|spoken|talked) (?:to|with) (?:\S+ ){0,4}(?:said|say|says|told)\b/i, // "officials who spoke with the newspaper said"
  /\b(?:officials?|aides?|advis[eo]rs?|insiders?|sources?|allies|staffers?|operatives?) (?:have |had )?(?:privately|quietly) (?:concede|conceded|acknowledge|acknowledged|admit|admitted|expressed|complain|complained|worry|worried|fear|feared|grumble|grumbled)\b/i, // "Clinton aides have privately expressed frustration"
  /\bprivately, (?:[\w-]+ ){0,3}(?:officials?|aides?|advis[eo]rs?|insiders?|allies|staffers?|operatives?)\b/i, // "Privately, aides concede the plan is dead"
  /\b(?:I am|I['’]m|[Ww]e are|[Ww]e['’]re|I['’]ve been|[Ww]e['’]ve been|I have been|[Ww]e have been) told(?! by| to)\b/, // "I am told the plan is dead": the writer's unnamed informant ("I was told by my father" is not)
  /(?:^|[,:;] )(?:sources?|officials?) (?:say|says|said|tell|tells)\b/i, // headline "Trump picks Pence, source says", "Deal was close, official says, before talks broke down"
  /\baccording to (?:\w+ ){0,2}interviews with (?:[\w’'-]+ ){0,8}(?:officials?|aides?|advis[eo]rs?|allies|insiders?|sources?|people|staffers?|friends|associates|donors|strategists|operatives|lawmakers|members)\b/i, // "according to interviews with more than a dozen of her aides and allies"
  /\b(?:citing|quoting) (?:an?|one|two|three|several|multiple|unnamed|anonymous|other|another)? ?(?:[\w-]+ ){0,2}(?:sources?|officials?|aides?|people|advis[eo]rs?|insiders?)\b/i, // "the Post reported, citing two officials", "the paper reported, quoting an anonymous party official"
  /\b(?:people|persons?|sources?|officials?|individuals?) (?:familiar with|close to|briefed on|knowledgeable about|with (?:direct )?knowledge of) (?:\S+ ){1,6}(?:said|say|says|told|felt|feel|feels|believe|believed|think|thought)\b/i, // "people close to the minister said", "people close to her felt the attack went too far" (train)
  /\b(?:told|telling|tells|confided to) (?:an?|one|two|three|several) (?:[\w-]+ )?(?:person|people|friends?|associates?|confidants?|allies|ally) (?:close to|familiar with)\b/i, // "Clinton has expressed frustration, recently telling one person close to her that …": that person is the withheld source
  /\b(?:anonymous|unnamed) (?:\w+ ){0,2}(?:sources?|officials?|aides?|advisers?|insiders?|people)\b/i, // "citing another anonymous source", "the paper quoted an unnamed official as saying" (a named outlet in the sentence cites them)
  /\bquoted (?:an?|one|two|three|several) (?:of (?:the |his |her |their )?)?(?:[\w’'-]+ ){0,3}(?:sources?|officials?|aides?|advis[eo]rs?|insiders?|staffers?|diplomats?|allies|associates|confidants?) as saying\b/i, // "The Tribune quoted one of the mayor's advisers as saying …": a named outlet cites an unnamed source
  /\b(?:several|many|some|two|three|four|a few|a number of|other) (?:people|sources|officials|aides|Republicans|Democrats) (?:I|we)(?: have| had|['’]ve|['’]d)? (?:spoken|talked|interviewed|spoke)\b/i, // "Several people I've spoken with over the past weeks said …": the writer's unnamed informants
];

/** Generic groups whose claims are "vague", not withheld identities ("critics say", "polls show"). */
export const VAGUE_GROUPS: ReadonlySet<string> = new Set([
  'critics', // "critics say"
  'experts', // "experts warn"
  'analysts', // "analysts say"
  'observers', // "observers note"
  'opponents', // "opponents argue"
  'supporters', // "supporters say"
  'detractors', // "detractors say"
  'skeptics', // "skeptics argue"
  'economists', // "economists warn"
  'scientists', // "scientists say"
  'democrats', // "Democrats argue"
  'republicans', // "Republicans say"
  'conservatives', // "conservatives argue"
  'liberals', // "liberals say"
  'progressives', // "progressives say"
  'voters', // "voters say"
  'residents', // "residents say"
  'activists', // "activists say"
  'advocates', // "advocates argue"
  'some', // "some say"
  'many', // "many believe"
  'others', // "others argue"
  'polls', // "polls show"
  'surveys', // "surveys show"
  'studies', // "studies show"
  'research', // "research shows"
  'pundits', // "pundits say"
  'strategists', // "Republican strategists say": a trade, not a withheld identity (one "strategist" is)
  'loyalists', // "party loyalists say"
  'reports', // "media reports said": published, not withheld
  'commentators', // "commentators say"
]);

/**
 * Plural heads of a public crowd that the phrase reader keeps as a plain description (not a
 * VAGUE_GROUPS group, which also decides speaker kinds): as the source of a cue, a vague group.
 */
export const CROWD_HEADS: ReadonlySet<string> = new Set([
  'voters', // "many voters say they are undecided"
  'leaders', // "conservative leaders have questioned the plan"
  'candidates', // "some candidates have called for a ban"
  'senators', // "other senators said the vote would wait"
  'politicians', // "local politicians fired back"
  'lawmakers', // "several lawmakers argued the bill goes too far"
  'legislators', // "state legislators warned of cuts"
  'americans', // "most Americans believe the economy is rigged"
  'members', // "some party members complained"
  'delegates', // "several delegates said they would abstain"
  'rivals', // "his rivals charge that he is unprepared"
  'donors', // "big donors have warned the party"
  'investors', // "investors fear a downturn"
  'executives', // "industry executives say the rule is costly"
  'protesters', // "protesters chanted that the vote was rigged"
  'demonstrators', // "demonstrators said they would return"
  'backers', // "his backers argue he can win"
  'fans', // "some fans complained about the ticket prices"
  'millennials', // "millennials say they distrust both parties"
  'businesses', // "businesses warn the tax will cost jobs"
  'unions', // "unions argue the deal hurts workers"
  'groups', // "advocacy groups say the law is unfair"
  'organizers', // "organizers said thousands attended"
  'parents', // "parents complained about the new curriculum"
  'workers', // "workers say the plant will close"
  'citizens', // "many citizens feel ignored"
  'evangelicals', // "evangelicals say they will stay home"
  'independents', // "independents say they dislike both candidates"
  'moderates', // "moderates warn the party is drifting"
  'officeholders', // "Republican officeholders worry about the top of the ticket"
  'elites', // "party elites fear a contested convention"
]);

/** Shares of a crowd, as a source's head ("46 percent of voters said", "a majority of her backers say"): a poll's or a crowd's, not one person's. */
export const CROWD_SHARES: ReadonlySet<string> = new Set([
  'percent', // "46 percent of voters said"
  'majority', // "a majority of her backers say"
  'most', // "most of his supporters believe"
  'many', // "many of the party's donors fear"
  'some', // "some of his supporters say"
  'half', // "half of Republican voters said"
  'two-thirds', // "two-thirds of voters say"
  'three-quarters', // "three-quarters of the voters said"
  'third', // "a third of voters said"
  'quarter', // "a quarter of Democrats said"
  'proportion', // "the proportion of GOP voters saying"
  'share', // "a growing share of voters say"
]);

/** Cues of a claim a crowd's noun right before may be the subject of, when the cue reader found none ("Democrats don’t think …"). */
export const CROWD_CLAIM_CUES: ReadonlySet<string> = new Set([
  'say', // "about half of voters say they prefer an outsider"
  'says', // "a majority of Republicans says"
  'said', // "half of GOP primary voters said they were angry"
  'think', // "Democrats don’t think she can catch him"
  'believe', // "Republicans choose to not believe the fact-checkers"
  'insist', // "Some activists even insist that he may yet win"
  'noted', // "Digital forensics experts even noted that the metadata …"
  'argue', // "critics still argue the plan fails"
  'contend', // "opponents contend the law is unfair"
  'warn', // "economists warn of a slowdown"
  'warned', // "analysts have warned of a slowdown"
  'fear', // "many voters fear the worst"
  'worry', // "Republicans worry about the top of the ticket"
]);

/** Words that may stand between a crowd's noun and its cue ("Democrats don’t think", "activists even insist", "Republicans have already said"). */
export const CROWD_CUE_GAP: ReadonlySet<string> = new Set([
  'even', // "some activists even insist"
  'also', // "critics also argue"
  'still', // "supporters still believe"
  'don’t', // "Democrats don’t think"
  "don't", // "Democrats don't think"
  'do', // "voters do believe"
  'have', // "analysts have warned"
  'had', // "critics had argued"
  'already', // "Republicans have already said"
  'generally', // "economists generally believe"
  'now', // "voters now say"
]);

/** Words before a crowd's noun that make it an object, not the subject of the cue after it ("led Republicans to say", "to woo voters with promises"). */
export const NOT_A_CROWD_SUBJECT_AFTER: ReadonlySet<string> = new Set([
  'to', // "reached out to fellow conservatives to say"
  'with', // "popular with voters who say"
  'among', // "performed well among voters who believe"
  'for', // "a win for Democrats, analysts said"
  'by', // "a poll conducted by voters showed"
  'led', // "the timing led Republicans to say"
  'make', // "to make supporters feel"
]);

/** First words of a crowd phrase that count out particular people, likely named nearby ("the two voters", "both candidates"). */
export const COUNTED_LEADS: ReadonlySet<string> = new Set([
  'the', // "the voters said": those just described
  'both', // "both candidates said it was no big deal"
  'two', // "two voters acknowledged"
  'three', // "three senators wrote"
  'four', // "four delegates said"
  'a', // "a group of protesters" read as its head
  'an', // "an army of workers"
  'these', // "these voters say"
  'those', // "those candidates said"
]);

/** Cues a crowd or a generic group may take that report no claim of theirs ("candidates are expected to speak", "two businesses write an agreement", "as voters went to the polls"). */
export const NO_CLAIM_CUES: ReadonlySet<string> = new Set([
  'expected', // "the candidates are expected to speak at the gala"
  'write', // "when two businesses write a licensing agreement"
  'referred', // "candidates referred to the group 44 times"
  'went', // "Republican candidates went after the chief justice"
  'showed', // "neither he nor his opponents showed much appetite for a fight" (a crowd's act; "polls showed" is VAGUE_PHRASES')
  'read', // "more leaflets than there were voters who could read them"
  'shouting', // "supporters began shouting at the heckler"
  'chanting', // "protesters gathered, waving flags and chanting"
]);

/** Words of a source phrase whose "showed" is a finding, not an act ("exit polls from the primary showed that …"). */
export const FINDING_WORDS: ReadonlySet<string> = new Set([
  'polls', // "exit polls from the primary showed that most backed the ban"
  'surveys', // "both surveys showed him ahead"
  'studies', // "earlier studies showed little effect"
  'research', // "research showed the rule cost jobs"
]);

/** Punctuation that may open a list of a group's named members after its noun ("candidates, including Ann Lee,", "officials — including Adm. Cole —"). */
export const INCLUDING_MARKS: ReadonlySet<string> = new Set([
  ',', // "Several candidates, including Ann Lee, said"
  '—', // "Intelligence officials — including Adm. Ray Cole — argued"
  '–', // "officials – including the minister – said"
  '--', // "Democrats -- including Mrs. Lee -- accused him"
  '-', // "Democrats - including Mrs. Lee - accused him"
  '(', // "senators (including Ann Lee) said"
]);

/** Words that take a share of a group: "Two-thirds of Democratic insiders", "one of his aides" (the source is the group's head noun). */
export const PARTITIVE_HEADS: ReadonlySet<string> = new Set([
  'one', // "one of her top aides"
  'two', // "two of the officials"
  'three', // "three of his advisers"
  'some', // "some of his advisers"
  'many', // "many of the party's insiders"
  'most', // "most of the aides"
  'several', // "several of her staffers"
  'few', // "a few of the officials"
  'half', // "half of the insiders"
  'majority', // "a majority of insiders"
  'two-thirds', // "Two-thirds of the party insiders surveyed said" (train)
  'one-third', // "one-third of Republican insiders"
  'handful', // "a handful of officials"
  'none', // "none of the aides would say"
]);

/**
 * A source phrase (lowercase tokens joined by spaces) that withholds an identity whatever its head:
 * "one democrat familiar with the discussion". Anchored and without commas, so "Smith, a lawyer
 * familiar with the case" (a named person described) does not match.
 */
export const WITHHELD_SOURCE =
  /^(?:[\w'-]+ ){1,5}(?:directly |closely )?(?:familiar with|briefed on|privy to|knowledgeable about|with (?:direct )?knowledge of|involved in)\b/; // "a Republican familiar with the talks", "one Democrat involved in the planning"

/** Heads a definite back-reference to an unnamed source ends on, when the phrase reader leaves it unresolved. */
export const BACK_REFERENCE_HEADS: ReadonlySet<string> = new Set([
  'person', // "the person added"
  'people', // "…, the people said"
  'individual', // "the individual said"
  'individuals', // "the individuals said"
]);

/** Determiners of a back-reference to unnamed people just cited ("the person added", "these people said"). */
export const BACK_REFERENCE_LEADS: ReadonlySet<string> = new Set([
  'the', // "the person added"
  'these', // "Mrs. Smith, these people said, would …"
  'those', // "those people said"
  'that', // "That person said the hostility hurt him."
]);

/** First words of an unnamed source that a description follows ("another intelligence source speaking to a network said", "a spokesman for the committee said"). */
export const DESCRIBED_SOURCE_LEADS: ReadonlySet<string> = new Set([
  'a', // "a spokesman for committee Democrats said"
  'an', // "an aide to Senate Republicans said"
  'one', // "one official speaking on background said"
  'another', // "another intelligence source speaking to the network said"
  'two', // "two sources speaking to the paper said"
  'three', // "three officials speaking to reporters said"
  'several', // "several officials speaking to the network said"
  'multiple', // "multiple sources speaking to the station said"
]);

/** Words that open a description after an unnamed head ("a source speaking to the network", "an official who was in the room"). */
export const SOURCE_DESCRIPTION_STARTS: ReadonlySet<string> = new Set([
  'speaking', // "a source speaking to the network said"
  'talking', // "an aide talking to reporters said"
  'who', // "an official who was in the room said"
  'inside', // "one operative inside the campaign tried to play it down, saying …"
  'in', // "a source in the governor's office said"
  'at', // "an official at the agency said"
  'from', // "a diplomat from a Gulf state said"
  'with', // "an official with the ministry said"
  'on', // "a source on the call said"
  'close', // "a source close to the talks said"
  'familiar', // "an aide familiar with the plan said"
  'briefed', // "an official briefed on the meeting said"
]);

/** Prepositions between an unnamed source and the group or organisation it speaks for. */
export const SPEAKS_FOR: ReadonlySet<string> = new Set([
  'for', // "a spokesman for committee Democrats said"
  'to', // "an aide to Senate Republicans said"
  'in', // "current and former officials in the FBI have said"
  'at', // "officials in the FBI and at the Justice Department said"
  'with', // "two officials with the State Department said"
  'of', // "officials of the Democratic Party said"
  'from', // "officials from the Pentagon said"
]);

/** Source phrases that point back to people just cited ("one of the people said", "a third person said"), lowercase. */
export const BACK_REFERENCE_SOURCE = /^(?:one|another|a|the) (?:second |third |fourth |other )?(?:person|individual)$|^(?:one|two|some|both|neither|none|each) of (?:the|those|these|them)(?: people| individuals)?$/;

/** First words that put an unnamed head inside a relative clause, not before a cue of its own. */
export const NOT_A_SOURCE_LEAD: ReadonlySet<string> = new Set([
  'that', // "the message that party officials expect to hear"
  'which', // "the figure which officials estimated"
  'whom', // "those whom aides consulted"
  'what', // "in what officials called a hate crime"
  'than', // "more delegates than her advisers expected": a comparison, not a report
  'by', // "a super PAC started by a former aide has reported spending": the agent of a passive
]);

/** What makes "people"/"person" a withheld identity rather than anybody ("people familiar with", "a person close to"). */
export const PEOPLE_WITHHELD = /familiar|close|knowledg|briefed|involved|direct|privy|orbit|attendance|present|anonym|\b(?:with|inside|within) (?:the|his|her|their) (?:[\w-]+ )?(?:campaign|administration|team|company|department|agency|committee|office|government|transition|firm)\b/i; // … "a person with the campaign", "people inside the Trump administration"

/** Quantifiers that make an unnamed plural a generic crowd ("vague"), not a withheld identity. */
export const GENERIC_QUANTIFIERS: ReadonlySet<string> = new Set([
  'most', // "as most D.C. insiders believe"
  'many', // "many party officials say they expect …" ("many of her aides", a share of someone's staff, is not generic)
]);

/** A source phrase (lowercase) that is one unnamed member of a party: "a new hampshire republican", "one senior democrat" ("several Democrats" is a vague group). */
export const UNNAMED_PARTISAN = /^(?:an?|one|another) (?:[\w'-]+ ){0,3}(?:democrat|republican|liberal|conservative|tory)$/; // … "a senior Liberal" (Canada's or Britain's parties as well: those three only capitalised, see judgeSource)

/** A sentence where the unnamed source gives nothing: "his aides referred requests for comment to the campaign", "a spokesman did not respond". */
export const NO_INFORMATION = /\b(?:referred (?:requests|questions|inquiries)|declined to comment|declined comment|did not (?:immediately )?(?:respond|return|reply)|didn['’]t (?:immediately )?(?:respond|return|reply)|could not (?:immediately )?be reached|would not comment|had no (?:immediate )?comment)\b/i;

/** A cheap first test for VAGUE_PHRASES (it lets through all they match: "said young critics" too). */
export const VAGUE_HINT = /polls|surveys|studies|(?:many|some|most) \w|(?:said|say|says|argue|argues|argued|warn|warns|warned|note|notes|noted|contend|contends) (?:some|many|several|most|other|a few|(?:[\w-]+ )?(?:critics|experts|analysts|observers|democrats|republicans|economists|conservatives|liberals|supporters|opponents|skeptics|pundits|scholars|historians))\b/i;

/** Generic-group attributions the cue reader misses (an inverted source, a poll): kind "vague". */
export const VAGUE_PHRASES: readonly RegExp[] = [
  /\b(?:said|say|says|argue|argues|argued|warn|warns|warned|note|notes|noted|contend|contends) (?:some |many |several |most |other |a few )?(?:[\w-]+ )?(?:critics|experts|analysts|observers|democrats|republicans|economists|conservatives|liberals|supporters|opponents|skeptics|pundits|scholars|historians)(?=[,.;:!?]|$)/i, // "…, said several observers", "…, say some Democrats" (closing the clause: not "said Republicans are …")
  /(?:^|[.,;:] |\b(?:recent|new|some|other|most|many|several|national|public|previous|and|as|while|but) )(?:polls|surveys|studies) (?:have )?(?:show|showed|shown|suggest|suggested|indicate|indicated)\b/i, // "recent polls show", "surveys suggest" (unnamed polls; "a CNN/ORC poll shows" names its pollster)
  /\b(?:many|some|most) (?:people |Americans |voters |observers )?(?:believe|think|fear|worry)\b/i, // "a man who many believe betrayed …"
];

/**
 * Unnamed polls as the source of a finding, with or without a cue the cue reader knows ("Despite
 * polls showing her behind, she campaigned …", "polls continue to show …", "New Hampshire polls have
 * shown …"): kind "vague". Every match holds "polls", "surveys" or "studies" (POLL_TRIGGERS).
 * Case-sensitive: a capitalised, hyphenated or slashed word before the polls names their pollster.
 */
export const POLLS_FIND = /(?<![A-Z][^\s/-]*[-/]\S+ |\bof (?:\w+ )?)\b(?:[Pp]olls|[Ss]urveys|[Ss]tudies) (?:(?:that|which|there|now|also|have|had|are|were|continue to|continuing to|released \w+) )?(?:[Ss]how|[Ss]hows|[Ss]howed|[Ss]hown|showing|[Ss]uggest|[Ss]uggests|suggested|suggesting|[Ii]ndicate|[Ii]ndicates|indicated|indicating)\b/; // not a pollster's ("recent Post-ABC polls show") nor an average's ("the RealClearPolitics average of polls shows")

/**
 * Experts and the like as the subject of a view the cue reader has no cue for ("Experts see the vote as
 * a test", "but critics point to …", "Several political experts suggest …"): kind "vague". Every
 * match holds one of EXPERT_TRIGGERS; case-sensitive (explicit capitals) so it stays cheap.
 */
export const EXPERT_VIEWS = /(?:^|[.,;:] |\b(?:[Bb]ut|[Ww]hile|[Aa]s|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal|[Oo]ur) )(?:[\w-]+ )?(?:[Cc]ritics|[Ee]xperts|[Aa]nalysts|[Oo]bservers|[Ee]conomists|[Ss]keptics|[Ss]cholars|[Hh]istorians|[Pp]undits) (?:\w+ )?(?:note|noted|point to|pointed to|question|questioned|see|saw|suggest|suggested|predict|predicted|contend|doubt|doubted|agree|agreed|caution|cautioned|charge|charged|maintain|maintained|view|viewed)\b/;

/** Words after which a pronoun still opens its clause ("And they said …", "the plan, which they said …"), so it may point back to the unnamed sources just cited ("how much they expected": not). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and', // "And they said the deal was off."
  'but', // "But they said the vote would wait."
  'so', // "So they say the plan is dead."
  'yet', // "Yet they insist the count was fair."
  'then', // "Then they said the talks had failed."
  'which', // "the plan, which they said would fail"
  'that', // "a report that they said was flawed"
  'because', // "because they believe the count was wrong"
  'although', // "although they said the vote would wait"
  'though', // "though they acknowledged the risk"
  'while', // "while they insisted the plan was sound"
  'as', // "as they put it"
  'when', // "when they said the talks had failed"
  'if', // "if they are right"
]);

/** Cues of a directive or an act, not of information: "officials urged residents to leave", "his advisers assured him", "a staffer emailed Mills the list" report what an unnamed group did, not what it told the reporter. */
export const DIRECTIVE_CUES: ReadonlySet<string> = new Set([
  'urged', // "party officials urged surrogates to repeat the line"
  'urge', // "aides urge him to stay calm"
  'urges', // "an adviser urges restraint"
  'urging', // "officials are urging residents to leave"
  'assured', // "her advisers assured her the deal was worth it"
  'assure', // "advisers continued to assure her"
  'assures', // "an aide assures him"
  'encouraged', // "aides encouraged him to run"
  'implored', // "staffers implored her to stay"
  'found', // "party officials found they could no longer defend her"
  'concurred', // "department officials concurred with the inspector general's findings"
  'emailed', // "a staffer emailed Mills the list of attendees"
  'calling', // "a lawmaker is calling for him to be banned"
]);

/** Cues of a named writer whose quoted passage is reporting, which may cite unnamed sources of its own ("“People close to him say …,” Ann Lee wrote"), not a speaker's own words. */
export const EXCERPT_CUES: ReadonlySet<string> = new Set([
  'wrote', // "“Aides are lining up …,” Ann Lee wrote"
  'writes', // "“People close to him say …,” writes Ann Lee"
  'reported', // "“Aides say …,” Bloomberg reported"
  'reports', // "“Sources say …,” the Post reports"
]);

/** Cues that, with an object and an infinitive after them, give an instruction ("officials told residents not to drink the water"), not information. */
export const TELLING_CUES: ReadonlySet<string> = new Set([
  'told', // "officials have told residents not to drink the water"
  'tell', // "aides tell him to stay calm"
  'tells', // "an adviser tells her to skip the debate"
]);

/**
 * Subject pronouns, which open a clause of their own: after "told", what follows is the information
 * told ("told the paper they planned to respond"), not an instruction; right after another cue of
 * the sentence, they are the subject of the clause it reports ("about half said they think …"), no
 * new source.
 */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  'they', // "told POLITICO they planned to respond", "most said they think the plan will fail"
  'he', // "told reporters he wanted to run", "the voter said he thinks …"
  'she', // "told donors she hoped to win", "the voter said she believes …"
  'we', // "told the crowd we need to act"
  'i', // "told him I want to stay"
  'it', // "told the court it intends to appeal"
  'there', // "told reporters there was going to be a vote"
]);

/** Possessive determiners a source may open on ("his aides said"), which after a noun or a preposition sit inside a phrase ("the changes his aides asked for"). */
export const POSSESSIVE_LEADS: ReadonlySet<string> = new Set([
  'his', // "his aides said" / "the changes his aides asked for"
  'her', // "her advisers believe" / "between her claim that …"
  'their', // "their allies say" / "the money their donors gave"
]);

/** Lowercase words after which a source opening on "his"/"her"/"their" still opens a clause ("even his allies concede", "since her aides said"). */
export const POSSESSIVE_SUBJECT_AFTER: ReadonlySet<string> = new Set([
  'even', // "and even his allies concede"
  'now', // "now her aides say"
  'also', // "also his advisers believe"
  'still', // "still his aides insist"
  'since', // "since her aides said"
  'after', // "after his aides complained"
  'before', // "before his advisers warned"
  'until', // "until her aides said"
  'once', // "once his aides realized"
  'where', // "where his aides say"
  'whether', // "whether his aides believe"
  'how', // "how his advisers see it"
  'why', // "why her aides think so"
  'privately', // "privately his aides concede"
  'publicly', // "publicly her allies insist"
  'meanwhile', // "meanwhile his aides said"
  'perhaps', // "perhaps his advisers fear"
  'indeed', // "indeed her aides say"
  'instead', // "instead his aides argued"
]);

/** An unnamed source who spoke on the record is not withheld ("Officials at the department said on the record that …"). */
export const ON_THE_RECORD = /\b(?:said|say|says|spoke|speaking|told(?: \w+){0,2}) on the record\b/i;
