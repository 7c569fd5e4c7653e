/**
 * Endings of occupation nouns that can stand capitalised before a name opening a sentence or a
 * headline ("Guitarist Bo Lee said"): a description, never part of the name. Only endings no common
 * first name has ("-er" and "-or" are left out: Homer, Walter, Connor).
 */
const OCCUPATION_ENDING = new RegExp(
  `(?:${[
    'ist', // "Guitarist Bo Lee", "Economist Ann Lee", "Psychologist …"
    'ician', // "Physician Ann Lee", "Musician Bo Lee"
    'grapher', // "Photographer Ann Lee", "Choreographer …"
    'eer', // "Engineer Bo Lee", "Volunteer Ann Lee"
    'woman', // "Businesswoman Ann Lee"
    'person', // "Spokesperson Bo Lee"
  ].join('|')})$`,
);

/** `lower` (a lowercase word of six letters or more) reads as an occupation noun: "guitarist", "physician". */
export function isOccupationNoun(lower: string): boolean {
  return lower.length >= 6 && OCCUPATION_ENDING.test(lower);
}
