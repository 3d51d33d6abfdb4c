import { charClass, WORD } from "../core/char-class.js";

// Words of the cleaned text with their offsets, computed once per text and shared by the mention finder and
// the statement extractors. Parallel arrays keep a long text to a handful of allocations per word.

export interface Tokens {
  text: string;
  count: number;
  starts: Int32Array;
  /** End of the word without a possessive 's ("Japan" in "Japan's"). */
  ends: Int32Array;
  /** Lower case, accents, dots and apostrophes removed: the key lexicon phrases are matched on. */
  keys: string[];
  /** The word as written (without a possessive 's). */
  raw: string[];
  /** 1 when the word starts with a capital letter. */
  cap: Uint8Array;
  /** 1 when the word carried a possessive 's. */
  poss: Uint8Array;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const DROPPED = /[.'’`ʼ]/g;
const UPPER = /^\p{Lu}/u;

const keyCache = new Map<string, string>();
// The cache only saves work on repeated words; past this size it is started afresh.
const KEY_CACHE_MAX = 200_000;

const PLAIN = /^[a-z0-9-]+$/;

/** The matching key of one word. */
export function wordKey(word: string): string {
  if (PLAIN.test(word)) return word;
  let key = keyCache.get(word);
  if (key !== undefined) return key;
  key = word.toLowerCase();
  if (NON_ASCII.test(key)) key = key.normalize("NFKD").replace(MARKS, "");
  key = key.replace(DROPPED, "");
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

let last: Tokens | null = null;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const DOT = 46;

/**
 * The words of a text. The last document's result is kept: the mention finder and the extractors share it;
 * pass `remember = false` for short phrases so they do not evict it.
 *
 * A word is letters and digits (with combining marks), joined by apostrophes and hyphens, or by dots between
 * single letters (U.S., J.R.R.) or before a lower-case letter (a web address: Polygraph.info). A final 's is a possessive: "Japan's" is the word "Japan", marked.
 */
export function tokenize(text: string, remember = true): Tokens {
  if (last && last.text === text) return last;
  const n = text.length;
  // A word takes at least one character and a separator, so half the length bounds the count.
  const size = (n >> 1) + 1;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const cap = new Uint8Array(size);
  const poss = new Uint8Array(size);
  const keys: string[] = [];
  const raw: string[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    // letters and digits start a word; combining marks only continue one
    if (!(charClass(text.charCodeAt(i)) & WORD)) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (charClass(c) === 0) break;
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) plain = false;
        i++;
      }
      if (i + 1 >= n) break;
      const c = text.charCodeAt(i);
      const nextClass = charClass(text.charCodeAt(i + 1));
      if ((c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) && nextClass !== 0) {
        if (c !== HYPHEN) plain = false;
        i++;
        continue;
      }
      // "U.S.": a dot, a letter, a dot; "Polygraph.info", "gov.uk": a dot right before a lower-case letter.
      const lowerNext = text.charCodeAt(i + 1) >= 97 && text.charCodeAt(i + 1) <= 122;
      if (c === DOT && nextClass & WORD && (text.charCodeAt(i + 2) === DOT || lowerNext)) {
        plain = false;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    let possessive = 0;
    const q = text.charCodeAt(end - 2);
    const s = text.charCodeAt(end - 1);
    if (end - start > 2 && (q === APOSTROPHE || q === RIGHT_QUOTE) && (s === 115 || s === 83)) {
      end -= 2;
      possessive = 1;
    }
    const word = text.slice(start, end);
    starts[count] = start;
    ends[count] = end;
    cap[count] = isCapital(word) ? 1 : 0;
    poss[count] = possessive;
    raw.push(word);
    keys.push(plain ? word : wordKey(word));
    count++;
  }
  const tokens = { text, count, starts, ends, keys, raw, cap, poss };
  if (remember) last = tokens;
  return tokens;
}

/** Index of the first word starting at or after `offset`. */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last word ending at or before `offset`, or -1. */
export function tokenEndingBy(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The characters between two words (punctuation and space), or after the last one. */
export function between(tokens: Tokens, i: number): string {
  const from = tokens.ends[i]!;
  const to = i + 1 < tokens.count ? tokens.starts[i + 1]! : tokens.text.length;
  return tokens.text.slice(from, to);
}
