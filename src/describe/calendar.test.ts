import { test } from "node:test";
import assert from "node:assert/strict";
import { clockTime, formatDate, invalidReason, normalizeOffset, parseRef } from "./calendar.js";

test("normalizeOffset writes offsets as +HH:MM, including non-standard ones", () => {
  const rows: [string, string | null][] = [
    ["+5:30", "+05:30"],
    ["+0530", "+05:30"],
    ["-04", "-04:00"],
    ["Z", "+00:00"],
    ["+15:00", null],
    ["IST", null],
  ];
  for (const [raw, want] of rows) assert.equal(normalizeOffset(raw), want, raw);
});

test("clockTime reads 12- and 24-hour clocks and refuses impossible ones", () => {
  assert.equal(clockTime(2, 5, true), "14:05");
  assert.equal(clockTime(12, 15, false), "00:15");
  assert.equal(clockTime(20, 35, null), "20:35");
  assert.equal(clockTime(13, 0, true), null);
  assert.equal(clockTime(24, 0, null), null);
});

test("invalidReason: leap years, month 13, the future relative to the reference", () => {
  const ref = parseRef("2025-05-05T10:00:00Z");
  assert.equal(invalidReason({ year: 2024, month: 2, day: 29 }, ref), null);
  assert.match(invalidReason({ year: 2023, month: 2, day: 29 }, ref) ?? "", /does not exist/);
  assert.match(invalidReason({ year: 2024, month: 13, day: null }, ref) ?? "", /month 13/);
  assert.equal(invalidReason({ year: 2025, month: 5, day: 6 }, ref), null); // within the zone tolerance
  assert.match(invalidReason({ year: 2025, month: 5, day: 9 }, ref) ?? "", /after the reference/);
  assert.equal(invalidReason({ year: 2099, month: 1, day: 1 }, null), null); // no reference: calendar only
});

test("formatDate keeps the precision the parts support", () => {
  assert.deepEqual(formatDate({ year: 2019, month: 1, day: null }), { date: "2019-01", precision: "month" });
  assert.deepEqual(formatDate({ year: 2019, month: null, day: null }), { date: "2019", precision: "year" });
  assert.equal(formatDate({ year: null, month: 2, day: 10 }), null);
});
