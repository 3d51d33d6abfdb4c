import { lexicon } from "../core/lexicon.js";
import { combine, hashString } from "./minhash.js";
import { SHINGLE_WORDS } from "./link-tuning.js";

// The words two texts are compared by: letters and digits, case folded, apostrophes kept inside words so "Japan's"
// stays one word. Documents are compared by hashed runs of words (shingles), statements by their content words.

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

export const wordsOf = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$|['’]/g, ""));

/** Hashes of every run of SHINGLE_WORDS words, sorted and without repeats (compact, and merged in one pass). */
export function shingles(text: string): Uint32Array {
  const hashes = wordsOf(text).map(hashString);
  const out = new Uint32Array(Math.max(0, hashes.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < out.length; i++) {
    let h = hashes[i]!;
    for (let j = 1; j < SHINGLE_WORDS; j++) h = combine(h, hashes[i + j]!);
    out[i] = h;
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** How many values two sorted arrays share. */
export function sharedSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else (n++, i++, j++);
  }
  return n;
}

let stop: Set<string> | undefined;

/** The words that carry content, without repeats. */
export function contentWords(text: string): Set<string> {
  stop ??= new Set(lexicon("link-stopwords"));
  return new Set(wordsOf(text).filter((w) => !stop!.has(w)));
}

/** Size of the intersection of two sets. */
export function shared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
