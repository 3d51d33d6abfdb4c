import { bareOf, fold, wordCount } from "./text-fold.js";
import { textTuning } from "./text-tuning.js";
import { addTo } from "../core/multimap.js";

// Paragraphs a page prints more than once. Works on any list of paragraphs (text lines or HTML
// blocks) and knows nothing of line rules. Only comparison keys are folded; callers keep the text.

export type RepeatRuleId = "repeat/duplicate" | "repeat/teaser";

export interface Repeat {
  /** The paragraph to drop. */
  index: number;
  ruleId: RepeatRuleId;
  /** The paragraph kept in its place. */
  of: number;
}

interface Keyed {
  index: number;
  /** Folded, trailing ellipsis and sentence punctuation removed. */
  key: string;
  /** The paragraph ended in '...' or '…': an explicit truncation. */
  truncated: boolean;
  words: number;
}

const ELLIPSIS = /\s*(?:\.{3,}|…)$/u;

function keyed(folded: string, index: number): Keyed {
  // Only a paragraph ending in '.' or '…' can end in an ellipsis; the pattern alone would try every position.
  const truncated = /[.…]$/u.test(folded.slice(-1)) && ELLIPSIS.test(folded);
  const key = bareOf(truncated ? folded.replace(ELLIPSIS, "") : folded);
  return { index, key, truncated, words: wordCount(key) };
}

/** First index in sorted `keys` whose key is >= `key`. */
function lowerBound(sorted: Keyed[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.key ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which paragraphs repeat others. A paragraph the page prints twice (after folding quotes, dashes,
 * spaces and case) keeps its first occurrence (`repeat/duplicate`). A paragraph that is the opening
 * sentence(s) of a longer one — a standfirst printed again as a body paragraph — or the start of one
 * cut off with '…' — a teaser — gives way to the longer one (`repeat/teaser`). In paragraph order.
 * `folded`, when given, holds `fold()` of each paragraph, already worked out by the caller.
 */
export function repeats(paragraphs: readonly string[], folded?: readonly string[]): Repeat[] {
  const t = textTuning;
  const all = paragraphs.map((p, i) => keyed(folded?.[i] ?? fold(p), i)).filter((k) => k.key);
  const copies = new Map<string, Keyed[]>();
  for (const k of all) addTo(copies, k.key, k);

  const out: Repeat[] = [];
  const survivors: Keyed[] = [];
  for (const k of all) {
    const same = copies.get(k.key) ?? [k];
    const first = same[0] ?? k;
    if (first !== k && k.words >= t.duplicateMinWords && same.length <= t.duplicateMaxCopies) {
      out.push({ index: k.index, ruleId: "repeat/duplicate", of: first.index });
    } else if (first === k) {
      survivors.push(k);
    }
  }

  const sorted = [...survivors].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  for (const k of survivors) {
    if (k.words < (k.truncated ? t.ellipsisTeaserMinWords : t.teaserMinWords)) continue;
    let longest: Keyed | null = null;
    for (let j = lowerBound(sorted, k.key); j < sorted.length; j++) {
      const other = sorted[j];
      if (!other || !other.key.startsWith(k.key)) break;
      if (other.key.length === k.key.length) continue;
      // Without an ellipsis the shorter one must end where a sentence of the longer one ends: a list
      // item that opens a longer list item ('1 cup blueberries' / '1 cup blueberries, 2 rice cakes')
      // is not a teaser. With one, the cut may fall anywhere, even mid-word.
      if (!k.truncated && !/[.!?…。！？]/u.test(other.key.charAt(k.key.length))) continue;
      if (!longest || other.key.length > longest.key.length) longest = other;
    }
    if (longest) out.push({ index: k.index, ruleId: "repeat/teaser", of: longest.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
