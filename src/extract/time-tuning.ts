// Tuning numbers of the time stage, in one place.

/** How many days a dateline's date may precede the page's stamped date and still be the story's day
 *  (stamps often show the last update, days after the wire story was filed). */
export const DATELINE_LAG_DAYS = 31;

/** How many days a dateline's date may follow the stamped date (time zones: filed on the 10th in Tokyo,
 *  stamped on the 9th in New York). */
export const ZONE_TOLERANCE_DAYS = 1;

/** Years a bare four-digit number may name; outside this it is a count ("1500 km"), not a year. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2099;

/** Characters before a time expression searched for the preposition that introduces it. */
export const PREP_LOOKBACK_CHARS = 24;

/** How many days before the article's day a scene may lie and still be the occasion of a later, untimed
 *  statement ("X told the court on Monday" … "X said"): the past week. Older times are the story's background. */
export const SCENE_MAX_DAYS = 7;

/** How many sentences from the top make an article's lead, where a news report says which day its news is
 *  of ("Troops yesterday launched …", "faced criticism on Tuesday"). */
export const LEAD_SENTENCES = 3;

/** Words besides its time that make a lead sentence a clause rather than a page stamp ("1 day ago"). */
export const LEAD_CLAUSE_MIN_WORDS = 3;

/** Words after a time, and before its preposition, searched for a future auxiliary that keeps the time from
 *  setting a scene ("on Thursday will reveal", "is due to visit Tokyo on Friday"). */
export const FUTURE_WORDS_AFTER = 2;
export const FUTURE_WORDS_BEFORE = 7;
