import type { StatementQuery } from "../store.js";
import { decodeCursor, UNDATED } from "../cursor.js";
import { containsPattern } from "./rows.js";

// The WHERE clause of a statement listing (alias `s` for statements), shared by the plain and the merged listing.
// Parameters are numbered as they are added; the caller appends its own after `args`.

export interface Filter {
  where: string;
  args: unknown[];
  /** The sort key: when it was said, undated last. */
  when: string;
  /** Adds a parameter and returns its placeholder. */
  arg(value: unknown): string;
}

/**
 * `documentClause` says what `documentId` matches (its placeholder is `$doc`): the statement's own document (plain
 * listing), or any document that reports the statement's group (merged listing).
 */
export function statementFilter(q: StatementQuery, documentClause = "s.document_id = $doc", extra: string[] = []): Filter {
  const where: string[] = [...extra];
  const args: unknown[] = [];
  const arg = (value: unknown): string => `$${args.push(value)}`;
  // a literal, not a parameter, so the planner can use the statements_…when indexes
  const when = `coalesce(s.said_on, '${UNDATED}')`;
  // one speaker as `=`: the planner walks statements_speaker_when in order for it, but not for `= ANY(array)`
  if (q.speakers?.length === 1) where.push(`s.speaker_key = ${arg(q.speakers[0])}`);
  else if (q.speakers?.length) where.push(`s.speaker_key = ANY(${arg(q.speakers)}::text[])`);
  if (q.side) where.push(`s.speaker_country = ${arg(q.side)}`);
  if (q.stance) where.push(`s.stance = ${arg(q.stance)}`);
  // the bounds are put on the sort key as well (the same rows: an undated statement has no place in a range), so
  // that one index serves the filter, the range and the order
  if (q.from) {
    const from = arg(q.from);
    where.push(`s.said_on >= ${from} AND ${when} >= ${from}`);
  }
  // "to 2023-02" keeps 2023-02-28: compare below the next string after every date with that prefix
  if (q.to) {
    const to = arg(q.to + "\uffff");
    where.push(`s.said_on < ${to} AND ${when} < ${to}`);
  }

  if (q.documentId) {
    const placeholder = arg(q.documentId);
    where.push(documentClause.replaceAll("$doc", () => placeholder));
  }
  // ILIKE folds ASCII case under the "C" collation, as SQLite's LIKE does
  if (q.text) where.push(`s.text ILIKE ${arg(containsPattern(q.text))}`);
  if (q.after) {
    const [after, id] = decodeCursor(q.after);
    where.push(`(${when}, s.id) > (${arg(after)}, ${arg(id)})`);
  }
  return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", args, when, arg };
}
