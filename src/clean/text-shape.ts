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
  /** The first run of letters or digits in `key` ('' if none): phrases are looked up by it. */
  readonly first: string;
  /** The runs of letters and digits in `core`, as written. */
  readonly tokens: readonly string[];
}

/** A line's view; what only some rules read is worked out on first use, then kept. */
class View implements LineView {
  private firstRun: string | undefined;
  private tokenRuns: string[] | undefined;

  constructor(
    public text: string,
    public core: string,
    public key: string,
    public bare: string,
    public words: number,
    public marked: boolean,
  ) {}

  get first(): string {
    return (this.firstRun ??= /[\p{L}\p{N}]+/u.exec(this.key)?.[0] ?? "");
  }

  get tokens(): readonly string[] {
    return (this.tokenRuns ??= this.core.match(/[\p{L}\p{N}]+/gu) ?? []);
  }
}

interface Marks {
  lead: RegExp;
  tail: RegExp;
  /** First and last characters of the marks: a line that neither starts nor ends with one has no marks to strip. */
  starts: Set<string>;
  ends: Set<string>;
}

let marks: Marks | null = null;
function markPatterns(): Marks {
  if (!marks) {
    const words = lexicon("boilerplate-marks");
    const alt = alternation(words);
    marks = {
      lead: new RegExp(`^(?:(?:${alt})\\s*)+`, "u"),
      tail: new RegExp(`(?:\\s*(?:${alt}))+$`, "u"),
      starts: new Set(words.filter(Boolean).map((w) => w.charAt(0))),
      ends: new Set(words.filter(Boolean).map((w) => w.charAt(w.length - 1))),
    };
  }
  return marks;
}

export function lineView(raw: string): LineView {
  const text = raw.trim();
  const { lead, tail, starts, ends } = markPatterns();
  // The patterns run only where a mark can be: the tail pattern alone would be tried at every position.
  const unled = starts.has(text.charAt(0)) ? text.replace(lead, "") : text;
  const core = ends.has(unled.charAt(unled.length - 1)) ? unled.replace(tail, "") : unled;
  const key = fold(core);
  return new View(text, core, key, bareOf(key), wordCount(core), unled !== text);
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
