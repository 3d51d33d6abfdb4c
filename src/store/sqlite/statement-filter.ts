import type { StatementQuery } from "../store.js";
import { decodeCursor, UNDATED } from "../cursor.js";

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

/**
 * Date bounds on a column and on its sort key `key` as well: the same rows (an undated row has no place in a range),
 * but on the key one index serves the filter, the range and the order. "to 2023-02" keeps 2023-02-28: the upper
 * bound is below the next string after every date with that prefix.
 */
export function dateBounds(column: string, key: string, from: string | undefined, to: string | undefined): { clauses: string[]; args: unknown[] } {
  const clauses: string[] = [];
  const args: unknown[] = [];
  if (from) (clauses.push(`${column} >= ? AND ${key} >= ?`), args.push(from, from));
  if (to) (clauses.push(`${column} < ? AND ${key} < ?`), args.push(to + "\uffff", to + "\uffff"));
  return { clauses, args };
}

export interface Filter {
  where: string;
  args: unknown[];
}

/** Escape LIKE's wildcards so the words are matched literally. */
export const likeWords = (text: string): string => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * `documentClause` decides what `documentId` matches: the statement's own document (plain listing), or any
 * document that reports the statement's group (merged listing).
 */
export function statementFilter(q: StatementQuery, documentClause = "s.document_id = ?", extra: string[] = []): Filter {
  const where: string[] = [...extra];
  const args: unknown[] = [];
  if (q.speakers?.length) {
    where.push(`s.speaker_key IN (${q.speakers.map(() => "?").join(", ")})`);
    args.push(...q.speakers);
  }
  if (q.side) (where.push("s.speaker_country = ?"), args.push(q.side));
  if (q.stance) (where.push("s.stance = ?"), args.push(q.stance));
  const bounds = dateBounds("s.said_on", SAID_WHEN, q.from, q.to);
  where.push(...bounds.clauses);
  args.push(...bounds.args);
  if (q.documentId) (where.push(documentClause), args.push(q.documentId));
  if (q.text) (where.push("s.text LIKE ? ESCAPE '\\'"), args.push(likeWords(q.text)));
  if (q.after) {
    const after = afterCursor(SAID_WHEN, "s.id", q.after);
    where.push(after.clause);
    args.push(...after.args);
  }
  return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", args };
}
