// Tuning numbers of the events extractor, in one place.

/** Words between an attributive year and the event noun it dates ("the 2025 Diplomatic Blue Book": 1). */
export const NOUN_AFTER_TIME_WORDS = 3;

/** Characters between a time introduced by "of" and the event noun before it ("the statement of March 21"). */
export const NOUN_BEFORE_OF_CHARS = 24;

/** Sentences back that a personal pronoun ("he will hold a summit") looks for the person it stands for. */
export const PRONOUN_SENTENCES_BACK = 1;

/** Shortest word compared when matching a clause to a pack event's names and description. */
export const MIN_MATCH_WORD = 4;

/** Characters two words must share at their start to count as the same word ("discussions" / "discussed"). */
export const STEM_CHARS = 6;

/** A word found in the names of more than this share of the pack's events tells none of them apart. */
export const COMMON_WORD_SHARE = 0.15;

/** Weight of a side shared with a pack event ("Moscow" and an event of RU), against 1 for a shared actor. */
export const SIDE_WEIGHT = 0.5;

/** Weight of a two-word phrase only one event's names have ("joint declaration"), against 1 for a word. */
export const PHRASE_WEIGHT = 2;

/** Least evidence for linking a clause to a pack event without its name: shared actors and words, any of:
 *  two actors; one actor and one word; or, for a dated clause, a phrase only that event's names have. */
export const LINK_MIN = { actors: 2, actorAndWords: [1, 1] as const };
