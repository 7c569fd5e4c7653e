/** Subject pronouns a cue can take, with the referent they need. */
export type PronounNeed = 'm' | 'f' | 'plural' | 'self' | 'any';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounNeed> = new Map<string, PronounNeed>([
  ['he', 'm'], // "“…,” he told reporters Tuesday."
  ['she', 'f'], // "she said"
  ['they', 'plural'], // "…, they said." (often an unnamed group)
  ['i', 'self'], // first person in narration: the writer
  ['we', 'self'], // "we reported"
  ['il', 'm'], // French "a-t-il dit"
  ['elle', 'f'], // French "a-t-elle ajouté"
  ['ils', 'plural'], // French "ont-ils dit"
  ['elles', 'plural'], // French
  ['it', 'any'], // "it said in a statement" (an organisation)
  ["he's", 'm'], // "He’s predicting the plan will “work out fine”" (train)
  ["she's", 'f'], // "she's insisting"
  ["they're", 'plural'], // "They’re less worried about …, and mostly agree that …" (train)
  ["he'd", 'm'], // "he'd said"
  ["she'd", 'f'], // "she'd said"
]);
