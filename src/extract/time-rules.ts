import { WORD_START } from "../core/word-match.js";
import type { TimeExpr } from "./time-expr.js";
import type { TimeRef } from "./types.js";
import { YEAR_MAX, YEAR_MIN } from "./time-tuning.js";
import { countOf, dayShiftOf, monthNumber, shiftOf, sideOf, timeVocab, unitOf, weekdayNumber } from "./time-vocab.js";

// The time extractors: each one pattern (built from the lexicons) and an `extract` that reads the match
// into what the words state. Overlaps are settled afterwards (times.ts): the longest match wins, then the
// earlier rule in this list.

export type Known = TimeRef["known"];
export interface Reading {
  expr: TimeExpr;
  known: Known;
}
export interface TimeRule {
  id: string;
  source: () => string;
  extract: (g: Record<string, string | undefined>) => Reading | null;
}

const L = WORD_START;
const R = "(?![\\p{L}\\p{N}])";
const v = () => timeVocab().alt;
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
const the = "(?:[Tt]he\\s+)?";
/** The period of an abbreviated month ("Sept.", "Feb."), not a full stop after "November". */
const abbrevDot = "(?:(?<!\\p{L}{5})\\.)?";
const yearOk = (y: number | undefined): boolean => y === undefined || (y >= YEAR_MIN && y <= YEAR_MAX);

/** Parts of a written date: a month word, a day and maybe a year and a weekday. */
function calendar(g: Record<string, string | undefined>): Reading | null {
  const month = g.mon ? monthNumber(g.mon) : num(g.m);
  const day = num(g.day);
  const year = num(g.year);
  if (month === undefined || !yearOk(year) || (day !== undefined && (day < 1 || day > 31))) return null;
  const expr: TimeExpr = { month };
  const known: Known = ["month"];
  if (day !== undefined) {
    expr.day = day;
    known.push("day");
  }
  if (year !== undefined) {
    expr.year = year;
    known.unshift("year");
  }
  if (g.wd) known.push("weekday");
  return { expr, known };
}

export const timeRules: TimeRule[] = [
  {
    id: "time/iso-date",
    source: () => `${L}(?<year>\\d{4})-(?<m>\\d{2})-(?<day>\\d{2})${R}`,
    extract: calendar,
  },
  {
    id: "time/month-day",
    source: () =>
      `${L}(?:(?<wd>${v().weekdayAny}),?\\s+)?(?<mon>${v().month})${R}${abbrevDot}\\s+(?<day>\\d{1,2})(?:${v().ordinal})?${R}` +
      `(?:,?\\s+(?<year>\\d{4})${R})?`,
    extract: calendar,
  },
  {
    id: "time/day-month",
    source: () =>
      `${L}(?:(?<wd>${v().weekdayAny}),?\\s+)?(?:[Tt]he\\s+)?(?<day>\\d{1,2})(?:${v().ordinal})?(?:\\s+of)?\\s+(?<mon>${v().month})${R}${abbrevDot}` +
      `(?:,?\\s+(?<year>\\d{4})${R})?`,
    extract: calendar,
  },
  {
    id: "time/month-year",
    source: () => `${L}(?:(?<part>${v().part})[\\s-]*)?(?<mon>${v().month})${R}${abbrevDot},?\\s+(?<year>\\d{4})${R}`,
    extract: calendar,
  },
  {
    // "November last year", "March of this year"
    id: "time/month-relative-year",
    source: () => `${L}(?<mon>${v().month})${R}(?:\\s+of)?\\s+(?<shift>${v().shift})\\s+(?<unit>${v().unit})${R}`,
    extract: (g) => {
      const n = shiftOf(g.shift!);
      if (n === undefined || unitOf(g.unit!) !== "year") return null;
      return { expr: { month: monthNumber(g.mon!)!, shift: { unit: "year", n } }, known: ["month"] };
    },
  },
  {
    // "last November" (the latest before this month), "next March", "this November"
    id: "time/shifted-month",
    source: () => `${L}(?<shift>${v().coming}|${v().shift})\\s+(?<mon>${v().month})${R}(?!\\.?\\s*\\d)`,
    extract: (g) => {
      const month = monthNumber(g.mon!)!;
      const n = shiftOf(g.shift!);
      if (n === undefined) return { expr: { month, dir: "future" }, known: ["month"] };
      if (n === 0) return { expr: { month, shift: { unit: "year", n: 0 } }, known: ["month"] };
      return { expr: { month, dir: n < 0 ? "before" : "future" }, known: ["month"] };
    },
  },
  {
    // "in March", "since March", "mid-March": a month alone needs a word that makes it a time, or "May" is a verb
    id: "time/month",
    source: () => `${L}(?:(?<lead>${v().prep})|${v().part})[\\s-]+(?<mon>${v().month})${R}(?!\\.?\\s*\\d)`,
    extract: (g) => ({ expr: { month: monthNumber(g.mon!)! }, known: ["month"] }),
  },
  {
    id: "time/weekday",
    // Not a named day: "Black Friday", "Super Tuesday".
    source: () => `${L}(?<!(?:${v().namedDay})\\s+)(?:(?<shift>${v().coming}|${v().shift})\\s+)?(?<wd>${v().weekdayFull})${R}`,
    extract: (g) => {
      const weekday = weekdayNumber(g.wd!)!;
      const n = g.shift ? (shiftOf(g.shift) ?? 1) : undefined;
      const expr: TimeExpr = { weekday };
      // "last Friday": strictly before; "next Friday", "this (coming) Friday": ahead; "on Friday": on or before.
      if (n !== undefined) expr.dir = n < 0 ? "before" : "future";
      return { expr, known: ["weekday"] };
    },
  },
  {
    id: "time/day-word",
    source: () => `${L}(?<w>${v().dayWord})${R}`,
    extract: (g) => ({ expr: { shift: { unit: "day", n: dayShiftOf(g.w!)! } }, known: [] }),
  },
  {
    // "last year", "this month", "next week", "earlier this month", "later this year", "late last year"
    id: "time/shifted-unit",
    source: () => `${L}(?:(?<side>${v().side})\\s+)?(?<shift>${v().shift})\\s+(?<unit>${v().unit})${R}`,
    extract: (g) => {
      const unit = unitOf(g.unit!);
      const n = shiftOf(g.shift!);
      // "the next day" counts from the story's events, not from the article's date.
      if (unit === undefined || unit === "day" || n === undefined) return null;
      const expr: TimeExpr = { shift: { unit, n } };
      const side = g.side ? sideOf(g.side) : undefined;
      if (side) expr.side = side;
      return { expr, known: [] };
    },
  },
  {
    id: "time/ago",
    source: () => `${L}(?<count>\\d{1,2}|${v().number})\\s+(?<unit>${v().unitAny})\\s+(?:${v().ago})${R}`,
    extract: (g) => {
      const unit = unitOf(g.unit!);
      const count = countOf(g.count!);
      if (unit === undefined || count === undefined) return null;
      return { expr: { shift: { unit, n: -count } }, known: [] };
    },
  },
  {
    id: "time/century",
    source: () =>
      `${L}(?:(?<part>${v().eraPart})[\\s-]*)?${the}(?:\\d{1,2}(?:${v().ordinal})|${v().eraLast})[\\s-]+(?:${v().century})${R}`,
    extract: () => ({ expr: { vague: "era" }, known: [] }),
  },
  {
    id: "time/decade",
    source: () => `${L}${the}(?:(?:${v().eraPart})[\\s-]*)?(?:1[89]|20)\\d0'?s${R}`,
    extract: () => ({ expr: { vague: "era" }, known: [] }),
  },
  {
    // A year alone: "since 2018", "in 2022", "the 1956 declaration", "early 2019". Not a count ("2000 troops"),
    // not part of a number, a decree number ("692/2022") or an amount.
    id: "time/year",
    source: () =>
      `(?<![\\p{L}\\p{N}$#/.,:-])(?:(?<part>${v().part})[\\s-]+)?(?<year>\\d{4})(?![\\p{L}\\p{N}/%]|[.,:]\\d|-\\d{2}-)` +
      `(?!\\s+(?:${v().countNoun})${R})`,
    extract: (g) => {
      const year = Number(g.year);
      return yearOk(year) ? { expr: { year }, known: ["year"] } : null;
    },
  },
  {
    id: "time/vague",
    source: () => `${L}(?<w>${v().vague})${R}`,
    extract: () => ({ expr: { vague: "unspecified" }, known: [] }),
  },
];
