import type { StatementQuery } from "../store.js";
import { decodeCursor, UNDATED } from "../cursor.js";
import { dateBounds } from "../date-bounds.js";
import type Database from "better-sqlite3";
import { wordsFilter } from "./words-index.js";

// The WHERE clause of a statement listing (alias `s` for statements), shared by the plain and the merged listing.

/**
 * The sort key of a listing: when the statement was said, undated last. A literal, not a parameter, so it is the
 * expression the statements_…when indexes hold and each page is read along an index, not sorted.
 */
export const SAID_WHEN = `coalesce(s.said_on, '${UNDATED}')`;

/**
 * After a keyset cursor (`when` of an expression `key`, then the id): the first comparison lets the index seek to
 * the cursor's date; the row value alone would have it scan from the start.
 */
export function afterCursor(key: string, id: string, cursor: string): { clause: string; args: unknown[] } {
  const [when, lastId] = decodeCursor(cursor);
  return { clause: `${key} >= ? AND (${key}, ${id}) > (?, ?)`, args: [when, when, lastId] };
}

export interface Filter {
  where: string;
  args: unknown[];
}


/**
 * `documentClause` decides what `documentId` matches: the statement's own document (plain listing), or any
 * document that reports the statement's group (merged listing). The words of q.text are looked up as words-index.ts
 * decides, hence the database.
 */
export function statementFilter(db: Database.Database, q: StatementQuery, documentClause = "s.document_id = ?", extra: string[] = []): Filter {
  const where: string[] = [...extra];
  const args: unknown[] = [];
  if (q.speakers?.length) {
    where.push(`s.speaker_key IN (${q.speakers.map(() => "?").join(", ")})`);
    args.push(...q.speakers);
  }
  if (q.side) (where.push("s.speaker_country = ?"), args.push(q.side));
  if (q.stance) (where.push("s.stance = ?"), args.push(q.stance));
  where.push(...dateBounds("s.said_on", SAID_WHEN, q.from, q.to, (v) => (args.push(v), "?")));
  if (q.documentId) (where.push(documentClause), args.push(q.documentId));
  if (q.text) {
    const words = wordsFilter(db, "statements", "s", q.text);
    where.push(...words.clauses);
    args.push(...words.args);
  }
  if (q.after) {
    const after = afterCursor(SAID_WHEN, "s.id", q.after);
    where.push(after.clause);
    args.push(...after.args);
  }
  return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", args };
}
