import { dateInterval, dayRange, type Interval } from "../core/pack-dates.js";
import type { Dateline, Published } from "../core/types.js";
import { dayNumber } from "./time-expr.js";
import { DATELINE_LAG_DAYS, ZONE_TOLERANCE_DAYS } from "./time-tuning.js";

// The day relative time words are read against: the dateline's day for wire copy ("MOSCOW, February 10" is
// "today" for the story), given its year by the published date; else the published date at its precision.
// A crawl date is never a reference: it only says when the page was seen.

/** The document's date as the time stage needs it: published date (maybe partial or null) and dateline. */
export interface TimeAnchor {
  published: (Pick<Published, "date"> & Partial<Pick<Published, "precision" | "crawl" | "inferred" | "basis">>) | null;
  dateline: (Pick<Dateline, "year" | "month" | "day"> & Partial<Pick<Dateline, "raw" | "start" | "end">>) | null;
}

export interface Reference {
  /** Every day the article's "today" may be: one day, a month, a year. */
  interval: Interval;
  basis: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const quoted = (d: TimeAnchor["dateline"]): string => (d?.raw ? `'${d.raw}'` : `${d?.month}/${d?.day}`);

/** The dateline's month and day in the year that puts it on or shortly before the published period. */
function datelineDay(dateline: NonNullable<TimeAnchor["dateline"]>, published: Interval): string | null {
  const latest = dayNumber(published.end!) + ZONE_TOLERANCE_DAYS;
  const earliest = dayNumber(published.start) - DATELINE_LAG_DAYS;
  for (let year = Number(published.end!.slice(0, 4)) + 1; year >= Number(published.start.slice(0, 4)) - 1; year--) {
    const day = `${year}-${pad(dateline.month!)}-${pad(dateline.day!)}`;
    if (!dayRange(day)) continue;
    const n = dayNumber(day);
    if (n <= latest && n >= earliest) return day;
  }
  return null;
}

/** The reference period for relative time words, or null when the document's date is unknown. */
export function referenceOf(anchor: TimeAnchor): Reference | null {
  const { published, dateline } = anchor;
  const hasDay = dateline !== null && dateline.month !== null && dateline.day !== null;
  if (hasDay && dateline.year !== null) {
    const day = `${dateline.year}-${pad(dateline.month!)}-${pad(dateline.day!)}`;
    if (dayRange(day)) return { interval: { start: day, end: day }, basis: `dateline ${quoted(dateline)}` };
  }
  if (!published?.date || published.crawl || !dayRange(published.date)) return null;
  const interval = dateInterval(published.date);
  const how = published.inferred ? "inferred date" : "published date";
  if (hasDay) {
    const day = datelineDay(dateline, interval);
    if (day) return { interval: { start: day, end: day }, basis: `dateline ${quoted(dateline)} in the ${how} ${published.date} → ${day}` };
  }
  return { interval, basis: `${how} ${published.date}` };
}
