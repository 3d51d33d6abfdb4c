import { dateInterval, intersectInterval, isPartialDate, daysBetween, type Interval } from "../core/pack-dates.js";
import type { StatementRow } from "../store/store.js";
import { bandKeys, hashString, signature } from "./minhash.js";
import { MIN_STATEMENT_DICE, MIN_STATEMENT_WORDS, STATEMENT_BAND_ROWS, STATEMENT_BANDS, UNDATED_WINDOW_DAYS } from "./link-tuning.js";
import { contentWords, shared, wordsOf } from "./words.js";

// Whether two statements are reports of the same words: one speaker, in two documents, with the same words or the
// same content words (F1 of the word sets), said at times that can be the same. Two statements of one document never are: an
// article does not report the same words twice as two statements.

export const RULE_SAME_STATEMENT = "link/same-statement";

export interface StatementSketch {
  row: StatementRow;
  words: Set<string>;
  /** Every word in order, case folded: equal for the same words however they are punctuated. */
  verbatim: string;
}

export const sketchStatement = (row: StatementRow): StatementSketch => ({
  row, words: contentWords(row.text), verbatim: wordsOf(row.text).join(" "),
});

/**
 * LSH keys: the speaker with the exact words, and with bands of the content-word set, so only one speaker's
 * statements meet in a bucket. A short statement ("These guys are the worst of the worst.") is found by its exact
 * words only.
 */
/** The key of a statement's exact words (`<speaker>/=<hash>`), as opposed to its MinHash band keys. */
export const isExactKey = (key: string): boolean => key.includes("/=");

export function statementKeys(s: StatementSketch): string[] {
  if (!s.verbatim) return [];
  const speaker = hashString(s.row.speaker.key).toString(36);
  const exact = `${speaker}/=${hashString(s.verbatim).toString(36)}${s.verbatim.length.toString(36)}`;
  if (s.words.size < MIN_STATEMENT_WORDS) return [exact];
  const sig = signature([...s.words].map(hashString), STATEMENT_BANDS * STATEMENT_BAND_ROWS);
  return [exact, ...bandKeys(sig, STATEMENT_BANDS, STATEMENT_BAND_ROWS, `${speaker}/`)];
}

/** F1 of the two word sets (what the gold scorer pairs statements by). */
export function dice(a: StatementSketch, b: StatementSketch): number {
  const total = a.words.size + b.words.size;
  return total ? (2 * shared(a.words, b.words)) / total : 0;
}

const interval = (date: string | null): Interval | null => (date && isPartialDate(date) ? dateInterval(date) : null);

/** Days between two periods (0 when they overlap). */
function gapDays(a: Interval, b: Interval): number {
  if (intersectInterval(a, b)) return 0;
  return a.end! < b.start ? daysBetween(a.end!, b.start) : daysBetween(b.end!, a.start);
}

/** Both said_on known: they must overlap. Otherwise the documents' dates, when both known, must be close. */
export function datesCompatible(a: StatementRow, b: StatementRow): boolean {
  const sa = interval(a.saidOn.date);
  const sb = interval(b.saidOn.date);
  if (sa && sb) return intersectInterval(sa, sb) !== null;
  const da = interval(a.document.published);
  const db = interval(b.document.published);
  if (da && db) return gapDays(da, db) <= UNDATED_WINDOW_DAYS;
  return true;
}

/** The pair's word similarity when they are the same statement, else null. */
export function sameStatement(a: StatementSketch, b: StatementSketch): number | null {
  if (a.row.documentId === b.row.documentId || a.row.speaker.key !== b.row.speaker.key) return null;
  if (!datesCompatible(a.row, b.row)) return null;
  if (a.verbatim && a.verbatim === b.verbatim) return 1;
  if (a.words.size < MIN_STATEMENT_WORDS || b.words.size < MIN_STATEMENT_WORDS) return null;
  const d = dice(a, b);
  return d >= MIN_STATEMENT_DICE ? d : null;
}
