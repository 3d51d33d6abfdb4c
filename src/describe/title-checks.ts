import { wordsRegex } from "../core/lexicon.js";
import { TITLE_MAX_WORDS } from "./tuning.js";
import { roleWords } from "./vocab.js";

// Is a candidate a headline at all? Error banners and menu labels are not, whatever tag holds them.

let errorRe: RegExp | undefined;
let navigation: Set<string> | undefined;

export const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();
export const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Why a candidate is not a headline, or null when it may be one. */
export function notTitleReason(candidate: string, minWords: number): string | null {
  const t = squash(candidate);
  const words = wordCount(t);
  if (words < minWords) return `${words} words`;
  if (words > TITLE_MAX_WORDS) return `${words} words, a paragraph`;
  errorRe ??= wordsRegex(roleWords("title-rejects", "error"));
  const error = errorRe.exec(t);
  if (error) return `error-page wording "${error[0]}"`;
  navigation ??= new Set(roleWords("title-rejects", "navigation").map((w) => w.toLowerCase()));
  if (navigation.has(t.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, "").trim())) return "a menu or section label";
  return null;
}
