// Turns what an analyst types into a safe query. Full text: quoted phrases stay phrases, every other word is matched
// as a literal term (so "Russia-Japan" or "C++" never trip the engine's query syntax), all terms required. LIKE: the
// words as one literal substring.

export interface QueryTerms {
  /** Each term is one word or a phrase of words; all must match. */
  terms: string[][];
}

export function parseQuery(input: string): QueryTerms {
  const terms: string[][] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (const m of input.matchAll(re)) {
    const words = (m[1] ?? m[2] ?? "").match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length) terms.push(m[1] !== undefined ? words : words.length > 1 ? words : [words[0]!]);
  }
  return { terms };
}

/** `%words%` for LIKE and ILIKE (with ESCAPE '\\'), the pattern characters in the words taken literally. */
export const containsPattern = (words: string): string => `%${words.replace(/[\\%_]/g, "\\$&")}%`;

/** FTS5 syntax: every term a quoted string (a phrase when it has several words), implicitly ANDed. */
export const toFts5 = (q: QueryTerms): string => q.terms.map((t) => `"${t.join(" ")}"`).join(" ");
