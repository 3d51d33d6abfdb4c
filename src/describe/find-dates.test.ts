import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, parseDateValue } from "./find-dates.js";
import { formatDate } from "./calendar.js";

// One table per rule: the text, then what must be read (date, precision, time, zone, rule) or null.
const REF = new Date(Date.UTC(2025, 11, 31)); // fixed reference: the "crawl date"

interface Row {
  text: string;
  want: { date: string; precision: string; time?: string; zone?: string; ruleId: string } | null;
}

function check(rows: Row[]): void {
  for (const { text, want } of rows) {
    const m = parseDateValue(text, REF);
    if (want === null) {
      assert.equal(m, null, `"${text}" must not read as a date, got ${JSON.stringify(m)}`);
      continue;
    }
    assert.ok(m, `"${text}" must read as a date`);
    assert.deepEqual(
      { ...formatDate(m.parts), time: m.parts.time, zone: m.parts.zone, ruleId: m.ruleId },
      { time: undefined, zone: undefined, ...want },
      text,
    );
  }
}

test("date/iso: stamps with non-standard offsets keep the local date, time and zone", () => {
  check([
    { text: "2025-10-24T20:31:36+5:30", want: { date: "2025-10-24", precision: "day", time: "20:31", zone: "+05:30", ruleId: "date/iso" } },
    { text: "2025-10-24T23:59:00-04:00", want: { date: "2025-10-24", precision: "day", time: "23:59", zone: "-04:00", ruleId: "date/iso" } },
    { text: "2024-03-07T07:55:25Z", want: { date: "2024-03-07", precision: "day", time: "07:55", zone: "+00:00", ruleId: "date/iso" } },
    { text: "2024-03-07 07:55:25.123+0300", want: { date: "2024-03-07", precision: "day", time: "07:55", zone: "+03:00", ruleId: "date/iso" } },
    { text: "2022-5-5 22:17:36", want: { date: "2022-05-05", precision: "day", time: "22:17", ruleId: "date/iso" } },
    { text: "2025-05-05", want: { date: "2025-05-05", precision: "day", ruleId: "date/iso" } },
    { text: "2024-13-05", want: null },
    { text: "2023-02-29", want: null },
    { text: "2027-01-01", want: null }, // after the reference date
    { text: "1850-01-01", want: null },
  ]);
});

test("date/iso: glued stamps are read one by one", () => {
  const line = "IST2025-10-24T20:31:36+5:302025-10-24T20:35:17+5:30";
  const found = findDates(line, REF).map((m) => `${m.parts.time} ${m.parts.zone}`);
  assert.deepEqual(found, ["20:31 +05:30", "20:35 +05:30"]);
});

test("date/month-day-year: English month first, with time, meridiem and zone", () => {
  check([
    { text: "October 24, 2025 20:35 IST", want: { date: "2025-10-24", precision: "day", time: "20:35", zone: "+05:30", ruleId: "date/month-day-year" } },
    { text: "April 3, 2024 at 2:05 p.m. EDT", want: { date: "2024-04-03", precision: "day", time: "14:05", zone: "-04:00", ruleId: "date/month-day-year" } },
    { text: "Friday, Feb. 10, 2023", want: { date: "2023-02-10", precision: "day", ruleId: "date/month-day-year" } },
    { text: "Sept 1st 2019, 12:15 am", want: { date: "2019-09-01", precision: "day", time: "00:15", ruleId: "date/month-day-year" } },
    { text: "May 3, 2024 20:35 et al", want: { date: "2024-05-03", precision: "day", time: "20:35", ruleId: "date/month-day-year" } },
    { text: "February 30, 2024", want: null },
    { text: "Summary 24, 2024", want: null },
  ]);
});

test("date/day-month-year: day first, RFC 2822 included", () => {
  check([
    { text: "Published 3 April 2024", want: { date: "2024-04-03", precision: "day", ruleId: "date/day-month-year" } },
    { text: "3rd of April, 2024", want: { date: "2024-04-03", precision: "day", ruleId: "date/day-month-year" } },
    { text: "Thu, 07 Mar 2024 07:55:25 GMT", want: { date: "2024-03-07", precision: "day", time: "07:55", zone: "+00:00", ruleId: "date/day-month-year" } },
    { text: "31 April 2024", want: null },
  ]);
});

test("date/dotted-dmy: day first with dots, Moscow time", () => {
  check([
    { text: "03.04.2024 14:05 MSK", want: { date: "2024-04-03", precision: "day", time: "14:05", zone: "+03:00", ruleId: "date/dotted-dmy" } },
    { text: "Updated 17.01.2021.", want: { date: "2021-01-17", precision: "day", ruleId: "date/dotted-dmy" } },
    { text: "version 1.2.2024.5", want: null },
    { text: "32.01.2024", want: null },
    { text: "28.09.1912:44", want: null },
  ]);
});

test("date/ymd-separated and date/slashed-dmy-mdy: only unambiguous slashes", () => {
  check([
    { text: "2024/04/03", want: { date: "2024-04-03", precision: "day", ruleId: "date/ymd-separated" } },
    { text: "24/10/2025", want: { date: "2025-10-24", precision: "day", ruleId: "date/slashed-dmy-mdy" } },
    { text: "10/24/2025", want: { date: "2025-10-24", precision: "day", ruleId: "date/slashed-dmy-mdy" } },
    { text: "03/04/2024", want: null },
  ]);
});

test("date/month-year: month precision, never a piece of a full date", () => {
  check([
    { text: "April 2024", want: { date: "2024-04", precision: "month", ruleId: "date/month-year" } },
    { text: "3 April 2024", want: { date: "2024-04-03", precision: "day", ruleId: "date/day-month-year" } },
  ]);
});

test("month-day dates without a year are not read: the year is never guessed", () => {
  check([
    { text: "Moscow, Oct 24", want: null },
    { text: "February 10", want: null },
  ]);
});

test("findDates reports why a calendar check refused a date", () => {
  const rejected: { text: string; reason: string }[] = [];
  findDates("on 2024-02-30 and 2099-01-01", REF, rejected);
  assert.deepEqual(rejected.map((r) => r.reason), ["day 30 does not exist in 2024-02", "after the reference date 2025-12-31"]);
});
