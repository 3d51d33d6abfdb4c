// Date bounds of a listing, shared by both stores.

/**
 * Bounds on a date column and on its sort key `key` as well: the same rows (an undated row has no place in a range),
 * but on the key one index serves the filter, the range and the order. "to 2023-02" keeps 2023-02-28: the upper
 * bound is below the next string after every date with that prefix. `arg` adds a parameter and returns its
 * placeholder; it is called for each place a value stands, so positional (`?`) and numbered (`$n`) placeholders
 * both work.
 */
export function dateBounds(column: string, key: string, from: string | undefined, to: string | undefined, arg: (v: unknown) => string): string[] {
  const clauses: string[] = [];
  if (from) clauses.push(`${column} >= ${arg(from)} AND ${key} >= ${arg(from)}`);
  if (to) clauses.push(`${column} < ${arg(to + "\uffff")} AND ${key} < ${arg(to + "\uffff")}`);
  return clauses;
}
