import { test } from "node:test";
import assert from "node:assert/strict";
import * as chrono from "chrono-node";
import { findDates } from "./find-dates.js";
import { formatDate } from "./calendar.js";

// Why the stamps are read by our own rules and not chrono-node 2.10.3: on these real stamp shapes chrono
// reads another day. If a chrono upgrade fixes them, this test fails and the choice can be revisited.

const REF = new Date(Date.UTC(2025, 11, 31));
const ours = (text: string): string | null => {
  const m = findDates(text, REF)[0];
  return m ? formatDate(m.parts)?.date ?? null : null;
};
const chronoDay = (text: string): string | null => {
  const c = chrono.parse(text, REF)[0]?.start;
  if (!c) return null;
  return `${c.get("year")}-${String(c.get("month")).padStart(2, "0")}-${String(c.get("day")).padStart(2, "0")}`;
};

test("dotted Russian/European stamps are day first", () => {
  assert.equal(ours("03.04.2024 14:05 MSK"), "2024-04-03");
  assert.equal(chronoDay("03.04.2024 14:05 MSK"), "2024-03-04");
});

test("glued ISO stamps after a zone abbreviation keep their date", () => {
  const line = "IST2025-10-24T20:31:36+5:302025-10-24T20:35:17+5:30";
  assert.equal(ours(line), "2025-10-24");
  assert.equal(chronoDay(line), "2025-12-31"); // the time is read, the date is implied from the reference
});

test("a dateline without a year stays without one", () => {
  assert.equal(ours("Moscow, Oct 24"), null);
  assert.equal(chrono.parse("Moscow, Oct 24", REF)[0]?.start.isCertain("year"), false); // chrono implies 2025
});
