import { test } from "node:test";
import assert from "node:assert/strict";
import { certainInterval, dayRange, intersect, precisionOf, sharedDays, widestInterval } from "./pack-dates.js";

test("partial dates become the days they can mean", () => {
  assert.deepEqual(dayRange("2024-02"), { from: "2024-02-01", to: "2024-02-29" });
  assert.deepEqual(dayRange("2023-02"), { from: "2023-02-01", to: "2023-02-28" });
  assert.deepEqual(dayRange("2019"), { from: "2019-01-01", to: "2019-12-31" });
  assert.deepEqual(dayRange("2018-11-14"), { from: "2018-11-14", to: "2018-11-14" });
  for (const bad of ["2023-02-29", "2023-13", "2023-00-10", "2023-04-31", "23-01-01", "2023/01/01", ""]) {
    assert.equal(dayRange(bad), null, bad);
  }
  assert.equal(precisionOf("2019-01"), "month");
  assert.equal(precisionOf("2019-01-22"), "day");
  assert.equal(precisionOf("1956"), "year");
});

test("a span with month-precision ends is widest outward and certain inward", () => {
  assert.deepEqual(widestInterval("2023-12", null), { start: "2023-12-01", end: null });
  assert.deepEqual(widestInterval("2011-03-22", "2016-01"), { start: "2011-03-22", end: "2016-01-31" });
  assert.deepEqual(certainInterval("2011-03-22", "2016-01"), { start: "2011-03-22", end: "2016-01-01" });
});

test("intersections and shared days", () => {
  const a = [{ start: "2012-12-26", end: "2020-09-16" }];
  const b = [{ start: "2017-08-03", end: "2019-09-11" }, { start: "2025-10-21", end: null }];
  assert.deepEqual(intersect(a, b), [{ start: "2017-08-03", end: "2019-09-11" }]);
  assert.deepEqual(intersect(b, [{ start: "2026-01-01", end: "2026-01-31" }]), [{ start: "2026-01-01", end: "2026-01-31" }]);
  assert.equal(sharedDays({ start: "2020-01-01", end: "2020-09-16" }, { start: "2020-09-16", end: null }, "2030-01-01"), 1);
  assert.equal(sharedDays({ start: "2020-01-01", end: "2020-09-15" }, { start: "2020-09-16", end: null }, "2030-01-01"), 0);
});
