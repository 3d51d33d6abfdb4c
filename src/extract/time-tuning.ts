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
