// Every tuning number of the stance classifier, with what it measures. Distances are counted in words
// between the end of one match and the start of the other.

/** A negator or hedge reaches a cue at most this many words on ("do not [really] intend to continue"). */
export const NEG_WINDOW = 4;

/** Words an intent word may stand from its action ("policy of resolving", "goal is to sign", "ready, if asked, to resume"). */
export const INTENT_WINDOW = 5;

/** Words between a verb and the talks it takes ("ceasing peace treaty negotiations", "hold the next round of peace talks"). */
export const PROCESS_WINDOW = 5;

/** Words between an endorsing or rejecting word and its object ("welcomed the new Japanese government's desire"). */
export const OBJECT_WINDOW = 5;

/** A pointing word ("this", "the idea") must follow an endorsing or rejecting word this closely to be its object. */
export const REFERENT_WINDOW = 1;

/** An undercutting word ("contradicts", "despite") governs an open cue at most this many words on. */
export const UNDERCUT_WINDOW = 3;

/** An undercutting verb after an open cue reaches back over its object ("desire to conclude a peace treaty is at odds with"). */
export const UNDERCUT_AFTER_WINDOW = 5;

/** "not A but B": A spans at most this many words. */
export const NOT_BUT_MAX_WORDS = 8;

/** Words a regret or protest reaches on to a stopping cue ("regret over Moscow's decision to suspend the talks"). */
export const DISAPPROVE_WINDOW = 5;
