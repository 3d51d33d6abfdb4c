// Tuning numbers for plain-text cleaning and repeated-block removal, in one place.
// Per-rule size limits (maxWords …) live with each rule in data/lexicons/en/boilerplate-*.json.

export const textTuning = {
  /** A body paragraph ("prose"): at least this many words and a sentence end … */
  proseMinWords: 8,
  /** … or at least this many words whatever its end (pages cut paragraphs off mid-sentence). */
  proseLongWords: 25,

  /** Fewest and most words a headline line has; real headlines run 3–20 words, longer lines are body. */
  headlineMinWords: 3,
  headlineMaxWords: 22,
  /** Longest headline in characters; longer single lines are standfirsts or body. */
  headlineMaxChars: 250,
  /** Non-furniture lines looked at before giving up on a headline (kickers, bylines, odd widgets). */
  headlineMaxScan: 6,

  /** Line verdicts remembered across pages (text-rules.ts), a few MB at most: enough for the menus and footers
   * of the sites in one batch; the memory is dropped and refilled when it is full. */
  rememberedLines: 20_000,

  /** How many lines above or below a credit line a repeated caption may sit. */
  captionWindow: 2,

  /** Related headline: word count range of the lone line (subheads are usually shorter). */
  relatedMinWords: 4,
  relatedMaxWords: 16,
  /** Share of its non-minor words that start with a capital (title case) — 1 for "Putin Bans … Baikal". */
  relatedMinTitleCase: 0.8,
  /** Non-minor words needed before title case means anything. */
  relatedMinMajorWords: 3,
  /** Largest share of its content words found in the rest of the body; a subhead shares most of them. */
  relatedMaxOverlap: 0.34,

  /** Repeats: a paragraph printed again is dropped only when it has at least this many words
   * (short lines — list items, questions of a questionnaire, product names — legitimately repeat) … */
  duplicateMinWords: 10,
  /** … and only when the page prints it at most this many times: a page or block printed twice is a
   * copy, a line printed three or more times is the structure of the page (an interview's questions). */
  duplicateMaxCopies: 2,
  /** A paragraph that is the first sentences of a longer one is a teaser when it has at least this
   * many words … */
  teaserMinWords: 6,
  /** … or this many when it ends in an ellipsis (an explicit truncation, which may cut mid-sentence). */
  ellipsisTeaserMinWords: 3,
} as const;
