/**
 * Words of saying beyond the cue verbs, lowercase: with none of them (and no cue verb) in its
 * sentence, a quoted modifier inside a noun phrase (the “flex lane” plan) is a term the writer
 * marks, not someone's words. The verbs here name what was said without introducing a quotation.
 */
export const SPEECH_ACT_WORDS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', // "what the mayor calls a “fresh start” budget"
  'dub', 'dubbed', 'dubbing', // "dubbed a “rescue” package"
  'label', 'labeled', 'labelled', 'labeling', // "labeled a “phantom” deficit"
  'brand', 'branded', 'branding', // "branded the “zombie” bill"
  'term', 'termed', // "what she termed a “reckless” plan"
  'describe', 'describes', 'described', 'describing', // "described as a “historic” deal"
  'frame', 'frames', 'framed', 'framing', // "framed herself as the “outsider” candidate"
  'cast', 'casts', 'casting', // "casts himself as a “fresh start” candidate"
  'portray', 'portrays', 'portrayed', 'portraying', // "portrayed the plan as a “jobs” plan"
  'tout', 'touts', 'touted', 'touting', // "touted the “green” budget"
  'promise', 'promises', 'promised', 'promising', // "promising a “people first” budget"
  'pledge', 'pledges', 'pledged', // "pledged a “clean” campaign"
  'vow', 'vows', // "her vow of a “zero tolerance” policy"
  'offer', 'offers', 'offered', // "offered herself as a “bridge” candidate"
  'accuse', 'accuses', 'accusing', 'accusation', 'accusations', // "accusations of a “rigged” process"
  'dismiss', 'dismisses', 'dismissing', // "dismissing the “so-so” numbers"
  'deride', 'derides', 'derided', 'deriding', // "derided the “boondoggle” bridge"
  'mock', 'mocks', 'mocked', 'mocking', // "mocked his “genius” plan"
  'chant', 'chants', 'chanted', 'chanting', // "chants of a “four more years” crowd"
  'slogan', 'phrase', 'words', 'remark', 'remarks', 'comment', 'comments', // "the phrase “fresh start” budget"
]);

/** Nouns after a quoted modifier that make it words someone said: the “not ready yet” comment. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'remark', 'remarks', // "the “basket” comment"
  'line', 'lines', 'quip', 'joke', // "his “big league” line"
  'promise', 'pledge', 'vow', 'threat', 'warning', // "the “no new taxes” pledge"
  'slogan', 'mantra', 'refrain', 'chant', 'chants', // "the “Fund Our Schools” chant"
  'phrase', 'label', 'nickname', 'moniker', 'insult', 'attack', 'attacks', // "the “lazy” insult"
  'claim', 'claims', 'accusation', 'accusations', 'argument', // "the “rigged” claim"
  'speech', 'statement', 'message', 'tweet', 'answer', 'question', 'rhetoric', 'language', 'talk', // "her “fresh start” speech"
]);
