import { intersect, type Interval } from "../core/pack-dates.js";
import { coveringDate, dayNumber, dayString } from "../extract/time-expr.js";
import type { Precision } from "../core/types.js";
import { MAX_ENUMERATED_DAYS } from "./infer-date-tuning.js";

// Evidence about a document's date as sets of days, combined by intersection. Constraints are applied
// strongest first; one that would leave no day at all conflicts with what is already known and is set
// aside (and said so in the basis) rather than emptying the result.

/** One piece of evidence: the days the article may have been published on. */
export interface DateConstraint {
  ruleId: string;
  /** Evidence an analyst can read: which words, which office, which event. */
  basis: string;
  /** A union of intervals (end null: open). */
  days: Interval[];
}

/** Evidence that can only be checked day by day ("February 10", "a Friday"), once the period is bounded. */
export interface DayTest {
  ruleId: string;
  basis: string;
  test: (day: string) => boolean;
}

export interface Combined {
  days: Interval[];
  /** Basis lines of the evidence that agreed with the rest, in the order applied. */
  applied: string[];
  /** Basis lines of evidence set aside because it contradicted stronger evidence. */
  ignored: string[];
}

const EVER: Interval = { start: "0001-01-01", end: null };

/** Merge touching or overlapping intervals. */
function normalise(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.start.localeCompare(b.start));
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && (last.end === null || dayNumber(i.start) <= dayNumber(last.end) + 1)) {
      if (last.end !== null && (i.end === null || i.end > last.end)) last.end = i.end;
    } else out.push({ ...i });
  }
  return out;
}

/** Runs of consecutive days that pass a test, within bounded intervals. */
function daysPassing(days: Interval[], test: (day: string) => boolean): Interval[] | null {
  const out: Interval[] = [];
  for (const i of days) {
    if (i.end === null || i.start === EVER.start) return null;
    const first = dayNumber(i.start);
    const last = dayNumber(i.end);
    if (last - first > MAX_ENUMERATED_DAYS) return null;
    for (let n = first; n <= last; n++) {
      const day = dayString(n);
      if (test(day)) out.push({ start: day, end: day });
    }
  }
  return normalise(out);
}

/** Intersect the interval evidence in order, then the day tests; conflicting evidence is set aside. */
export function combine(constraints: readonly DateConstraint[], tests: readonly DayTest[]): Combined {
  let days: Interval[] = [EVER];
  const applied: string[] = [];
  const ignored: string[] = [];
  for (const c of constraints) {
    const next = normalise(intersect(days, c.days));
    if (next.length === 0) ignored.push(c.basis);
    else {
      applied.push(c.basis);
      days = next;
    }
  }
  for (const t of tests) {
    const next = daysPassing(days, t.test);
    if (next === null) continue; // the period is not bounded yet: a day test cannot narrow it
    if (next.length === 0) ignored.push(t.basis);
    else {
      applied.push(t.basis);
      days = next;
    }
  }
  return { days, applied, ignored };
}

/** The most precise date covering every remaining day, or null when they span more than a year. */
export function dateOf(days: Interval[]): { date: string; precision: Precision } | null {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last || last.end === null || first.start === EVER.start) return null;
  const { value, precision } = coveringDate({ from: first.start, to: last.end });
  return value && precision ? { date: value, precision } : null;
}

export const describeDays = (days: Interval[]): string =>
  days.map((i) => (i.start === i.end ? i.start : `${i.start}..${i.end ?? "now"}`)).join(" or ");
