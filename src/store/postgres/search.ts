// Full-text search on PostgreSQL: a tsvector of the folded words (search-words.ts) with a GIN index (migration 1).
// What the analyst typed is parsed once (store/fts-query.ts, shared with SQLite); each term becomes
// phraseto_tsquery() of its folded words, so no character of the input is ever read as tsquery syntax.
import type pg from "pg";
import { parseQuery } from "../fts-query.js";
import type { SearchHit } from "../store.js";
import type { Row } from "./rows.js";
import { INDEXED_CHARS } from "./document-insert.js";
import { indexText } from "./search-words.js";
import { snippet } from "./snippet.js";

export async function searchDocuments(pool: pg.Pool, input: string, limit: number): Promise<SearchHit[]> {
  // composed first, so an accent typed as a combining mark does not split the word it sits on
  const terms = parseQuery(input.normalize("NFC"))
    .terms.map((t) => indexText(t.join(" ")).split(" ").filter(Boolean))
    .filter((t) => t.length > 0);
  if (!terms.length) return [];
  const tsquery = terms.map((_, i) => `phraseto_tsquery('simple', $${i + 1})`).join(" && ");
  const n = terms.length;
  // The best hits are found first and only their texts read: asked for in the same select, the text of every
  // matching document was read before the sort (five times the cost on 12,000 matches).
  const { rows } = await pool.query(
    `WITH q AS (SELECT ${tsquery} AS query),
          top AS (SELECT d.seq, ts_rank(d.search, q.query) AS rank FROM documents d, q
                   WHERE d.search @@ q.query ORDER BY rank DESC, d.seq LIMIT $${n + 1})
     SELECT d.id, d.title, d.source, d.published_date, left(d.text, $${n + 2}) AS text
       FROM top JOIN documents d ON d.seq = top.seq
      ORDER BY top.rank DESC, d.seq`,
    [...terms.map((t) => t.join(" ")), limit, INDEXED_CHARS],
  );
  return (rows as Row[]).map((r) => ({
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    source: r.source as string,
    published: (r.published_date as string | null) ?? null,
    snippet: snippet(r.text as string, terms),
  }));
}
