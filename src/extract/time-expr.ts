import { dayRange, type DayRange, type Interval } from "../core/pack-dates.js";
import type { Precision } from "../core/types.js";
import type { TimeRef } from "./types.js";

// What a time expression means against a reference day, and the other way round: which reference days
// make it mean a given date. Every expression here is monotonic in the reference day (a later article
// never moves "last year" or "on Friday" earlier), so a reference known only as an interval is resolved
// from its two ends, and the reference days for a target are found by bisection.

export type TimeExpr = TimeRef["expr"];

export interface Resolved {
  value: string | null;
  precision: Precision | null;
}

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
export const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
export function dayString(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const ymd = (day: string): [number, number, number] => [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
/** ISO weekday of a day, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => ((new Date(dayNumber(day) * DAY_MS).getUTCDay() + 6) % 7) + 1;
const monthRange = (y: number, m: number): DayRange => dayRange(`${pad(y, 4)}-${pad(m)}`)!;
const yearRange = (y: number): DayRange => dayRange(pad(y, 4))!;
const one = (n: number): DayRange => ({ from: dayString(n), to: dayString(n) });
/** Month index counted from year 0, so months can be shifted across years. */
const monthIndex = (y: number, m: number): number => y * 12 + (m - 1);
const fromMonthIndex = (i: number): DayRange => monthRange(Math.floor(i / 12), (i % 12) + 1);

/** True when the expression can only be read against a reference day. */
export const needsReference = (e: TimeExpr): boolean => !e.vague && e.year === undefined;

/** True when the expression points after the reference ("later this month", "next week", "tomorrow"). */
export const isFuture = (e: TimeExpr): boolean =>
  (e.shift !== undefined && e.shift.n > 0) || (e.shift?.n === 0 && e.side === "after") || e.dir === "future";

/** A stated date: year, year-month or year-month-day; null when the calendar has no such day. */
function stated(y: number, m?: number, d?: number): DayRange | null {
  if (m === undefined) return yearRange(y);
  if (d === undefined) return monthRange(y, m);
  return dayRange(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
}

/** The unit containing `ref` shifted by n units, narrowed to before/after ref within the current unit. */
function shifted(e: TimeExpr, ref: string): DayRange | null {
  const { unit, n } = e.shift!;
  const [y, m] = ymd(ref);
  const r = dayNumber(ref);
  if (unit === "day") return one(r + n);
  let range: DayRange | null;
  if (unit === "year") range = e.month !== undefined ? stated(y + n, e.month, e.day) : yearRange(y + n);
  else if (unit === "month") range = fromMonthIndex(monthIndex(y, m) + n);
  else {
    const monday = r - (isoWeekday(ref) - 1) + 7 * n;
    range = { from: dayString(monday), to: dayString(monday + 6) };
  }
  if (!range || n !== 0 || e.month !== undefined) return range;
  if (e.side === "before") return { from: range.from, to: ref };
  if (e.side === "after") return { from: ref, to: range.to };
  return range;
}

/** A month (and day) without a year: the latest one on or before the reference, unless `dir` says otherwise. */
function yearless(e: TimeExpr, ref: string): DayRange | null {
  const [y, m] = ymd(ref);
  const dir = e.dir ?? "past";
  if (e.day === undefined) {
    const month = e.month!;
    const year = dir === "future" ? (month > m ? y : y + 1) : dir === "before" ? (month < m ? y : y - 1) : month <= m ? y : y - 1;
    return monthRange(year, month);
  }
  // Walk years away from the reference; eight years always reach a 29 February.
  for (let k = 0; k <= 8; k++) {
    const year = dir === "future" ? y + k : y - k;
    const day = stated(year, e.month!, e.day);
    if (!day) continue;
    if (dir === "future" ? day.from > ref : dir === "before" ? day.from < ref : day.from <= ref) return day;
  }
  return null;
}

function weekday(e: TimeExpr, ref: string): DayRange {
  const r = dayNumber(ref);
  const w = isoWeekday(ref);
  const back = (w - e.weekday! + 7) % 7;
  if (e.dir === "future") return one(r + ((e.weekday! - w + 7) % 7 || 7));
  if (e.dir === "before") return one(r - (back || 7));
  return one(r - back);
}

/** The days an expression may mean when read on `ref` (YYYY-MM-DD); null when it names no date. */
export function rangeOn(e: TimeExpr, ref: string): DayRange | null {
  if (e.vague) return null;
  if (e.year !== undefined) return stated(e.year, e.month, e.day);
  if (e.shift) return shifted(e, ref);
  if (e.month !== undefined) return yearless(e, ref);
  if (e.weekday !== undefined) return weekday(e, ref);
  return null;
}

/** The most precise partial date that covers a range: one day, one month, one year, or none. */
export function coveringDate(range: DayRange): Resolved {
  if (range.from === range.to) return { value: range.from, precision: "day" };
  if (range.from.slice(0, 7) === range.to.slice(0, 7)) return { value: range.from.slice(0, 7), precision: "month" };
  if (range.from.slice(0, 4) === range.to.slice(0, 4)) return { value: range.from.slice(0, 4), precision: "year" };
  return { value: null, precision: null };
}

/** The date an expression names when the reference is only known to lie within `reference` (null: unknown). */
export function resolveExpr(e: TimeExpr, reference: Interval | null): Resolved {
  if (e.vague) return { value: null, precision: null };
  if (!needsReference(e)) {
    const r = rangeOn(e, "2000-01-01");
    return r ? coveringDate(r) : { value: null, precision: null };
  }
  if (!reference || reference.end === null) return { value: null, precision: null };
  const first = rangeOn(e, reference.start);
  const last = rangeOn(e, reference.end);
  if (!first || !last) return { value: null, precision: null };
  return coveringDate({ from: first.from, to: last.to });
}

// How far from the target the bisection looks for reference days: wider than any shift the words express.
const SEARCH_DAYS = 40 * 366;

/**
 * The reference days on which the expression would mean a date within `target`: "last year" and an event
 * of 2018 → 2019-01-01..2019-12-31. Null when no day does (or the expression needs no reference).
 */
export function referencesFor(e: TimeExpr, target: Interval): Interval | null {
  if (!needsReference(e) || target.end === null) return null;
  const lo = dayNumber(target.start) - SEARCH_DAYS;
  const hi = dayNumber(target.end) + SEARCH_DAYS;
  const range = (n: number): DayRange | null => rangeOn(e, dayString(n));
  // First day whose reading ends on or after the target's start.
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    const r = range(mid);
    if (r && r.to >= target.start) b = mid;
    else a = mid + 1;
  }
  const first = a;
  // Last day whose reading starts on or before the target's end.
  a = lo;
  b = hi;
  while (a < b) {
    const mid = Math.ceil((a + b) / 2);
    const r = range(mid);
    if (r && r.from <= target.end!) a = mid;
    else b = mid - 1;
  }
  const last = a;
  if (first > last) return null;
  const check = range(first);
  if (!check || check.from > target.end || check.to < target.start) return null;
  return { start: dayString(first), end: dayString(last) };
}
