import type { StatementQuery } from "../store.js";
import { decodeCursor, UNDATED } from "../cursor.js";

// The WHERE clause of a statement listing (alias `s` for statements), shared by the plain and the merged listing.

export interface Filter {
  where: string;
  args: unknown[];
  /** The sort key: when it was said, undated last. */
  when: string;
}

/** When it was said, undated last: a literal, not a parameter, so the planner can use the `…_when` indexes. */
export const STATEMENT_WHEN = `coalesce(s.said_on, '${UNDATED}')`;

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
  // the bounds are put on the sort key as well (the same rows: an undated statement has no place in a range), so
  // that one index serves the filter, the range and the order
  if (q.from) (where.push(`s.said_on >= ? AND ${STATEMENT_WHEN} >= ?`), args.push(q.from, q.from));
  // "to 2023-02" keeps 2023-02-28: compare below the next string after every date with that prefix
  if (q.to) (where.push(`s.said_on < ? AND ${STATEMENT_WHEN} < ?`), args.push(q.to + "\uffff", q.to + "\uffff"));
  if (q.documentId) (where.push(documentClause), args.push(q.documentId));
  if (q.text) (where.push("s.text LIKE ? ESCAPE '\\'"), args.push(likeWords(q.text)));
  if (q.after) {
    const [when, id] = decodeCursor(q.after);
    where.push(`(${STATEMENT_WHEN}, s.id) > (?, ?)`);
    args.push(when, id);
  }
  return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", args, when: STATEMENT_WHEN };
}
