// A search hit's passage, cut in JavaScript from the text as stored so it reads the same whatever the database's
// locale: about as long as SQLite's snippet(), the window that holds the most query terms, each match wrapped in **
// (a phrase as one), and "…" where the text goes on.
import { tokens, type Token } from "./search-words.js";

// Words in a passage: SQLite's snippet() is asked for 16 tokens too.
const SNIPPET_WORDS = 16;
// Words shown before the first match in the window, so the match reads in context.
const LEAD_WORDS = 3;

interface Match {
  term: number;
  first: number;
  last: number;
}

/** Every place a term (its words folded) occurs, as token index ranges. */
function matches(words: Token[], terms: string[][]): Match[] {
  const found: Match[] = [];
  terms.forEach((term, t) => {
    for (let i = 0; i + term.length <= words.length; i++) {
      if (term.every((w, k) => words[i + k]!.folded === w)) found.push({ term: t, first: i, last: i + term.length - 1 });
    }
  });
  return found.sort((a, b) => a.first - b.first);
}

/** The passage of `text` that best shows `terms` (each a list of folded words). */
export function snippet(text: string, terms: string[][]): string {
  const words = tokens(text);
  if (!words.length) return "";
  const found = matches(words, terms);
  let start = 0;
  let best = -1;
  for (const m of found) {
    const from = Math.max(0, Math.min(m.first - LEAD_WORDS, words.length - SNIPPET_WORDS));
    const inside = new Set(found.filter((o) => o.first >= from && o.last < from + SNIPPET_WORDS).map((o) => o.term));
    if (inside.size > best) [best, start] = [inside.size, from];
  }
  const end = Math.min(words.length, start + SNIPPET_WORDS) - 1;
  // at either end of the text the passage keeps what lies beyond the words (an opening quote, a full stop)
  let out = start > 0 ? "…" : "";
  let at = start > 0 ? words[start]!.start : 0;
  for (const m of found.filter((o) => o.first >= start && o.last <= end)) {
    if (words[m.first]!.start < at) continue; // overlaps a match already marked
    out += `${text.slice(at, words[m.first]!.start)}**${text.slice(words[m.first]!.start, words[m.last]!.end)}**`;
    at = words[m.last]!.end;
  }
  const last = end === words.length - 1;
  out += text.slice(at, last ? text.length : words[end]!.end);
  return (last ? out : `${out}…`).trim();
}
