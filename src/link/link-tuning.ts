// Every number the link stage is tuned by, with what it measures.

/** Words per shingle when comparing documents: long enough that two unrelated articles share almost none. */
export const SHINGLE_WORDS = 5;

/** A document with fewer shingles is not linked: too short to tell a copy from shared page furniture. */
export const MIN_SHINGLES = 25;

/** MinHash bands × rows per band for documents. 32 × 2 finds pairs sharing 30% of their shingles (Jaccard) with
 *  probability 0.95, and unrelated pairs (Jaccard near 0) practically never. */
export const DOC_BANDS = 32;
export const DOC_BAND_ROWS = 2;

/** Two documents are copies when this share of the smaller one's shingles is in the larger one. */
export const MIN_CONTAINMENT = 0.6;

/** …and together they share at least this share of all their shingles (Jaccard): a long article quoting a
 *  paragraph of another is not its copy. */
export const MIN_JACCARD = 0.25;

/** A copy lost (trimmed) or gained (extended) text when this share of the original's (the copy's) shingles is
 *  missing from the other. */
export const CHANGE_SHARE = 0.1;

/** MinHash bands × rows for statements (sets of content words, keyed by speaker). */
export const STATEMENT_BANDS = 16;
export const STATEMENT_BAND_ROWS = 2;

/** Reports of one statement: the F1 (Dice) of their content-word sets, the measure the gold scorer pairs by. */
export const MIN_STATEMENT_DICE = 0.6;

/** A band bucket of one speaker's statements holding more than this many is a stop bucket, not a lead: the words
 *  it stands for are the speaker's stock phrases, and comparing every pair in it made linking quadratic. Reports of
 *  the very same words still meet in their exact-words bucket, whatever its size. */
export const MAX_STATEMENT_BUCKET = 400;

/** Fewer content words than this say too little to be told apart from another statement of the speaker. */
export const MIN_STATEMENT_WORDS = 3;

/** Undated statements are compared by their documents' dates: at most this many days apart. */
export const UNDATED_WINDOW_DAYS = 7;

/** How many items the link pass reads or queries at once: bounds memory and the size of one query. */
export const LINK_BATCH = 200;

/** Above this share of the stored documents, reading every statement once beats one query per document. */
export const SCAN_SHARE = 0.25;
