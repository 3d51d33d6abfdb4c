import type pg from "pg";
import type { MergedStatement, StatementLink, StatementQuery, StatementRow, StatementSource } from "../store.js";
import { encodeCursor, UNDATED } from "../cursor.js";
import { toStatementRow, type Row } from "./rows.js";
import { statementFilter } from "./statement-filter.js";
import { STATEMENT_COLUMNS } from "./statements.js";
import { inTransaction } from "./transaction.js";

// One statement, many sources (PostgreSQL): groups of reports of the same words. A statement without a link is a
// group of its own; a group's id is its representative statement's id.

/** Only the representative of each group (and every statement without a group). */
const REPRESENTATIVE = "NOT EXISTS (SELECT 1 FROM statement_links x WHERE x.statement_id = s.id AND x.group_id <> s.id)";
/** `documentId` of a merged listing: the groups any of whose reports is in the document. */
const ANY_SOURCE =
  "s.id IN (SELECT coalesce(l.group_id, s2.id) FROM statements s2 LEFT JOIN statement_links l ON l.statement_id = s2.id WHERE s2.document_id = $doc)";

export async function getStatements(pool: pg.Pool, statementIds: string[]): Promise<StatementRow[]> {
  const { rows } = await pool.query(
    `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.id = ANY($1::text[]) ORDER BY s.id`,
    [statementIds],
  );
  return (rows as Row[]).map(toStatementRow);
}

export async function replaceStatementLinks(pool: pg.Pool, statementIds: string[], links: StatementLink[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("DELETE FROM statement_links WHERE statement_id = ANY($1::text[])", [[...statementIds, ...links.map((l) => l.statementId)]]);
    if (!links.length) return;
    await client.query(
      `INSERT INTO statement_links (statement_id, group_id, document_id, similarity, rule_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[])`,
      [links.map((l) => l.statementId), links.map((l) => l.groupId), links.map((l) => l.documentId), links.map((l) => l.similarity), links.map((l) => l.ruleId)],
    );
  });
}

export async function getStatementLinks(pool: pg.Pool, statementIds: string[]): Promise<StatementLink[]> {
  const { rows } = await pool.query(
    `SELECT * FROM statement_links WHERE group_id IN (SELECT group_id FROM statement_links WHERE statement_id = ANY($1::text[]))
      ORDER BY group_id, statement_id`,
    [statementIds],
  );
  return (rows as Row[]).map((r) => ({
    statementId: r.statement_id as string,
    groupId: r.group_id as string,
    documentId: r.document_id as string,
    similarity: r.similarity as number,
    ruleId: r.rule_id as string,
  }));
}

const ownSource = (s: StatementRow): StatementSource => ({
  statementId: s.id, documentId: s.documentId, start: s.start, end: s.end, text: s.text, kind: s.kind, ...s.document,
});

/** Each representative with its group's reports: its own first, then the others by published date. */
async function withSources(pool: pg.Pool, reps: StatementRow[]): Promise<MergedStatement[]> {
  if (!reps.length) return [];
  const { rows } = await pool.query(
    `SELECT l.group_id, ${STATEMENT_COLUMNS} FROM statement_links l
       JOIN statements s ON s.id = l.statement_id JOIN documents d ON d.id = s.document_id
      WHERE l.group_id = ANY($1::text[]) AND l.statement_id <> l.group_id
      ORDER BY l.group_id, coalesce(d.published_date, $2), s.id`,
    [reps.map((r) => r.id), UNDATED],
  );
  const others = new Map<string, StatementSource[]>();
  for (const r of rows as Row[]) {
    const list = others.get(r.group_id as string) ?? [];
    list.push(ownSource(toStatementRow(r)));
    others.set(r.group_id as string, list);
  }
  return reps.map((s) => ({ ...s, sources: [ownSource(s), ...(others.get(s.id) ?? [])] }));
}

export async function listMergedStatements(pool: pg.Pool, q: StatementQuery): Promise<{ rows: MergedStatement[]; next: string | null }> {
  const f = statementFilter(q, ANY_SOURCE, [REPRESENTATIVE]);
  const limit = q.limit ?? 100;
  const { rows } = await pool.query(
    `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
      ${f.where} ORDER BY ${f.when}, s.id LIMIT ${f.arg(limit + 1)}`,
    f.args,
  );
  const page = (rows as Row[]).slice(0, limit).map(toStatementRow);
  const last = page[page.length - 1];
  return { rows: await withSources(pool, page), next: rows.length > limit && last ? encodeCursor(last.saidOn.date ?? UNDATED, last.id) : null };
}

export async function* iterateMergedStatements(pool: pg.Pool, pageSize: number): AsyncIterable<MergedStatement> {
  let after: [string, number] = ["0", -1];
  for (;;) {
    const { rows } = await pool.query(
      `SELECT ${STATEMENT_COLUMNS}, d.seq AS doc_seq FROM statements s JOIN documents d ON d.id = s.document_id
        WHERE (d.seq, s.seq) > ($1, $2) AND ${REPRESENTATIVE} ORDER BY d.seq, s.seq LIMIT $3`,
      [after[0], after[1], pageSize],
    );
    if (!rows.length) return;
    yield* await withSources(pool, (rows as Row[]).map(toStatementRow));
    const last = rows[rows.length - 1] as Row;
    after = [last.doc_seq as string, last.seq as number];
  }
}

export async function countMergedStatements(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query(
    "SELECT ((SELECT count(*) FROM statements) - (SELECT count(*) FROM statement_links WHERE statement_id <> group_id))::int AS n",
  );
  return rows[0].n as number;
}
