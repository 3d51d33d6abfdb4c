import type { StatementQuery } from "../store.js";
import { decodeCursor, UNDATED } from "../cursor.js";
import { containsPattern } from "../fts-query.js";
import { dateBounds } from "../date-bounds.js";

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
  where.push(...dateBounds("s.said_on", when, q.from, q.to, arg));

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
