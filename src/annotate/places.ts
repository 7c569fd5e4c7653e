/**
 * Place names, lowercase, so a place read as a source is never a person: "Canada said" is its
 * government speaking (an organisation), "in Sydney told Reuters" is no speaker at all.
 * Compact by design (the content script is near its size budget): countries and capitals in the
 * news, Canadian provinces, U.S. states, large cities. One line per region; a multi-word place is
 * written with _ for its spaces ("new_york"), looked up the same way.
 */
export const PLACES: ReadonlySet<string> = new Set(
  [
    'canada ottawa toronto montreal vancouver quebec ontario alberta manitoba saskatchewan nova_scotia newfoundland labrador yukon nunavut', // Canada: "Ontario said"
    'british_columbia new_brunswick prince_edward_island northwest_territories', // multi-word provinces (spaces written _)
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming', // U.S. states
    'new_hampshire new_jersey new_mexico new_york north_carolina north_dakota south_carolina south_dakota rhode_island west_virginia', // multi-word states
    'america chicago boston houston miami seattle denver brooklyn manhattan los_angeles san_francisco', // U.S. cities
    'mexico cuba brazil argentina venezuela haiti', // the Americas
    'britain england scotland wales ireland london paris berlin rome madrid brussels geneva athens warsaw moscow kyiv kiev', // Europe
    'france germany italy spain greece poland hungary sweden norway denmark finland russia ukraine belarus turkey europe', // Europe
    'israel gaza lebanon syria iraq iran egypt libya yemen qatar saudi_arabia beirut damascus baghdad tehran cairo jerusalem tel_aviv istanbul dubai', // Middle East
    'china beijing hong_kong taiwan japan tokyo korea seoul pyongyang india delhi pakistan afghanistan kabul indonesia jakarta malaysia singapore vietnam', // Asia
    'australia sydney melbourne canberra new_zealand africa south_africa nigeria kenya sudan zimbabwe', // Oceania, Africa
    'u.s. u.k. d.c. n.y. n.j. n.h. n.c. n.d. n.m. s.c. s.d. r.i. w.va. calif. wis. va. ala. ariz. ark. colo. conn. fla. ill. kan. ky. md. mass. mich. minn. mont. neb. nev. okla. ore. pa. tenn. vt. wash. wyo.', // abbreviated states in datelines and "Dover, N.H.," (not "Miss.", "La.": an honorific, an article)
  ].join(' ').split(' '),
);

/** Last words of a geographic name that never speaks: "Whangārei Harbour", "Wall Street", "Pacific Ocean". */
export const GEO_HEADS: ReadonlySet<string> = new Set(
  'harbour harbor street avenue road river lake ocean sea bay island islands mountain mountains valley county province region peninsula strait gulf coast beach square'.split(' '),
);

/** First words that name a part or a neighbour of a place: "South Kenya", "Northern Ireland", "Greater London". */
export const PLACE_PARTS: ReadonlySet<string> = new Set('north south east west northern southern eastern western central greater upper lower'.split(' '));

/** First words of the multi-word places ("new" for "new_york"): only a name opening with one is looked up whole. */
export const PLACE_LEADS: ReadonlySet<string> = new Set([...PLACES].filter((p) => p.includes('_')).map((p) => p.slice(0, p.indexOf('_'))));

/** A lowercase name as PLACES spells it: "new york" → "new_york". */
export const placeKey = (lower: string): string => lower.split(' ').join('_');
