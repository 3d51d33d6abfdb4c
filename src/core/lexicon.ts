import { readFileSync } from "node:fs";
import { projectPath } from "./paths.js";

// Words are data: every list lives in data/lexicons/<lang>/<name>.json as
// { "description": "...", "words": ["...", ...] } (or "entries" for richer rows).

const cache = new Map<string, unknown>();

/** The parsed JSON of data/lexicons/<lang>/<name>.json, read once per process. */
export function lexiconFile<T = { words: string[] }>(name: string, lang = "en"): T {
  const key = `${lang}/${name}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = JSON.parse(readFileSync(projectPath("data", "lexicons", lang, `${name}.json`), "utf8"));
    cache.set(key, value);
  }
  return value as T;
}

/** The word list of a lexicon file. */
export const lexicon = (name: string, lang = "en"): string[] => lexiconFile(name, lang).words;

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One alternation from a word list: escaped, longest first (so "prime minister" wins over "prime"),
 * with runs of spaces in a phrase matching any whitespace. Wrap it yourself: `(?:${alt})`.
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.filter((w) => w.length > 0))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((w) => escapeRegex(w).replace(/ +/g, "\\s+")).join("|");
}

/** A regex matching any of the words as whole words (Unicode-aware boundaries). */
export function wordsRegex(words: readonly string[], flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, flags);
}
