/** Quotation marks, by role. Straight marks are resolved by position (see quotes.ts). */
export const DOUBLE_OPEN = new Set(['“', '„']); // English curly opening; German-style low mark seen in wire copy
export const DOUBLE_CLOSE = new Set(['”']); // English curly closing
export const STRAIGHT = '"'; // typewriter double quote: opens or closes by position
export const GUILLEMET_OPEN = '«'; // French « … » (with nbsp inside)
export const GUILLEMET_CLOSE = '»';
export const SINGLE_OPEN = '‘'; // headline quotes: "agree to meeting ‘in near future’"
export const SINGLE_CLOSE = '’'; // also the apostrophe: only closes when no letter follows
/** Spaces allowed between a guillemet and the words it encloses. */
export const GUILLEMET_SPACE = /[ \u00a0\u202f\u2009]/;
