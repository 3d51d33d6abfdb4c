import type { Fact } from "../core/types.js";
import { alternation } from "../core/lexicon.js";
import { findDates } from "./find-dates.js";
import type { PageLine } from "./lines.js";
import { notTitleReason, squash } from "./title-checks.js";
import { TEXT_TITLE_MIN_WORDS } from "./tuning.js";
import { roleWords } from "./vocab.js";

// When nothing names the headline of a plain-text page, the first line at its head that reads like one.

let bylineRe: RegExp | undefined;

/** Why a head line is not the headline, or null. */
function notHeadlineReason(text: string): string | null {
  const t = squash(text);
  if (/^[•·*▪►‣\-–—]/.test(t)) return "a list item";
  if (/\s[>»›]\s/.test(t)) return "a breadcrumb";
  if (/[.;,]$/.test(t) || /\.\.\.$|…$/.test(t)) return "ends like a sentence";
  if (/^[\p{Ll}(\[]/u.test(t)) return "does not open like a headline";
  bylineRe ??= new RegExp(`^(?:${alternation(roleWords("bylines", "cue"))})\\s`, "i");
  if (bylineRe.test(t)) return "a byline";
  if (findDates(t, null).length > 0) return "holds a date stamp";
  return notTitleReason(t, TEXT_TITLE_MIN_WORDS);
}

/** The first line at the head of a plain-text input that reads as a headline, or null. */
export function textHeadline(lines: PageLine[]): Fact<string> | null {
  for (const line of lines) {
    if (!line.where.startsWith("input line") || !line.lead) continue;
    if (notHeadlineReason(line.text) !== null) continue;
    return { value: squash(line.text), basis: `first headline-like line at the head of the text (${line.where})`, ruleId: "title/text-head-line" };
  }
  return null;
}
