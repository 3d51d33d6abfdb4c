import type { Precision } from "../core/types.js";
import { FUTURE_TOLERANCE_DAYS, MIN_YEAR } from "./tuning.js";

/** What a date expression states: the components the words give, nothing implied. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  /** `HH:MM`, 24-hour, local to the page. */
  time?: string;
  /** `+05:30` when the offset is known, else the zone as written ("ET"). */
  zone?: string;
}

const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` at the precision the parts support (a day needs a month and a year). */
export function formatDate(parts: DateParts): { date: string; precision: Precision } | null {
  if (parts.year === null) return null;
  if (parts.month === null) return { date: pad(parts.year, 4), precision: "year" };
  if (parts.day === null) return { date: `${pad(parts.year, 4)}-${pad(parts.month)}`, precision: "month" };
  return { date: `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`, precision: "day" };
}

/**
 * Why these parts cannot be a page's date, or null when they can. `ref` is the latest moment the page can
 * carry (its capture date); without it only the calendar is checked.
 */
export function invalidReason(parts: DateParts, ref: Date | null): string | null {
  const { year, month, day } = parts;
  if (year === null) return "no year";
  if (year < MIN_YEAR) return `year ${year} before ${MIN_YEAR}`;
  if (month !== null && (month < 1 || month > 12)) return `month ${month}`;
  if (day !== null && month === null) return "day without a month";
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) {
    return `day ${day} does not exist in ${pad(year, 4)}-${pad(month)}`;
  }
  if (ref) {
    // Compare the earliest moment the stated period starts with the reference: a month stated in the
    // crawl month is fine, a day after it (beyond zone skew) is not.
    const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
    if (start > ref.getTime() + FUTURE_TOLERANCE_DAYS * DAY_MS) return `after the reference date ${ref.toISOString().slice(0, 10)}`;
  }
  return null;
}

/** A UTC offset as `+HH:MM`: accepts `Z`, `+5:30`, `+0530`, `+05`, `-4`. Null when it is not an offset. */
export function normalizeOffset(raw: string): string | null {
  const s = raw.trim();
  if (/^z$/i.test(s)) return "+00:00";
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

/** `HH:MM` from an hour, minutes and an optional meridiem; null when the clock reading is impossible. */
export function clockTime(hour: number, minute: number, pm: boolean | null): string | null {
  if (minute > 59) return null;
  if (pm !== null) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** The reference date from an ISO-ish stamp (a WARC-Date, "2025-05-14 23:36:25.25"), or null. */
export function parseRef(stamp: string | null | undefined): Date | null {
  if (!stamp) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(stamp.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  return Number.isNaN(ms) ? null : new Date(ms);
}
