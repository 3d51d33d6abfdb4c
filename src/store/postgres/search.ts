// Full-text search on PostgreSQL: a tsvector of the folded words (search-words.ts) with a GIN index (migration 1).
// What the analyst typed is parsed once (store/fts-query.ts, shared with SQLite); each term becomes
// phraseto_tsquery() of its folded words, so no character of the input is ever read as tsquery syntax.
import type pg from "pg";
import { parseQuery } from "../fts-query.js";
import { SEARCH_WINDOW, type SearchOptions, type SearchResult } from "../store.js";
import type { Row } from "./rows.js";
import { INDEXED_CHARS } from "./document-insert.js";
import { indexText } from "./search-words.js";
import { snippet } from "./snippet.js";

export async function searchDocuments(pool: pg.Pool, input: string, opts: SearchOptions): Promise<SearchResult> {
  // composed first, so an accent typed as a combining mark does not split the word it sits on
  const terms = parseQuery(input.normalize("NFC"))
    .terms.map((t) => indexText(t.join(" ")).split(" ").filter(Boolean))
    .filter((t) => t.length > 0);
  if (!terms.length) return { hits: [], windowed: false };
  const tsquery = terms.map((_, i) => `phraseto_tsquery('simple', $${i + 1})`).join(" && ");
  const n = terms.length;
  const window = opts.window ?? SEARCH_WINDOW;
  // The window is the matching documents stored last, ranked; the best hits are then read whole. Asked for in the
  // same select, the text of every ranked document was read before the sort.
  const { rows } = await pool.query(
    `WITH q AS (SELECT ${tsquery} AS query),
          win AS (SELECT d.seq, ts_rank(d.search, q.query) AS rank FROM documents d, q
                   WHERE d.search @@ q.query ORDER BY d.seq DESC LIMIT $${n + 1}),
          top AS (SELECT seq, rank FROM (SELECT * FROM win ORDER BY seq DESC LIMIT $${n + 4}) w ORDER BY rank DESC, seq LIMIT $${n + 2})
     SELECT d.id, d.title, d.source, d.published_date, left(d.text, $${n + 3}) AS text,
            (SELECT count(*) FROM win) > $${n + 4} AS windowed
       FROM top JOIN documents d ON d.seq = top.seq
      ORDER BY top.rank DESC, d.seq`,
    [...terms.map((t) => t.join(" ")), window + 1, opts.limit ?? 20, INDEXED_CHARS, window],
  );
  const hits = (rows as Row[]).map((r) => ({
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    source: r.source as string,
    published: (r.published_date as string | null) ?? null,
    snippet: snippet(r.text as string, terms),
  }));
  return { hits, windowed: rows.length > 0 && (rows[0] as Row).windowed === true };
}
