// Folding for comparison only; the text itself is never changed. Shared by the line rules and by
// repeated-block removal (which HTML cleaning calls too), so it depends on nothing.

/** Characters the slow path changes besides spaces and case: anything non-ASCII, and the backtick. */
const NON_ASCII = /[^\x00-\x5f\x61-\x7f]/;

/** In ASCII text, whitespace other than single spaces: only then is there a run of spaces to collapse. */
const ASCII_SPACE_RUN = /[\t-\r]| {2}/;

/** Fold for comparison: compatibility forms, typographic quotes and dashes, runs of spaces, case. */
export function fold(s: string): string {
  // Plain ASCII (most lines) has no compatibility forms or typographic marks to fold.
  if (!NON_ASCII.test(s)) return (ASCII_SPACE_RUN.test(s) ? s.replace(/\s+/g, " ") : s).trim().toLowerCase();
  return s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

const TRAILING_PUNCTUATION = /[\s.,:;!?…]+$/u;
const PUNCTUATION_END = /[\s.,:;!?…]$/u;

/** Strip trailing sentence punctuation and ellipses (of a folded string). */
export const bareOf = (key: string): string =>
  // The end is tested first: the pattern alone would be tried at every position of a long line.
  PUNCTUATION_END.test(key.slice(-1)) ? key.replace(TRAILING_PUNCTUATION, "") : key;

/** CJK scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in a string: whitespace-separated tokens, plus one per two characters of scripts written
 * without spaces (so a Japanese sentence is not one "word").
 */
export function wordCount(s: string): number {
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) tokens++;
    inWord = !space;
  }
  if (!/[\u2e80-\u9fff]/u.test(s)) return tokens;
  return tokens + Math.floor((s.match(UNSPACED) ?? []).length / 2);
}

/** What `\s` matches in a JavaScript regex: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
