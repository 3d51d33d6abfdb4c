import type Database from "better-sqlite3";
import type { MergedStatement, StatementLink, StatementQuery, StatementRow, StatementSource } from "../store.js";
import { encodeCursor, UNDATED } from "../cursor.js";
import { prepared, toStatementRow, type Row } from "./rows.js";
import { SAID_WHEN, statementFilter } from "./statement-filter.js";

// One statement, many sources: groups of reports of the same words. A statement without a link is a group of its
// own; a group's id is its representative statement's id, so merged and unmerged statements share one id space.

type Db = Database.Database;

const ids = (list: readonly string[]): string => JSON.stringify(list);

const STATEMENT_COLUMNS = "s.*, d.source, d.url, d.title, d.outlet, d.published_date";
/** Only the representative of each group (and every statement without a group). */
const REPRESENTATIVE = "NOT EXISTS (SELECT 1 FROM statement_links x WHERE x.statement_id = s.id AND x.group_id <> s.id)";
/** `documentId` of a merged listing: the groups any of whose reports is in the document. */
const ANY_SOURCE =
  "s.id IN (SELECT coalesce(l.group_id, s2.id) FROM statements s2 LEFT JOIN statement_links l ON l.statement_id = s2.id WHERE s2.document_id = ?)";

export function getStatements(db: Db, statementIds: string[]): StatementRow[] {
  const rows = prepared(
    db,
    `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
      WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id`,
  ).all(ids(statementIds)) as Row[];
  return rows.map(toStatementRow);
}

export function replaceStatementLinks(db: Db, statementIds: string[], links: StatementLink[]): void {
  const drop = prepared(db, "DELETE FROM statement_links WHERE statement_id IN (SELECT value FROM json_each(?))");
  const insert = prepared(db, "INSERT INTO statement_links (statement_id, group_id, document_id, similarity, rule_id) VALUES (?, ?, ?, ?, ?)");
  db.transaction(() => {
    drop.run(ids([...statementIds, ...links.map((l) => l.statementId)]));
    for (const l of links) insert.run(l.statementId, l.groupId, l.documentId, l.similarity, l.ruleId);
  }).immediate();
}

export function getStatementLinks(db: Db, statementIds: string[]): StatementLink[] {
  const rows = prepared(
    db,
    `SELECT * FROM statement_links WHERE group_id IN
       (SELECT group_id FROM statement_links WHERE statement_id IN (SELECT value FROM json_each(?)))
      ORDER BY group_id, statement_id`,
  ).all(ids(statementIds)) as Row[];
  return rows.map((r) => ({
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
function withSources(db: Db, reps: StatementRow[]): MergedStatement[] {
  const rows = prepared(
    db,
    `SELECT l.group_id, ${STATEMENT_COLUMNS} FROM statement_links l
       JOIN statements s ON s.id = l.statement_id JOIN documents d ON d.id = s.document_id
      WHERE l.group_id IN (SELECT value FROM json_each(?)) AND l.statement_id <> l.group_id
      ORDER BY l.group_id, coalesce(d.published_date, ?), s.id`,
  ).all(ids(reps.map((r) => r.id)), UNDATED) as Row[];
  const others = new Map<string, StatementSource[]>();
  for (const r of rows) {
    const list = others.get(r.group_id as string) ?? [];
    list.push(ownSource(toStatementRow(r)));
    others.set(r.group_id as string, list);
  }
  return reps.map((s) => ({ ...s, sources: [ownSource(s), ...(others.get(s.id) ?? [])] }));
}

export function listMergedStatements(db: Db, q: StatementQuery): { rows: MergedStatement[]; next: string | null } {
  const { where, args } = statementFilter(db, q, ANY_SOURCE, [REPRESENTATIVE]);
  const limit = q.limit ?? 100;
  const rows = prepared(
    db,
    `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
      ${where} ORDER BY ${SAID_WHEN}, s.id LIMIT ?`,
  ).all(...args, limit + 1) as Row[];
  const page = rows.slice(0, limit).map(toStatementRow);
  const last = page[page.length - 1];
  return { rows: withSources(db, page), next: rows.length > limit && last ? encodeCursor(last.saidOn.date ?? UNDATED, last.id) : null };
}

export function* iterateMergedStatements(db: Db, pageSize: number): Generator<MergedStatement> {
  const page = prepared(
    db,
    `SELECT ${STATEMENT_COLUMNS}, d.seq AS doc_seq FROM statements s JOIN documents d ON d.id = s.document_id
    WHERE (d.seq, s.seq) > (?, ?) AND ${REPRESENTATIVE} ORDER BY d.seq, s.seq LIMIT ?`,
  );
  let after: [number, number] = [0, -1];
  for (;;) {
    const rows = page.all(after[0], after[1], pageSize) as Row[];
    if (!rows.length) return;
    yield* withSources(db, rows.map(toStatementRow));
    const last = rows[rows.length - 1]!;
    after = [last.doc_seq as number, last.seq as number];
  }
}

export const countMergedStatements = (db: Db): number =>
  (
    prepared(db, "SELECT (SELECT count(*) FROM statements) - (SELECT count(*) FROM statement_links WHERE statement_id <> group_id) AS n")
      .get() as { n: number }
  ).n;
