import { test } from "node:test";
import assert from "node:assert/strict";
import * as chrono from "chrono-node";
import { findTimes } from "./times.js";

// Why time expressions are read by our own rules and not chrono-node 2.10.3: on the shapes news text uses
// chrono reads another date. If a chrono upgrade fixes one of them, its assertion fails and the choice can
// be revisited.

const REF_DAY = "2023-01-05"; // a Thursday
const REF = new Date(`${REF_DAY}T12:00:00Z`);
const ours = (text: string): (string | null)[] => findTimes(text, { published: { date: REF_DAY }, dateline: null }).map((t) => t.value);
const chronoDay = (text: string): string | null => {
  const c = chrono.parse(text, REF)[0]?.start;
  return c ? c.date().toISOString().slice(0, 10) : null;
};

test("a date without a year lies before the article, not after it", () => {
  assert.deepEqual(ours("February 10"), ["2022-02-10"]);
  assert.equal(chronoDay("February 10"), "2023-02-10");
});

test("'on Friday' is the Friday just past, not the next one", () => {
  assert.deepEqual(ours("said on Friday"), ["2022-12-30"]);
  assert.equal(chronoDay("said on Friday"), "2023-01-06");
});

test("'in November last year' is one expression", () => {
  assert.deepEqual(ours("In November last year"), ["2022-11"]);
  assert.equal(chrono.parse("In November last year", REF).length, 2);
});

test("bare years and 'since 2018' are year references", () => {
  assert.deepEqual(ours("since 2018"), ["2018"]);
  assert.equal(chrono.parse("since 2018", REF).length, 0);
});

test("'next week' is a week, not a known day", () => {
  assert.deepEqual(ours("next week"), ["2023-01"]);
  assert.equal(chrono.parse("next week", REF)[0]?.start.isCertain("day"), true);
});
