import { tokenize, type Tokens } from "./mentions-tokens.js";
import { isTitleAbbreviation } from "./sentences-breaks.js";

// A phrase dictionary over words: lexicon phrases ("prime minister", "told reporters", "according to") are
// found by walking word keys from each position, one map lookup per word, whatever the size of the lexicons.

export interface TrieNode<E> {
  next?: Map<string, TrieNode<E>>;
  entries?: E[];
}

/** Upper-case words of up to this many letters (acronyms: US, UK, MFA) match only as written. */
const ACRONYM_MAX = 6;

export interface Keyed {
  /** Words that must match as written (acronyms). */
  exact?: (string | null)[];
  /** The phrase is written with a capital: the text's first word must be capitalised too. */
  upper?: boolean;
}

/** Word keys of a phrase, by the same tokenizer as the text; a leading "the" is left to the grammar. */
export function phraseWords(phrase: string, key: (word: string) => string): { keys: string[]; raw: string[] } {
  const t = tokenize(` ${phrase} `, false);
  let keys = t.keys.map((_, i) => key(t.raw[i]!));
  let raw = [...t.raw];
  if (keys.length > 1 && keys[0] === "the") {
    keys = keys.slice(1);
    raw = raw.slice(1);
  }
  return { keys, raw };
}

export function addPhrase<E extends Keyed>(root: TrieNode<E>, phrase: string, entry: E, key: (word: string) => string): void {
  const { keys, raw } = phraseWords(phrase, key);
  if (keys.length === 0 || keys.some((k) => k === "")) return;
  const exact = raw.map((w) => (w.length <= ACRONYM_MAX && w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w) ? w.replace(/\./g, "") : null));
  let node = root;
  for (const k of keys) {
    node.next ??= new Map();
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = {}));
    node = child;
  }
  const upper = entry.upper || /^\p{Lu}/u.test(raw[0]!);
  const withCase = { ...entry, ...(exact.some((e) => e !== null) ? { exact } : {}), ...(upper ? { upper } : {}) };
  (node.entries ??= []).push(withCase);
}

export interface Match<E> {
  length: number;
  entries: E[];
}

/** True when the acronyms of an entry are written as in the lexicon. */
function caseFits(entry: Keyed, tokens: Tokens, at: number): boolean {
  if (entry.upper && !tokens.cap[at]) return false;
  if (!entry.exact) return true;
  return entry.exact.every((w, k) => w === null || tokens.raw[at + k]!.replace(/\./g, "") === w);
}

/** The longest phrase starting at word `at`, with its entries, or null. `keys[i]` is the key of word i. */
export function longestAt<E extends Keyed>(root: TrieNode<E>, tokens: Tokens, at: number, keys: string[]): Match<E> | null {
  const length = walk(root, tokens, at, (i) => keys[i]!);
  return length > 0 ? { length, entries: found as E[] } : null;
}

/** The same, with keys computed on demand (pack keys use the pack's spelling folds). */
export function longestAtBy<E extends Keyed>(root: TrieNode<E>, tokens: Tokens, at: number, keyOf: (i: number) => string): Match<E> | null {
  const length = walk(root, tokens, at, keyOf);
  return length > 0 ? { length, entries: found as E[] } : null;
}

/** Entries of the last walk's match (kept outside the call so a walk that finds nothing allocates nothing). */
let found: Keyed[] = [];

function walk(root: TrieNode<Keyed>, tokens: Tokens, at: number, keyOf: (i: number) => string): number {
  let node = root.next?.get(keyOf(at));
  let best = 0;
  for (let i = at; node; ) {
    if (node.entries && fits(node.entries, tokens, at)) best = i - at + 1;
    if (!node.next || i + 1 >= tokens.count || !joined(tokens, i)) break;
    node = node.next.get(keyOf(++i));
  }
  return best;
}

/** Whether some entries fit the words as written; sets `found` to those that do. */
function fits(all: Keyed[], tokens: Tokens, at: number): boolean {
  let ok = 0;
  for (const e of all) if (caseFits(e, tokens, at)) ok++;
  if (ok === 0) return false;
  found = ok === all.length ? all : all.filter((e) => caseFits(e, tokens, at));
  return true;
}

/**
 * Two words belong to one phrase only when nothing but spaces (or a hyphen between them) stands there, or the
 * period of an abbreviation ("U.S. State Department", "Mr. Kishida").
 */
export function joined(tokens: Tokens, i: number): boolean {
  if (tokens.poss[i]) return true;
  const text = tokens.text;
  const from = tokens.ends[i]!;
  const to = tokens.starts[i + 1]!;
  let dot = -1;
  let hyphens = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) dot = dot < 0 ? k : dot;
    else if (c === 45) hyphens++;
    else if (c !== 32 && c !== 160 && c !== 9) return false;
  }
  // A hyphen joins words it touches ("Al-Arabiya"); a spaced or doubled one is a dash ("Azm-e-Istehkam -- Munir").
  if (hyphens > 0 && (hyphens > 1 || to - from > 1)) return false;
  if (dot < 0) return true;
  const word = tokens.raw[i]!;
  return dot === from && (word.includes(".") || word.length === 1 || isTitleAbbreviation(word));
}
