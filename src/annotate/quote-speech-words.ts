/**
 * Words of saying beyond the cue verbs, lowercase base forms (inflections are found by
 * `hasWordForm`): with none of them and no cue verb in its sentence, a quoted modifier inside a
 * noun phrase (the “flex lane” plan) is a term the writer marks, not someone's words. These name
 * what was said without introducing a quotation.
 */
export const SPEECH_ACT_WORDS: ReadonlySet<string> = new Set([
  'call', // "what the mayor calls a “fresh start” budget"
  'dub', 'dubbed', // "dubbed a “rescue” package"
  'label', 'labelled', // "labeled a “phantom” deficit"
  'brand', // "branded the “zombie” bill"
  'term', // "what she termed a “reckless” plan"
  'refer', 'referred', 'referring', // "repeatedly referring to the mayor as “Captain Ferry”"
  'describe', // "described as a “historic” deal"
  'frame', // "framed herself as the “outsider” candidate"
  'cast', // "casts himself as a “fresh start” candidate"
  'portray', // "portrayed the plan as a “jobs” plan"
  'tout', // "touted the “green” budget"
  'promise', // "promising a “people first” budget"
  'pledge', // "pledged a “clean” campaign"
  'vow', // "her vow of a “zero tolerance” policy"
  'offer', // "offered herself as a “bridge” candidate"
  'accuse', 'accusation', // "accusations of a “rigged” process"
  'dismiss', // "dismissing the “so-so” numbers"
  'deride', // "derided the “boondoggle” bridge"
  'mock', // "mocked his “genius” plan"
  'chant', // "chants of a “four more years” crowd"
  'slogan', 'phrase', 'word', 'remark', 'comment', // "the phrase “fresh start” budget"
]);

/** Nouns after a quoted modifier that make it words someone said (base forms): the “not ready yet” comment. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'comment', 'remark', 'line', 'quip', 'joke', // "his “big league” line"
  'promise', 'pledge', 'vow', 'threat', 'warning', // "the “no new taxes” pledge"
  'slogan', 'mantra', 'refrain', 'chant', // "the “Fund Our Schools” chant"
  'phrase', 'label', 'nickname', 'moniker', 'insult', 'attack', // "the “lazy” insult"
  'claim', 'accusation', 'argument', // "the “rigged” claim"
  'speech', 'statement', 'message', 'tweet', 'answer', 'question', 'rhetoric', 'language', 'talk', // "her “fresh start” speech"
]);

/** `lower` or its base form (-s, -es, -d, -ed, -ing, -ing for -e) is in `words`: calls, described, promising. */
export function hasWordForm(words: ReadonlySet<string>, lower: string): boolean {
  if (words.has(lower)) return true;
  const n = lower.length;
  if (n < 4) return false;
  if (lower.endsWith('s')) return words.has(lower.slice(0, -1)) || (lower.endsWith('es') && words.has(lower.slice(0, -2)));
  if (lower.endsWith('ed')) return words.has(lower.slice(0, -1)) || words.has(lower.slice(0, -2));
  if (lower.endsWith('ing')) return words.has(lower.slice(0, -3)) || words.has(lower.slice(0, -3) + 'e');
  return false;
}
