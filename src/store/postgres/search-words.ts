// How PostgreSQL's full-text index sees a text: runs of letters and digits (as store/fts-query.ts reads a query),
// lower-cased and without diacritics, as SQLite's unicode61 tokenizer does. It is done here rather than by the
// server's parser because that parser depends on the database's locale: under LC_CTYPE=C it keeps "Russia–Japan"
// and "Japan’s" as single words and does not lower-case "Москва".

// Combining marks belong to the word they sit on (a decomposed "é" is one letter, not a word break).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const DIACRITICS = /\p{Mn}+/gu;

/** Lower case, without diacritics: Tōkyō → tokyo. */
export const foldWord = (word: string): string => word.normalize("NFD").replace(DIACRITICS, "").toLowerCase();

export interface Token {
  start: number;
  end: number;
  /** The word folded, for comparing with query words. */
  folded: string;
}

/** The words of a text with their offsets, for cutting snippets. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (folded) out.push({ start: m.index, end: m.index + m[0].length, folded });
  }
  return out;
}

/** The text's words, folded, separated by single spaces: all the server's parser gets to see. */
export const indexText = (text: string): string =>
  tokens(text)
    .map((t) => t.folded)
    .join(" ");
