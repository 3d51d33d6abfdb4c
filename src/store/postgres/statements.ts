// Statements and entities on PostgreSQL: the same queries as store/sqlite, in PostgreSQL's dialect.
import type pg from "pg";
import { encodeCursor, UNDATED } from "../cursor.js";
import type { EntityRow, StatementQuery, StatementRow } from "../store.js";
import { toEntityRow, toStatementRow, type Row } from "./rows.js";
import { containsPattern } from "../fts-query.js";
import { statementFilter } from "./statement-filter.js";

export const STATEMENT_COLUMNS = "s.*, d.source, d.url, d.title, d.outlet, d.published_date";

/** Statements in order of when they were said (undated last), filtered; a page at a time with a keyset cursor. */
export async function listStatements(pool: pg.Pool, q: StatementQuery): Promise<{ rows: StatementRow[]; next: string | null }> {
  const f = statementFilter(q);
  const limit = q.limit ?? 100;
  const { rows } = await pool.query(
    `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
      ${f.where} ORDER BY ${f.when}, s.id LIMIT ${f.arg(limit + 1)}`,
    f.args,
  );
  const page = (rows as Row[]).slice(0, limit).map(toStatementRow);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? encodeCursor(last.saidOn.date ?? UNDATED, last.id) : null };
}

/** Every statement in document order, read in pages. */
export async function* iterateStatements(pool: pg.Pool, pageSize: number): AsyncIterable<StatementRow> {
  let after: [string, number] = ["0", -1];
  for (;;) {
    const { rows } = await pool.query(
      `SELECT ${STATEMENT_COLUMNS}, d.seq AS doc_seq FROM statements s JOIN documents d ON d.id = s.document_id
        WHERE (d.seq, s.seq) > ($1, $2) ORDER BY d.seq, s.seq LIMIT $3`,
      [after[0], after[1], pageSize],
    );
    if (!rows.length) return;
    for (const r of rows as Row[]) yield toStatementRow(r);
    const last = rows[rows.length - 1] as Row;
    after = [last.doc_seq as string, last.seq as number];
  }
}

const ENTITY_COUNTS = `(SELECT count(*)::int FROM statements s WHERE s.speaker_key = e.key) AS statements,
  (SELECT count(*)::int FROM mentions m WHERE m.entity_key = e.key) AS mentions`;

/** Entities whose name contains the words (ASCII case-insensitive, as SQLite's LIKE), most spoken first. */
export async function findEntities(pool: pg.Pool, name: string, limit: number): Promise<EntityRow[]> {
  const { rows } = await pool.query(
    `SELECT e.*, ${ENTITY_COUNTS} FROM entities e WHERE e.name ILIKE $1 OR e.key = $2
      ORDER BY statements DESC, mentions DESC, e.name LIMIT $3`,
    [containsPattern(name), name, limit],
  );
  return (rows as Row[]).map(toEntityRow);
}

export async function getEntity(pool: pg.Pool, key: string): Promise<EntityRow | null> {
  const { rows } = await pool.query(`SELECT e.*, ${ENTITY_COUNTS} FROM entities e WHERE e.key = $1`, [key]);
  const r = rows[0] as Row | undefined;
  return r ? toEntityRow(r) : null;
}
