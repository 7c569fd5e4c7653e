/**
 * Lowercase words that cannot be part of a speaker's noun phrase: a phrase read backwards from a
 * cue stops at them ("Leavitt said Mr. Trump was …" must not make "was Mr. Trump" a speaker).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', // copulas: "the plan was"
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'do', 'does', 'did', // auxiliaries
  'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'why', 'how', // relatives: "the man who said"
  'and', 'or', 'but', 'nor', 'so', 'yet', // coordination: "Carney and Trump agreed"
  'if', 'as', 'while', 'because', 'although', 'though', 'since', 'until', 'unless', 'after', 'before', 'than', // subordinators
  'not', 'also', 'then', 'there', 'here', 'it', 'this', 'these', 'those', // "it was unclear"
  'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', // pronouns are phrases of their own
  'by', 'about', 'into', 'over', 'under', 'against', 'between', 'through', 'during', 'without', 'within', 'upon', // prepositions that do not link a source's description
  'in', 'on', // "said in a statement": never inside a backward subject
  'to', 'of', 'for', 'with', 'at', 'from', // linking prepositions: handled explicitly, never swallowed
  'just', 'only', 'even', 'still', 'already', 'very', 'too', 'now', 'however', // adverbs
  'le', 'la', 'les', 'et', 'de', 'du', 'des', 'que', 'qui', // French function words
  'today', 'yesterday', 'tonight', 'tomorrow', 'earlier', 'later', // times after an inverted source: "said Mr. Smith today"
  'ago', // a time phrase before a subject: "Six years ago Pope Leo aimed to …"
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", // French: "a déclaré M. Blanchet mardi"
]);

/** Determiners that open a description ("the new U.S. ambassador", "one Liberal insider"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', // articles
  'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'multiple', 'numerous', 'few', // "two senior officials"
  'another', 'other', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', // "another source", "his spokesman"
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', // French "le bureau du premier ministre", "une source"
]);

/** Prepositions that continue a source's description: "ambassador to Canada", "people familiar with the matter". */
export const LINKING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', // "the president of the union"
  'for', // "a spokesman for the campaign"
  'to', // "the new U.S. ambassador to Canada"
  'with', // "people familiar with the matter"
  'at', // "an official at the Pentagon"
  'from', // "a lawmaker from Ohio"
  'close', // "sources close to the premier"
  'familiar', // "people familiar with"
  'knowledgeable', // "people knowledgeable about"
  'briefed', // "people briefed on"
  'du', // French "le bureau du premier ministre"
  'de', // French "la porte-parole de la Maison-Blanche"
]);

/** Capitalised words that start sentences or name dates, never people ("The", "Meanwhile", "Tuesday"). */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'at', 'on', 'but', 'and', 'or', 'so', 'if', 'as', 'when', 'while', 'after', 'before', 'since', // sentence openers
  'meanwhile', 'however', 'still', 'yet', 'also', 'then', 'now', 'later', 'earlier', 'asked', 'speaking', 'according', // adverbial openers
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', // pronouns
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', // "Trump said Tuesday"
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', // dates
  'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', // abbreviated months
  'with', 'for', 'from', 'by', 'to', 'of', 'during', 'despite', 'following', 'under', 'late', 'last', 'next', 'prior', // prepositional openers: "Prior to the vote, …"
  'le', 'la', 'les', 'selon', // French openers
  'was', 'is', 'did', 'does', 'do', 'were', 'are', 'has', 'have', 'had', // questions: "Was he playing some sort of game?"
  'amid', 'led', 'additional', 'all', 'many', 'most', 'several', 'some', 'although', 'though', 'because', 'where', 'what', 'why', 'how', 'who', 'which', 'here', // openers: "Led by Council Speaker …, the rally"
  "it's", "that's", "there's", "here's", // contractions at sentence start
  'instead', 'perhaps', 'moreover', 'furthermore', 'indeed', 'overall', 'nevertheless', 'nonetheless', 'rather', 'soon', 'whenever', 'having', 'well', "let's", // opening adverbs: "Instead, he was back to boasting", "Perhaps not coincidentally, …"
  'both', 'none', 'neither', // "Both are committed progressives", "None showed …": who they are was said before
  'like', 'unlike', 'across', 'among', 'beyond', 'throughout', 'inside', 'outside', 'without', 'within', 'through', 'toward', 'towards', 'about', 'around', 'near', 'over', 'regarding', // "Like Corker, Menendez also rejected …"
]);

/** Adverbs that open a sentence before a comma, not ending in "-ly": "Likewise, a paper from Brookings had this to say: …". */
export const COMMA_OPENERS: ReadonlySet<string> = new Set(['likewise', 'again', 'thus', 'therefore', 'hence', 'otherwise', 'regardless', 'besides', 'anyway', 'afterward', 'afterwards', 'elsewhere', 'first', 'second', 'third', 'finally']);

/** Sentence-opening adverbs that a pronoun subject follows with no comma: "Then he cut into his rival, calling him …" (train). */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  'then', // "Then he cut into Bush, calling him a “stiff”"
  'later', // "Later she told reporters …"
  'now', // "Now he says …"
  'so', // "So he said …"
  'and', // "And she added …"
  'but', // "But he warned, …"
  'still', // "Still, he insisted …" (with or without the comma)
  'yet', // "Yet she said …"
  'also', // "Also he noted …"
]);
