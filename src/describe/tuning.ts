// Every tuning number of the describe stage, with what it measures.

/** Earliest year accepted as a publication date: older stamps are history mentioned on the page, not its date. */
export const MIN_YEAR = 1900;

/** Days a stated date may lie after the reference (crawl) date: time zones and clock skew, not more. */
export const FUTURE_TOLERANCE_DAYS = 2;

/** A line longer than this is prose, not a stamp, unless a stamp phrase labels the date. */
export const STAMP_LINE_MAX_CHARS = 160;

/** Words a stamp line may hold besides its dates and byline ("By IANS |", section names). */
export const STAMP_RESIDUE_MAX_WORDS = 8;

/** Lines of a plain-text page's head and tail searched for stamps and a headline. */
export const TEXT_HEAD_LINES = 25;
export const TEXT_TAIL_LINES = 8;

/** Paragraphs of the cleaned text at the start (and end) searched for a dateline, agency marker or stamp. */
export const LEAD_PARAGRAPHS = 3;
export const TAIL_PARAGRAPHS = 3;

/** Characters from a paragraph's start within which a dateline or agency marker must begin. */
export const DATELINE_MAX_OFFSET = 4;

/** A dateline (city, region, date, agency) is never longer than this many characters. */
export const DATELINE_MAX_CHARS = 90;

/** Headline size in words: shorter is a label, longer is a paragraph. */
export const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 40;
/** Words the text fallback wants at least before it calls a plain line a headline. */
export const TEXT_TITLE_MIN_WORDS = 3;

/** A title segment split off by " | " or " - " is a site name when it has at most this many words. */
export const SITE_SEGMENT_MAX_WORDS = 5;

/** Authors: a byline name has at most this many words. */
export const AUTHOR_MAX_WORDS = 5;

/** An <h1> contained in another title source is its headline when it covers at least this share of that
 *  source's characters (below it, the h1 is a section label inside a longer title). */
export const H1_MIN_SHARE = 0.3;

/** Date- or byline-marked elements kept per page: the page's own stamp comes early; teaser lists repeat. */
export const STAMP_ELEMENTS_MAX = 40;

/** Longest element text taken as a microdata value (<div itemprop="datePublished">…): longer is a body. */
export const MICRODATA_TEXT_MAX_CHARS = 300;

/** Longest copyright holder read from a copyright line ("© 2024 The Taipei Times"): longer is a sentence. */
export const COPYRIGHT_HOLDER_MAX_CHARS = 60;

/** Copyright lines kept per page: the site's own comes once or twice; embeds and photos add more. */
export const COPYRIGHT_NOTICES_MAX = 8;

/** Days between a page's first publication and a revision it shows readers beyond which the page is a
 *  rewrite (an explainer kept up to date), dated by the revision: a year. Corrections come within days. */
export const REVISION_REWRITE_DAYS = 365;
