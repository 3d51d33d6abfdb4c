import { alternation, lexicon, lexiconFile } from "../core/lexicon.js";
import type { TextBlock } from "./html-text.js";

// What the HTML block rules read blocks with: word and link measures, a normal form for matching
// whole-block labels, and the vocabulary from data/lexicons/en/html-*.json (loaded once).

const WORD = /[\p{L}\p{N}_]+/gu;

/** Words of the texts seen since the last `forgetWords()`: every block rule asks for them, most more than once. */
const seen = new Map<string, readonly string[]>();

/** The lower-cased words of a text (the array is shared: do not change it). */
export function words(text: string): readonly string[] {
  let found = seen.get(text);
  if (!found) {
    found = text.toLowerCase().match(WORD) ?? [];
    seen.set(text, found);
  }
  return found;
}

/** Drops what `words` kept; postcleanBlocks calls it after each page, so memory stays flat. */
export const forgetWords = (): void => seen.clear();

/** How many runs of letters and digits a text has, for texts read once (nothing is kept). */
export const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export const linkShare = (b: TextBlock): number => (b.text.length ? b.linkChars / b.text.length : 0);

const LEADING_MARKS = /^[\s•·*\-–—|>»›▶►]+/u;
const TRAILING_MARKS = /[\s.:…!?|»›>→▶►\-–—]+$/u;
const TRAILING_MARK = /[\s.:…!?|»›>→▶►\-–—]$/u;

/** Lower-cased, spaces collapsed, leading bullets and trailing punctuation/ellipses/arrows dropped. */
export function normal(text: string): string {
  const s = text.toLowerCase().replace(/\s+/g, " ").replace(LEADING_MARKS, "");
  // The end is tested first: the trailing pattern alone would be tried at every position of a long block.
  return TRAILING_MARK.test(s.slice(-1)) ? s.replace(TRAILING_MARKS, "") : s;
}

/** A regex for "starts with one of these phrases, then a non-letter or the end". */
const openingRegex = (phrases: readonly string[]): RegExp => new RegExp(`^(?:${alternation(phrases)})(?![\\p{L}\\p{N}])`, "iu");

let vocabulary: {
  boilerplate: Set<string>;
  share: Set<string>;
  related: RegExp;
  credit: RegExp;
  stamp: RegExp;
  byline: RegExp;
  teaser: RegExp;
  dateWords: Set<string>;
  counter: RegExp;
  phrases: { ruleId: string; maxWords: number; words: string[] }[];
} | null = null;

export function vocab(): NonNullable<typeof vocabulary> {
  if (!vocabulary) {
    const stamps = lexiconFile<{ entries: { ruleId: string; words: string[] }[] }>("html-stamp-words").entries;
    const stampWords = (id: string): string[] => stamps.find((e) => e.ruleId === id)?.words ?? [];
    vocabulary = {
      boilerplate: new Set(lexicon("html-boilerplate")),
      share: new Set(lexicon("html-share-words")),
      related: openingRegex(lexicon("html-related-headings")),
      credit: openingRegex(lexicon("html-credit-cues").map((w) => w.replace(/:$/, ""))),
      stamp: openingRegex(stampWords("html/stamp")),
      // The cue in any case (`By`, `BY`), then the first character of the name, checked for a capital by the rule.
      byline: new RegExp(`^(?:${alternation(stampWords("html/byline"))})\\s+(\\S)`, "iu"),
      // The label ends at a colon, a bar (`WATCH | <title of the video>`) or at the end of its line (`Tags<br>stock car, …`).
      teaser: new RegExp(`^(?:${alternation(lexicon("html-label-prefixes"))})[ \\t]*(?::|\\||\\n)`, "iu"),
      dateWords: new Set(lexicon("html-date-words")),
      counter: new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon("html-meta-words"))})(?![\\p{L}])`, "iu"),
      phrases: lexiconFile<{ entries: { ruleId: string; maxWords: number; words: string[] }[] }>("html-line-phrases").entries,
    };
  }
  return vocabulary;
}
