// Tuning numbers for HTML main-content extraction, in one place. Each was set by measuring
// `npm run eval:html` (article-extraction-benchmark first, trafilatura-eval and fundus as checks).

export const htmlTuning = {
  /** Longest excerpt of a removed block kept in `removed`, in characters. */
  excerptChars: 200,

  // Preclean (html-preclean.ts): furniture by markup.
  /** A furniture word on an element holding more than this share of the page's <p> text is a layout word
   * on the article's wrapper (`<div class="ad_body wrapper">`), not furniture. */
  maxParagraphShare: 0.5,
  /** All furniture removed together may hold at most this share of the page's <p> text (comments aside). */
  maxRemovedShare: 0.5,
  /** Words in a class or id beyond which it is text made into an anchor (`the-actor-wore-a-similar-style-…`), not a
   * component's name. */
  maxClassWords: 7,
  /** A sentence alone in a <div>, with more than this share of its text in links (the main-content scorer drops
   * such a <div> above a fifth), takes its wrappers' place … */
  linkedProseMinShare: 0.2,
  /** … up to this share (above it, the sentence is mostly one link: a pointer), … */
  linkedProseMaxShare: 0.8,
  /** … when it has at least this many words. (Measured: 0.1-0.2, 0.75-0.95 and 5-12 words score the same.) */
  linkedProseWords: 8,

  // Teaser cards (html-articles.ts): one <article> is the article when …
  /** … its own text is at least this share of the extracted text, … */
  articleMinShare: 0.5,
  /** … and every other <article> has at most this share of its own text (a live blog's posts are comparable). */
  teaserMaxRatio: 1 / 3,

  // Block rules (html-block-rules.ts).
  /** Blocks at the top searched for a repeated title. */
  titleSearch: 4,
  /** Words in a block that can still be a share row, credit line, stamp, date or byline. */
  shortWords: 15,
  /** Words in a caption that ends in a credit, `… (Image: Getty)`. */
  captionWords: 45,
  /** Words in a heading-like block that is not an <h1>–<h6>. */
  headingWords: 10,
  /** Words in a counter line, `5 min read`, `1.234 letture`. */
  counterWords: 6,
  /** Words in a one-line pointer, `Read more: <headline>`. */
  teaserWords: 30,
  /** Words in a block of prose, the kind that ends an article. */
  proseWords: 20,
  /** Share of a block's characters inside links above which it reads as a link, not prose. */
  linkShare: 0.5,
  /** The same for a block of twice `proseWords` or more: long prose may link most of its words. */
  longLinkShare: 0.8,

  // Fallback (html.ts).
  /** The JSON-LD articleBody replaces the extraction when it has more than this many times its words. */
  jsonLdRatio: 2,
};
