import type { Precision } from "./types.js";

// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day ranges, and intervals of whole days.
// Every interval is inclusive at both ends and written as YYYY-MM-DD; `end: null` is open.

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/** The first and last day a partial date can mean: "2023-02" → 2023-02-01 … 2023-02-28. */
export interface DayRange {
  from: string;
  to: string;
}

export interface Interval {
  start: string;
  end: string | null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day range of a partial date, or null when it is not a real calendar date. */
export function dayRange(date: string): DayRange | null {
  const m = PARTIAL.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { from: date, to: date };
}

export const isPartialDate = (date: string): boolean => dayRange(date) !== null;

export function precisionOf(date: string): Precision | null {
  if (!isPartialDate(date)) return null;
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** Whole days from a to b (YYYY-MM-DD), negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function addDays(day: string, n: number): string {
  const d = new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Every day a span from `start` to `end` may cover: from the earliest start to the latest end. */
export function widestInterval(start: string, end: string | null): Interval {
  const s = dayRange(start);
  if (!s) throw new Error(`not a date: ${start}`);
  if (end === null) return { start: s.from, end: null };
  const e = dayRange(end);
  if (!e) throw new Error(`not a date: ${end}`);
  return { start: s.from, end: e.to };
}

/** Only the days the span certainly covers: from the latest start to the earliest end (may be empty). */
export function certainInterval(start: string, end: string | null): Interval {
  const s = dayRange(start);
  if (!s) throw new Error(`not a date: ${start}`);
  if (end === null) return { start: s.to, end: null };
  const e = dayRange(end);
  if (!e) throw new Error(`not a date: ${end}`);
  return { start: s.to, end: e.from };
}

const laterOf = (a: string, b: string): string => (a > b ? a : b);
function earlierEnd(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/** The days two intervals share, or null. */
export function intersectInterval(a: Interval, b: Interval): Interval | null {
  const start = laterOf(a.start, b.start);
  const end = earlierEnd(a.end, b.end);
  return end !== null && end < start ? null : { start, end };
}

/** How many days two intervals share (0 when disjoint); open ends count up to `horizon`. */
export function sharedDays(a: Interval, b: Interval, horizon: string): number {
  const both = intersectInterval(a, b);
  if (!both) return 0;
  return Math.max(0, daysBetween(both.start, both.end ?? horizon) + 1);
}

/** Pairwise intersection of two sets of intervals: when did both hold? */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const both = intersectInterval(x, y);
      if (both) out.push(both);
    }
  }
  return out.sort((p, q) => p.start.localeCompare(q.start));
}

export const overlaps = (a: Interval, b: Interval): boolean => intersectInterval(a, b) !== null;

/** The interval a partial date denotes ("2019-01" → the whole of January 2019). */
export function dateInterval(date: string): Interval {
  const r = dayRange(date);
  if (!r) throw new Error(`not a date: ${date} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return { start: r.from, end: r.to };
}
