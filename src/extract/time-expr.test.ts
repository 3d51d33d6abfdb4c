import { test } from "node:test";
import assert from "node:assert/strict";
import { isoWeekday, rangeOn, referencesFor, resolveExpr, type TimeExpr } from "./time-expr.js";

test("ISO weekdays", () => {
  assert.equal(isoWeekday("2023-02-10"), 5); // a Friday
  assert.equal(isoWeekday("2019-01-20"), 7); // a Sunday
  assert.equal(isoWeekday("2024-04-03"), 3); // a Wednesday
});

test("ranges read on one day", () => {
  const rows: [TimeExpr, string, { from: string; to: string } | null][] = [
    [{ shift: { unit: "month", n: 0 }, side: "after" }, "2019-01-10", { from: "2019-01-10", to: "2019-01-31" }],
    [{ shift: { unit: "month", n: 0 }, side: "before" }, "2019-01-10", { from: "2019-01-01", to: "2019-01-10" }],
    [{ shift: { unit: "week", n: 1 } }, "2023-03-15", { from: "2023-03-20", to: "2023-03-26" }],
    [{ month: 2, day: 29 }, "2023-03-01", { from: "2020-02-29", to: "2020-02-29" }],
    [{ month: 2, day: 30 }, "2023-03-01", null],
    [{ month: 11, dir: "future" }, "2023-11-05", { from: "2024-11-01", to: "2024-11-30" }],
    [{ weekday: 5, dir: "before" }, "2023-02-10", { from: "2023-02-03", to: "2023-02-03" }],
    [{ vague: "unspecified" }, "2023-02-10", null],
  ];
  for (const [expr, ref, expected] of rows) assert.deepEqual(rangeOn(expr, ref), expected, JSON.stringify(expr));
});

test("against a reference period, a value only at the precision every day of it agrees on", () => {
  const jan = { start: "2019-01-01", end: "2019-01-31" };
  assert.deepEqual(resolveExpr({ shift: { unit: "year", n: -1 } }, jan), { value: "2018", precision: "year" });
  assert.deepEqual(resolveExpr({ month: 11, shift: { unit: "year", n: -1 } }, jan), { value: "2018-11", precision: "month" });
  assert.deepEqual(resolveExpr({ shift: { unit: "day", n: 0 } }, jan), { value: "2019-01", precision: "month" });
  assert.deepEqual(resolveExpr({ weekday: 7 }, jan), { value: null, precision: null });
  assert.deepEqual(resolveExpr({ shift: { unit: "year", n: -1 } }, null), { value: null, precision: null });
  assert.deepEqual(resolveExpr({ year: 2022, month: 3 }, null), { value: "2022-03", precision: "month" });
});

test("reference days that make the words mean an event's date", () => {
  // "last year" about an event of 2018-09-12: an article of 2019
  assert.deepEqual(referencesFor({ shift: { unit: "year", n: -1 } }, { start: "2018-09-12", end: "2018-09-12" }), { start: "2019-01-01", end: "2019-12-31" });
  // "later this month" about a summit on 2019-01-22: January 2019, up to that day
  assert.deepEqual(referencesFor({ shift: { unit: "month", n: 0 }, side: "after" }, { start: "2019-01-22", end: "2019-01-22" }), { start: "2019-01-01", end: "2019-01-22" });
  // "in November last year" about a November 2018 event: 2019
  assert.deepEqual(referencesFor({ month: 11, shift: { unit: "year", n: -1 } }, { start: "2018-11-14", end: "2018-11-14" }), { start: "2019-01-01", end: "2019-12-31" });
  // "on Friday" about Friday 2023-02-10: the week that follows it
  assert.deepEqual(referencesFor({ weekday: 5 }, { start: "2023-02-10", end: "2023-02-10" }), { start: "2023-02-10", end: "2023-02-16" });
  // "on Friday" about a Tuesday: never
  assert.equal(referencesFor({ weekday: 5 }, { start: "2023-02-07", end: "2023-02-07" }), null);
  // words with a year need no reference
  assert.equal(referencesFor({ year: 2018 }, { start: "2018-01-01", end: "2018-12-31" }), null);
});
