import { alternation, lexicon } from "../core/lexicon.js";
import { bareOf, fold, wordCount } from "./text-fold.js";
import { textTuning } from "./text-tuning.js";

export { bareOf, fold, wordCount };

// What a line looks like, computed once per line and shared by every rule: its folded key for
// comparison, its word count, whether it was bulleted, whether it reads as prose or as a headline.

export interface LineView {
  /** The line as printed, surrounding whitespace trimmed. Never altered further. */
  text: string;
  /** The line without decoration marks (bullets, arrows, dashes) at either end. */
  core: string;
  /** `core` folded. */
  key: string;
  /** `key` without trailing sentence punctuation. */
  bare: string;
  /** Whitespace-separated words in `core`. */
  words: number;
  /** The line opened with a decoration mark (a bullet, an arrow, a dash). */
  marked: boolean;
}

let marks: { lead: RegExp; tail: RegExp } | null = null;
function markPatterns(): { lead: RegExp; tail: RegExp } {
  if (!marks) {
    const alt = alternation(lexicon("boilerplate-marks"));
    marks = { lead: new RegExp(`^(?:(?:${alt})\\s*)+`, "u"), tail: new RegExp(`(?:\\s*(?:${alt}))+$`, "u") };
  }
  return marks;
}

export function lineView(raw: string): LineView {
  const text = raw.trim();
  const { lead, tail } = markPatterns();
  const core = text.replace(lead, "").replace(tail, "");
  const key = fold(core);
  return { text, core, key, bare: bareOf(key), words: wordCount(core), marked: lead.test(text) };
}

const SENTENCE_END = /[.!?…。！？]["'”’»)\]」』]*$/u;
/** Ends like a sentence or a clause, which headlines and labels do not. */
const CLAUSE_END = /[.,;:!?…。、！？]["'”’»)\]」』]*$/u;

/** A body paragraph: a long enough sentence, or long whatever its end. */
export function isProse(line: LineView): boolean {
  if (line.words >= textTuning.proseLongWords) return true;
  return line.words >= textTuning.proseMinWords && SENTENCE_END.test(line.core);
}

/** No sentence or clause punctuation at the end ('?' and '!' included: questions are not related links). */
export const endsOpen = (line: LineView): boolean => !CLAUSE_END.test(line.core);

/** Shaped like a headline: a capitalised, mid-length line that does not end like a sentence or clause. */
export function looksLikeHeadline(line: LineView): boolean {
  const { headlineMinWords, headlineMaxWords, headlineMaxChars } = textTuning;
  if (line.marked || line.words < headlineMinWords || line.words > headlineMaxWords) return false;
  if (line.core.length > headlineMaxChars) return false;
  // Headlines may end in '?' but not in a period, colon, comma, exclamation or ellipsis.
  if (/[.,;:!…。！]["'”’»)\]」』]*$/u.test(line.core)) return false;
  // Nor do they hold two sentences ('… its advertiser. All opinions …'; 'U.S. Envoy' is one) or a web address.
  if (/\p{Ll}{3}[.!?]\s+\p{Lu}/u.test(line.core) || /(?:^|\s)(?:www\.|https?:)/u.test(line.core)) return false;
  return /^["'“‘«(]?[\p{Lu}\p{N}]/u.test(line.core) && /\p{Ll}/u.test(line.core);
}

/** Words of a line that carry letters, as written. */
export const letterWords = (s: string): string[] => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w));

/** Title case: the share of non-minor words that open with a capital or a digit, and how many there are. */
export function titleCase(core: string, minor: ReadonlySet<string>): { ratio: number; major: number } {
  const major = letterWords(core).filter((w) => !minor.has(fold(w).replace(/[^\p{L}.']/gu, "")));
  if (!major.length) return { ratio: 0, major: 0 };
  const capitalised = major.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length;
  return { ratio: capitalised / major.length, major: major.length };
}

/** Crude content-word stems (plural and possessive stripped, first five letters) for topical overlap. */
export function contentStems(s: string, minor: ReadonlySet<string>): Set<string> {
  const stems = new Set<string>();
  for (const token of fold(s).match(/[\p{L}\p{N}']+/gu) ?? []) {
    const word = token.replace(/'s?$/u, "");
    if (word.length < 3 || minor.has(word)) continue;
    stems.add((word.length > 3 ? word.replace(/s$/u, "") : word).slice(0, 5));
  }
  return stems;
}
