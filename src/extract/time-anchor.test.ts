import { test } from "node:test";
import assert from "node:assert/strict";
import { referenceOf } from "./time-anchor.js";

const dl = (month: number | null, day: number | null, year: number | null = null) => ({ raw: "X", year, month, day });

test("the published date at its precision", () => {
  assert.deepEqual(referenceOf({ published: { date: "2023-02-10" }, dateline: null })?.interval, { start: "2023-02-10", end: "2023-02-10" });
  assert.deepEqual(referenceOf({ published: { date: "2019-01" }, dateline: null })?.interval, { start: "2019-01-01", end: "2019-01-31" });
  assert.equal(referenceOf({ published: { date: null }, dateline: null }), null);
  assert.equal(referenceOf({ published: null, dateline: dl(2, 10) }), null);
});

test("a crawl date is not the article's day", () => {
  assert.equal(referenceOf({ published: { date: "2024-05-01", crawl: true }, dateline: null }), null);
});

test("the dateline's day, in the year the published date gives", () => {
  // A stamp of the next morning (an update) keeps the wire story's day
  assert.deepEqual(referenceOf({ published: { date: "2023-09-08" }, dateline: dl(9, 7) })?.interval, { start: "2023-09-07", end: "2023-09-07" });
  // A story filed on December 31 and stamped on January 1 belongs to the old year
  assert.deepEqual(referenceOf({ published: { date: "2024-01-01" }, dateline: dl(12, 31) })?.interval, { start: "2023-12-31", end: "2023-12-31" });
  // Only a year published: the dateline gives the day
  assert.deepEqual(referenceOf({ published: { date: "2023" }, dateline: dl(2, 10) })?.interval, { start: "2023-02-10", end: "2023-02-10" });
  // A dateline far from the stamp is not trusted over it
  assert.deepEqual(referenceOf({ published: { date: "2023-09-08" }, dateline: dl(3, 1) })?.interval, { start: "2023-09-08", end: "2023-09-08" });
  // A dateline with its own year needs nothing else
  assert.deepEqual(referenceOf({ published: null, dateline: dl(2, 10, 2023) })?.interval, { start: "2023-02-10", end: "2023-02-10" });
});
