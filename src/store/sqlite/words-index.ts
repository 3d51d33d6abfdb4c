import type Database from "better-sqlite3";
import { containsPattern } from "../fts-query.js";
import { prepared } from "./rows.js";

// Words in statements and events (StatementQuery.text, EventQuery.text) are matched as a substring, with LIKE. Each
// table has a trigram index of its texts (migration 6: statements_trigrams, events_trigrams), and a listing uses it
// only when few rows contain the words: reading those few and sorting them is then quick, where reading the table in
// date order and testing each row read a million statements for a word none contains (2 s). When many rows contain
// the words, reading in date order finds a page after a few hundred rows, and sorting every match would not; the
// date-order indexes hold the text (migration 7), so those rows are tested without reading the table.

export type IndexedTable = "statements" | "events";

/** Below this many matching rows the index leads; at or above it, the date order does. */
export const FEW_ROWS = 2000;

// The trigram index can only look up a run of three characters or more between wildcards.
const MIN_RUN = 3;

/**
 * The pattern given to the index: the words with LIKE's wildcards left active. It matches every row the escaped
 * pattern of the listing matches (and maybe more), and the listing's own LIKE still decides.
 */
const loosePattern = (words: string): string => `%${words}%`;

const longestRun = (words: string): number => Math.max(0, ...words.split(/[%_]/).map((run) => [...run].length));

/**
 * The clauses that keep the rows of `alias` whose text contains the words (LIKE, case folded as SQLite folds it), with
 * their arguments; when few rows hold the words, the trigram index narrows the rows first.
 */
export function wordsFilter(db: Database.Database, table: IndexedTable, alias: string, words: string): { clauses: string[]; args: string[] } {
  const clauses = [`${alias}.text LIKE ? ESCAPE '\\'`];
  const args = [containsPattern(words)];
  if (longestRun(words) < MIN_RUN) return { clauses, args };
  const pattern = loosePattern(words);
  const { n } = prepared(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${table}_trigrams WHERE text LIKE ? LIMIT ?)`).get(pattern, FEW_ROWS) as {
    n: number;
  };
  if (n < FEW_ROWS) (clauses.push(`${alias}.id IN (SELECT id FROM ${table}_trigrams WHERE text LIKE ?)`), args.push(pattern));
  return { clauses, args };
}
