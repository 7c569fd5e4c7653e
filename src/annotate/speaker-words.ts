/**
 * Word tables for the speaker check (speaker-check.ts): which heads can speak, which capitalised
 * last words make a name an organisation or a thing that never speaks. Lowercase. Compact: the
 * content script is near its size budget, and suffix rules in speaker-check.ts cover the regular
 * person nouns ("-er", "-ist", "-ian", "-man" …).
 */

/** Heads of a source that can speak and no suffix rule catches, one line per kind. */
export const SPEAKING_NOUNS: ReadonlySet<string> = new Set(
  [
    'man men boy girl child children kid wife husband son family guest personnel colleague actress counsel fan critic victim witness neighbour neighbor', // people: "a man said", "her colleague said"
    'head staff clerk prince king queen pope bishop priest rabbi imam cleric tycoon veteran star pilot coach athlete expert colonel captain surrogate nurse', // roles: "the pilot said"
    'ad lawsuit suit complaint filing petition tweet column editorial article piece story book page website site message transcript copy video photo opinion ruling summary note passage account rule constitution analysis study survey poll result inquiry investigation movie film report', // writings, which PolNeAR lets speak: "the ad says", "the lawsuit alleges"
    'outlet cable channel publication tabloid pool team crowd rally audience public community firm business corporation organisation nonprofit non-profit military guard graduate', // organisations and crowds: "the company said", "the crowd chanted"
  ].join(' ').split(' '),
);

/** Capitalised last words that make a name an organisation: "Catholic Church", "Whole Foods", "Demand Media". */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set(
  [
    'church ministry treasury bank foods media school college hospital society authority organization federation alliance coalition league parliament army navy forces', // institutions: "the Treasury has said"
    'airline airlines motors systems technologies labs co. ltd plc holdings partners capital fund finance magazine radio tv studios herald tribune telegraph guardian daily energy images', // companies and outlets: "Yahoo Finance reported"
    'inc. inc corp. corp llc ltd. associates', // company suffixes: "Brassard Associates Inc. said"
    'reserve force', // "the Federal Reserve said", "the Air Force said"
    'industry industries', // trade bodies and groups: "the Satellite Industry of Mirenia said", "Tata Industries"
    'research', // research firms: "according to Brightline Research" (a group word alone: "research shows")
    'canada', // federal agencies and companies: "Statistics Canada said", "Air Canada said" (a lone "Canada" is a place)
    'maps', // map services: "Acme Maps said" (and two of them, "Acme Maps" and "Orbit Maps", stay two, not one person "Maps")
    'watch caller journalism review pollster', // outlets and watchdogs: "Fiscal Watch said", "the Evening Caller reported", "National Review wrote", "Daily Pollster found"
    'forum conference museum command survey', // bodies and agencies: "Eagle Forum said", "the Judicial Conference ruled", "the Holocaust Museum said", "Special Operations Command said", "the Geological Survey said"
  ].join(' ').split(' '),
);

/** Lowercase nouns before a name that make it a company's: "the satellite company Telesat", "tech giant Apple", "the app Waze". */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set(
  [
    'company firm app startup start-up giant network website platform service carrier airline broadcaster newspaper agency publisher retailer maker manufacturer insurer lender outlet chain brand', // companies: "the satellite company Telesat", "Xinhua, the official news agency"
    'group charity nonprofit', // campaigns and charities: "whale rescue group Fin Watch"
    'site blog', // websites: "the gossip site Quillery", "the tech blog Wirefold"
  ].join(' ').split(' '),
);

/** A capitalised function word inside a name makes it an organisation's or a work's: "Coalition Against Trump", "Mothers Against Drunk Driving". */
export const TITLED = / (?:Against|For|Of|The|And|With|To|In|On)(?= )/;

/** TITLED needs a space before its word and one after it: a name of fewer words never matches, so a caller that knows the count asks only longer names (tests/unit/annotate/titled-guard.test.ts holds the two together). */
export const TITLED_MIN_WORDS = 3;

/** Capitalised first words of a thing that never speaks: "Hurricane Sandy slammed the Northeast". */
export const THING_FIRST_WORDS: ReadonlySet<string> = new Set('hurricane storm typhoon cyclone tropical'.split(' '));

/** Capitalised last words of a thing that never speaks: "The Data Retention Bill will be debated", "Super Six and Midnight Magic were dance troupes". */
export const THING_LAST_WORDS: ReadonlySet<string> = new Set(
  [
    'bill act treaty accord amendment festival', // laws and events: "The Data Retention Bill will be debated"
    'airport stadium bridge tunnel dam aqueduct canal highway parkway expressway tower', // structures: "The Larkin Bridge opened in 1883"
    'two three four five six seven eight nine ten', // groups of a number: "Super Six and Midnight Magic were dance troupes"
  ].join(' ').split(' '),
);

/** Capitalised function words that are also surnames, read as one after a first name mid-clause: "Al From", "Theresa May". */
export const FUNCTION_WORD_SURNAMES: ReadonlySet<string> = new Set(['from', 'may']);

/** Lowercase particles inside a person's name: "Erik van Sebille", "Bill de Blasio", "Anwar al-Awlaki". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('van von der den de da di del du la le al el bin ibn ter ten dos das'.split(' '));

/** Words a source phrase never ends on: a preposition or relative pronoun left by a reader that did not stop ("Tasos Georgelis of", "People who"). */
export const DANGLING_ENDS: ReadonlySet<string> = new Set('of who which that whose whom from for with at in on by to , ( —'.split(' '));

/** Endings of common English words, never of a name that opens a sentence and appears nowhere else capitalised (speaker-check.ts). */
export const COMMON_WORD_ENDING = new RegExp(
  `(?:${[
    'ance', // "Reliance on cheap labour has grown"
    'ence', // "Dependence on … has shot up"
    'ity', // "Inequality rises …"
    'ure', // "Infrastructure stocks gained"
    'tion', // "Inflation eased"
    'sion', // "Tension mounted"
    'ment', // "Unemployment fell"
    'ness', // "Awareness grew"
    'ism', // "Tourism recovered"
    'ing', // a participle or gerund: "Knowing the route is vital", "Polling shows"
  ].join('|')})$`,
);

/** Words of a picture credit before a name, which names where a picture came from, not a source. */
export const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'via', // "Images via City Archive and Town Library"
  'courtesy', // "Courtesy of Ann Lee/City Archive"
]);

/** Lowercase nouns after a name that make it a people's, so the name alone as a subject is a group ("the Tawhiri tribe" … "Tawhiri believe"). */
export const PEOPLE_MARKS: ReadonlySet<string> = new Set([
  'tribe', // "the Tawhiri tribe of the north coast"
  'tribes', // "the Tawhiri tribes"
  'people', // "the Tawhiri people"
  'peoples', // "the Tawhiri peoples"
  'clan', // "the Tawhiri clan"
  'iwi', // "the Tawhiri iwi" (a Māori tribe, as New Zealand papers write it)
]);

/** Kin nouns a name may stand in apposition to, making it a person's: "her brother, Henry, wrote that it …". */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'brother', // "his brother, Henry, wrote"
  'sister', // "her sister, Agnes, wrote"
  'father', // "his father, Tomas, said"
  'mother', // "her mother, Ines, said"
  'son', // "their son, Luca, said"
  'daughter', // "his daughter, Mia, said"
  'wife', // "his wife, Ana, said"
  'husband', // "her husband, Karl, said"
  'widow', // "his widow, Rosa, said"
  'cousin', // "her cousin, Eli, said"
  'uncle', // "his uncle, Pavel, said"
  'aunt', // "her aunt, Vera, said"
  'partner', // "her partner, Sam, said"
  'friend', // "his friend, Omar, said"
]);
