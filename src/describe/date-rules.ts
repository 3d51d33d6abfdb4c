import type { DateParts } from "./calendar.js";
import { partsFromGroups, timeTail, zoneTail } from "./date-parts.js";
import { alt } from "./vocab.js";

/**
 * One date extractor (chrono-style): a pattern and an `extract` that turns a match into what the
 * words state, or null. Calendar checks (month 13, Feb 30, the future) are applied by findDates.
 */
export interface DateRule {
  id: string;
  /** Built on first use from the lexicons; compiled with the g and i flags. */
  source: () => string;
  extract: (groups: Record<string, string | undefined>) => DateParts | null;
}

// An ISO stamp may follow another one with no space ("…+5:302025-10-24T…"): allow a digit before the
// year only when it closes a UTC offset.
const isoStart = `(?:(?<!\\d)|(?<=[+-]\\d{1,2}:\\d{2}))`;
const weekday = () => `(?:(?:${alt.weekday()})\\.?,?\\s+)?`;
const ordinal = () => `(?:${alt.ordinal()})?`;

const isoDateTime: DateRule = {
  id: "date/iso",
  // 2025-10-24, 2025-10-24T20:31:36+5:30, 2024-03-07 07:55:25.123Z; non-standard offsets included.
  source: () =>
    `${isoStart}(?<y>\\d{4})-(?<mo>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)` +
    `(?:[T ](?<hh>\\d{1,2}):(?<mm>\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?` +
    `(?<off>\\s?Z(?![a-z])|[+-]\\d{1,2}:\\d{2}|[+-]\\d{4}|[+-]\\d{2}(?!\\d))?${zoneTail()})?`,
  extract: partsFromGroups,
};

const ymdSeparated: DateRule = {
  id: "date/ymd-separated",
  // 2024/04/03, 2024.04.03: year first is never ambiguous.
  source: () => `(?<![\\d./])(?<y>\\d{4})(?<sep>[/.])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d|[.:]\\d)${timeTail()}`,
  extract: partsFromGroups,
};

const monthDayYear: DateRule = {
  id: "date/month-day-year",
  // October 24, 2025 20:35 IST; Friday, Feb. 10, 2023; April 3, 2024 at 2:05 p.m. EDT
  source: () =>
    `(?<![A-Za-z])${weekday()}(?<mon>${alt.month()})\\.?\\s+(?<d>\\d{1,2})${ordinal()}(?!\\d),?\\s+(?<y>\\d{4})(?!\\d)${timeTail()}`,
  extract: partsFromGroups,
};

const dayMonthYear: DateRule = {
  id: "date/day-month-year",
  // 3 April 2024; 3rd of April, 2024; Thu, 07 Mar 2024 07:55:25 GMT; 10. Februar is not English and not matched.
  source: () =>
    `(?<![\\d.])${weekday()}(?<d>\\d{1,2})${ordinal()}\\.?\\s+(?:(?:${alt.of()})\\s+)?(?<mon>${alt.month()})\\.?,?\\s+(?<y>\\d{4})(?!\\d)${timeTail()}`,
  extract: partsFromGroups,
};

const dottedDayMonthYear: DateRule = {
  id: "date/dotted-dmy",
  // 03.04.2024 14:05 MSK: with dots the day comes first (European and Russian usage).
  // A period after the year ends the sentence ("Updated 17.01.2021."); a digit after a period or colon means
  // the "year" is a short year glued to a clock ("28.09.1912:44" is 28.09.19 12:44) or a version number.
  source: () => `(?<![\\d.])(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4})(?!\\d|[.:]\\d)${timeTail()}`,
  extract: partsFromGroups,
};

const slashedDayMonthYear: DateRule = {
  id: "date/slashed-dmy-mdy",
  // 24/10/2025 or 10/24/2025: read only when one number cannot be a month; 03/04/2024 stays unread.
  source: () => `(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})(?![\\d/])${timeTail()}`,
  extract: (g) => {
    const a = Number(g.a);
    const b = Number(g.b);
    if (a > 12 === b > 12) return null;
    return partsFromGroups({ ...g, d: String(a > 12 ? a : b), mo: String(a > 12 ? b : a) });
  },
};

const monthYear: DateRule = {
  id: "date/month-year",
  // April 2024: month precision.
  source: () => `(?<![A-Za-z\\d])(?<mon>${alt.month()})\\.?,?\\s+(?<y>\\d{4})(?!\\d)`,
  extract: partsFromGroups,
};

/**
 * The rules in order. Where two matches overlap the earlier rule wins, so:
 * - ISO comes first: its time and offset belong to it, not to a neighbour's zone tail;
 * - year-first separated dates come before the dotted day-first rule, so "2024.04.03" is read year first;
 * - every full date comes before month-year, so "3 April 2024" never becomes "April 2024";
 * - the slashed rule comes after the named-month rules, which are never ambiguous.
 */
export const dateRules: DateRule[] = [
  isoDateTime,
  ymdSeparated,
  monthDayYear,
  dayMonthYear,
  dottedDayMonthYear,
  slashedDayMonthYear,
  monthYear,
];
