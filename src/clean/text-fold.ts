// Folding for comparison only; the text itself is never changed. Shared by the line rules and by
// repeated-block removal (which HTML cleaning calls too), so it depends on nothing.

/** Characters the slow path changes besides spaces and case: anything non-ASCII, and the backtick. */
const NON_ASCII = /[^\x00-\x5f\x61-\x7f]/;

/** Fold for comparison: compatibility forms, typographic quotes and dashes, runs of spaces, case. */
export function fold(s: string): string {
  // Plain ASCII (most lines) has no compatibility forms or typographic marks to fold.
  if (!NON_ASCII.test(s)) return s.replace(/\s+/g, " ").trim().toLowerCase();
  return s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

/** Strip trailing sentence punctuation and ellipses (of a folded string). */
export const bareOf = (key: string): string => key.replace(/[\s.,:;!?…]+$/u, "");

/** CJK scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in a string: whitespace-separated tokens, plus one per two characters of scripts written
 * without spaces (so a Japanese sentence is not one "word").
 */
export function wordCount(s: string): number {
  const tokens = (s.match(/\S+/gu) ?? []).length;
  if (!/[\u2e80-\u9fff]/u.test(s)) return tokens;
  return tokens + Math.floor((s.match(UNSPACED) ?? []).length / 2);
}
