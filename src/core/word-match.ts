import { charClass, WORD } from "./char-class.js";

// Whole-word matching without a leading lookbehind.
//
// A pattern that opens with `(?<![\p{L}\p{N}])` makes V8 test the lookbehind at every position of the text
// before it can look at a first character, so it cannot skip ahead; on long texts such a regex runs three to four
// times slower than the same regex without it (measured on the bench's text corpus). Here the pattern is
// compiled without the opening boundary and the boundary is checked in code; a match that starts inside a word is
// dropped and the search resumes one character later, so the matches are exactly those of the lookbehind form.
// Any other opening lookbehind for one character class (`(?<![\p{L}$#])`) is taken off and checked the same way.

/** The opening word boundary that `wordMatcher` takes off a pattern. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Where the character before `index` starts: a low surrogate's code point takes two units (with the u flag). */
const charBefore = (text: string, index: number, unicode: boolean): number => {
  const c = text.charCodeAt(index - 1);
  return unicode && c >= 0xdc00 && c <= 0xdfff && index >= 2 ? index - 2 : index - 1;
};

/** True when the character before `index` is a letter or a digit (so `index` is inside a word). */
export function insideWord(text: string, index: number): boolean {
  if (index <= 0) return false;
  const from = charBefore(text, index, true);
  return from === index - 1 ? (charClass(text.charCodeAt(from)) & WORD) !== 0 : LETTER_OR_DIGIT.test(text.slice(from, index));
}

/** An opening negative lookbehind for one character class, and the class. */
const OPENING_CLASS_GUARD = /^\(\?<!(\[(?:\\.|[^\]\\])*\])\)/;

/** The test for the character before a match that the pattern's opening lookbehind makes, or null when it has none. */
function openingGuard(source: string, flags: string): { length: number; rejects: (text: string, index: number) => boolean } | null {
  if (source.startsWith(WORD_START)) return { length: WORD_START.length, rejects: insideWord };
  const m = OPENING_CLASS_GUARD.exec(source);
  if (!m) return null;
  const cls = new RegExp(`^${m[1]}$`, flags.replace(/[gyd]/g, ""));
  const unicode = /[uv]/.test(flags);
  return {
    length: m[0].length,
    rejects: (text, index) => index > 0 && cls.test(text.slice(charBefore(text, index, unicode), index)),
  };
}

export interface WordMatcher {
  /** Every match in `text`, in order, as `String.prototype.matchAll` would give for the lookbehind form. */
  all(text: string): RegExpExecArray[];
  /** The first match, or null. */
  first(text: string): RegExpExecArray | null;
  /** The pattern as compiled (without its opening boundary), for callers that need `source` or `flags`. */
  readonly regex: RegExp;
}

/**
 * A matcher for `source`, which should open with WORD_START or another lookbehind for one character class (a pattern
 * that does not is matched as it is). `flags` get "g" added; "y" is not allowed.
 */
export function wordMatcher(source: string, flags = "u"): WordMatcher {
  const guard = openingGuard(source, flags);
  const re = new RegExp(guard ? source.slice(guard.length) : source, flags.includes("g") ? flags : flags + "g");
  const scan = (text: string, limit: number): RegExpExecArray[] => {
    const out: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) {
      if (guard?.rejects(text, m.index)) {
        // resume one code point later: a match starting inside this one may still stand
        re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
        continue;
      }
      out.push(m);
      if (m[0].length === 0) re.lastIndex = m.index + 1;
    }
    re.lastIndex = 0;
    return out;
  };
  return { all: (text) => scan(text, Infinity), first: (text) => scan(text, 1)[0] ?? null, regex: re };
}
