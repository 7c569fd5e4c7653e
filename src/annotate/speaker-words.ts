/**
 * Word tables for the speaker check (speaker-check.ts): which heads can speak, which capitalised
 * last words make a name an organisation or a thing that never speaks. Lowercase. Compact: the
 * content script is near its size budget, and suffix rules in speaker-check.ts cover the regular
 * person nouns ("-er", "-ist", "-ian", "-man" …).
 */

/** Heads of a source that can speak and no suffix rule catches, one line per kind. */
export const SPEAKING_NOUNS: ReadonlySet<string> = new Set(
  [
    'person people man men woman women boy girl child children kid kids wife husband son daughter mother father sister brother family friend ally guest personnel colleague actress counsel fan critic insider activist victim witness', // people: "a woman said", "her mother, Fiona, said"
    'chief head executive official aide staff clerk judge justice prince king queen pope bishop priest rabbi imam cleric mogul tycoon billionaire candidate nominee veteran host star pilot coach athlete expert source spokesperson diplomat envoy general colonel captain soldier delegate representative pollster operative surrogate guard nurse', // roles: "the chief said"
    'ad lawsuit suit complaint filing petition memo email tweet post column editorial article piece story book page website site message transcript copy release video photo opinion ruling order summary note passage account rule constitution analysis study survey poll result inquiry investigation movie film report document documents statement letter', // writings, which PolNeAR lets speak: "the ad says", "the lawsuit alleges"
    'outlet network channel cable news media press newspaper paper publication tabloid pool campaign office team group crowd rally audience public community board committee company firm business corporation nonprofit non-profit organization organisation government administration agency ministry department court military army police graduate', // organisations and crowds: "the company said", "the crowd chanted"
  ].join(' ').split(' '),
);

/** Capitalised last words that make a name an organisation: "Catholic Church", "Whole Foods", "Demand Media". */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set(
  [
    'church ministry treasury bank foods media school college academy hospital museum library society authority organization organisation federation alliance coalition league club parliament cabinet army navy military forces guard', // institutions: "the Treasury has said"
    'airline airlines motors systems technologies labs corporation co. ltd llc plc holdings partners capital securities fund trust finance magazine radio tv channel studios pictures records herald tribune gazette telegraph guardian daily telecom energy insurance railway images', // companies and outlets: "Yahoo Finance reported"
  ].join(' ').split(' '),
);

/** Capitalised first words of a thing that never speaks: "Hurricane Sandy slammed the Northeast". */
export const THING_FIRST_WORDS: ReadonlySet<string> = new Set('hurricane storm typhoon cyclone tropical'.split(' '));

/** Capitalised last words of a thing that never speaks: "The Data Retention Bill will be debated". */
export const THING_LAST_WORDS: ReadonlySet<string> = new Set('bill act treaty accord amendment festival airport stadium'.split(' '));

/** Lowercase particles inside a person's name: "Erik van Sebille", "Bill de Blasio", "Anwar al-Awlaki". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('van von der den de da di del du la le al el bin ibn ter ten dos das'.split(' '));

/** Words a source phrase never ends on: a preposition or relative pronoun left by a reader that did not stop ("Tasos Georgelis of", "People who"). */
export const DANGLING_ENDS: ReadonlySet<string> = new Set('of who which that whose whom from for with at in on by to , ( —'.split(' '));
