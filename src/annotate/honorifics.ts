/** Courtesy titles before a surname, lowercase without the dot, with the gender they imply (null: unknown). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], // "Mr. Hoekstra said in a statement"
  ['mrs', 'f'], // "Mrs. Clinton said"
  ['ms', 'f'], // "Ms. Leavitt told reporters"
  ['miss', 'f'], // "Miss Smith"
  ['dr', null], // "Dr. Carson said"
  ['prof', null], // "Prof. Smith"
  ['m', 'm'], // French "M. Blanchet a déclaré"
  ['mme', 'f'], // French "Mme Joly a dit"
  ['sir', 'm'], // "Sir Keir Starmer"
  ['dame', 'f'], // "Dame Judi Dench"
]);
