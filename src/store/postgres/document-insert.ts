// putDocument as ONE statement: the document row and its extraction (entities, mentions, statements, events) are
// data-modifying CTEs of a single INSERT, so a document costs one round trip and is stored whole or not at all.
// Every part after the first inserts only when the document row did (`WHERE EXISTS (SELECT 1 FROM doc)`): a page
// stored already, or being stored by another worker at this moment, adds nothing. Rows go to the server as
// parallel arrays turned back into rows by unnest().
import type pg from "pg";
import type { Doc } from "../../core/doc.js";
import type { Extraction } from "../../extract/types.js";
import { extractionParts } from "./extraction.js";
import { pgJson, pgText } from "./rows.js";
import { indexText } from "./search-words.js";
import type { PutResult } from "../store.js";

/**
 * How much of a text is indexed (and searched for a snippet): a tsvector is capped at 1 MB, and no news article
 * comes near this length. A longer text (a book in a WARC record) is found by its beginning.
 */
export const INDEXED_CHARS = 200_000;

/** A statement being built: parameters are numbered as they are added. */
export class SqlBuilder {
  readonly values: unknown[] = [];
  readonly parts: string[] = [];

  /** A parameter's placeholder, with an optional cast (`::text[]`). */
  param(value: unknown, cast = ""): string {
    return `$${this.values.push(value)}${cast}`;
  }

  /** `name AS (sql)`: a CTE of the statement. */
  with(name: string, sql: string): void {
    this.parts.push(`${name} AS (${sql})`);
  }
}

/**
 * The statement that stores `doc`; it returns one row, `inserted` 1 or 0. Throws before any I/O on bad data.
 * `more` adds statements of its own that run with it (the worker's job completion): they may read `doc`, the
 * inserted document's id, which has no row when the document was stored already.
 */
export function documentInsert(doc: Doc, more?: (q: SqlBuilder) => void): { text: string; values: unknown[] } {
  const q = new SqlBuilder();
  const m = doc.meta;
  const row = [
    doc.id, doc.hash, pgText(doc.source), pgText(doc.url), doc.kind, doc.size, doc.charset ? pgJson(doc.charset) : null,
    pgText(m.title?.value ?? null), pgText(m.outlet?.value ?? null), m.published.date, m.published.precision, pgJson(m.published),
    m.dateline ? pgJson(m.dateline) : null, pgJson(m), pgText(doc.text), pgJson(doc.removed), pgJson(doc.messages), doc.crawledAt,
    new Date().toISOString(),
  ].map((v) => q.param(v));
  const title = q.param(indexText(m.title?.value ?? ""));
  const text = q.param(indexText(doc.text.slice(0, INDEXED_CHARS)));
  // no conflict target: a concurrent writer of the same page may trip the id's unique index before the hash's
  // (the id is made from the hash, so both name the same document)
  q.with(
    "doc",
    `INSERT INTO documents (id, hash, source, url, kind, size, charset, title, outlet, published_date, published_precision,
       published, dateline, meta, text, removed, messages, crawled_at, ingested_at, search)
     VALUES (${row.join(", ")}, setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${text}), 'B'))
     ON CONFLICT DO NOTHING RETURNING id`,
  );
  const extraction = doc.data.extract as Extraction | undefined;
  if (extraction) extractionParts(q, doc.id, extraction);
  more?.(q);
  return { text: `WITH ${q.parts.join(",\n")}\nSELECT count(*)::int AS inserted FROM doc`, values: q.values };
}

/** What a document insert's one row says. */
export const putResult = (r: pg.QueryResult): PutResult => (r.rows[0].inserted === 1 ? "inserted" : "unchanged");
