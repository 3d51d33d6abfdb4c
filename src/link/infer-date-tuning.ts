// Tuning numbers of document date inference, in one place.

/** Characters before a titled mention searched for words that make the title a past one ("former", "then-"). */
export const NOT_CURRENT_LOOKBACK_CHARS = 16;

/** Shortest word compared when matching a sentence to a pack event's names and description. */
export const MIN_MATCH_WORD = 4;

/** Characters two words must share at their start to count as the same word ("discussions" / "discussed"). */
export const STEM_CHARS = 6;

/** Weight of an event's own name found in the sentence, against 1 for each shared actor or content word. */
export const EVENT_NAME_WEIGHT = 3;

/** How many of the latest explicit dates in the text are offered as lower bounds (the latest first; the
 *  next ones stand in when a later one conflicts with stronger evidence). */
export const LOWER_BOUND_DATES = 3;

/** Longest candidate period, in days, in which a dateline's month and day or a weekday are looked for. */
export const MAX_ENUMERATED_DAYS = 80 * 366;
