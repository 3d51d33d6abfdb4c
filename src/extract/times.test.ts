import { test } from "node:test";
import assert from "node:assert/strict";
import { findTimes, resolveTimes } from "./times.js";
import type { TimeAnchor } from "./time-anchor.js";

// Table tests per pattern, each read against a fixed reference date.

const on = (date: string | null, precision: "day" | "month" | "year" | null = date ? (date.length === 10 ? "day" : date.length === 7 ? "month" : "year") : null): TimeAnchor => ({
  published: { date, precision },
  dateline: null,
});
const REF = on("2023-03-15"); // a Wednesday

type Row = [text: string, anchor: TimeAnchor, expected: [words: string, value: string | null][]];
const table = (rows: Row[]): void => {
  for (const [text, anchor, expected] of rows) {
    const got = findTimes(text, anchor).map((t) => [t.text, t.value]);
    assert.deepEqual(got, expected, text);
  }
};

test("explicit dates keep what they state, whatever the reference", () => {
  table([
    ["the statement of March 21, 2022 made it clear", REF, [["March 21, 2022", "2022-03-21"]]],
    ["signed on 21 March 2022 in Moscow", REF, [["21 March 2022", "2022-03-21"]]],
    ["In March 2022, the ministry announced", REF, [["March 2022", "2022-03"]]],
    ["on Friday, February 10, 2023, she said", REF, [["Friday, February 10, 2023", "2023-02-10"]]],
    ["the 3rd of April 2024", REF, [["the 3rd of April 2024", "2024-04-03"]]],
    ["agreed on 2018-11-14 in Singapore", REF, [["2018-11-14", "2018-11-14"]]],
    ["the end of March 2022", on(null), [["the end of March 2022", "2022-03"]]],
    ["in mid-March 2022", on(null), [["mid-March 2022", "2022-03"]]],
  ]);
});

test("a date without a year is the latest one on or before the article", () => {
  table([
    ["February 10", on("2023-03-01"), [["February 10", "2023-02-10"]]],
    ["February 10", on("2023-01-05"), [["February 10", "2022-02-10"]]],
    ["on Sept. 7 the talks", on("2023-09-07"), [["Sept. 7", "2023-09-07"]]],
    ["on Sept. 7 the talks", on("2023-09-06"), [["Sept. 7", "2022-09-07"]]],
    ["in November", on("2019-01-20"), [["November", "2018-11"]]],
    ["since March", on("2019-03-02"), [["March", "2019-03"]]],
    // Against a month, a date in an earlier month is certain; one in the same month keeps the year
    ["February 10", on("2023-03"), [["February 10", "2023-02-10"]]],
    // Against a year only, February 10 may be of that year or the one before
    ["February 10", on("2023"), [["February 10", null]]],
  ]);
});

test("weekdays: the latest such day on or before the article", () => {
  table([
    ["told a briefing on Friday", on("2023-02-10"), [["Friday", "2023-02-10"]]],
    ["held in Tokyo on Tuesday", on("2023-02-10"), [["Tuesday", "2023-02-07"]]],
    ["said on Sunday", on("2023-03-15"), [["Sunday", "2023-03-12"]]],
    ["last Wednesday", on("2023-03-15"), [["last Wednesday", "2023-03-08"]]],
    ["next Friday", on("2023-03-15"), [["next Friday", "2023-03-17"]]],
    // A month-precision article cannot tell which Sunday
    ["said on Sunday", on("2019-01"), [["Sunday", null]]],
  ]);
});

test("words relative to the article's date", () => {
  table([
    ["last year", REF, [["last year", "2022"]]],
    ["In November last year, they met", REF, [["November last year", "2022-11"]]],
    ["in November of last year", on("2019-01-10"), [["November of last year", "2018-11"]]],
    ["earlier this month", REF, [["earlier this month", "2023-03"]]],
    ["later this month", REF, [["later this month", "2023-03"]]],
    ["next week", REF, [["next week", "2023-03"]]],
    ["next week", on("2023-03-29"), [["next week", "2023-04"]]],
    ["last week", on("2023-03-02"), [["last week", "2023-02"]]],
    // The week before 2023-03-08 runs from February 27 to March 5: only the year is certain
    ["last week", on("2023-03-08"), [["last week", "2023"]]],
    ["this year", REF, [["this year", "2023"]]],
    ["next month", on("2023-12-05"), [["next month", "2024-01"]]],
    ["late last year", REF, [["late last year", "2022"]]],
    ["yesterday", REF, [["yesterday", "2023-03-14"]]],
    ["today", REF, [["today", "2023-03-15"]]],
    ["tomorrow", REF, [["tomorrow", "2023-03-16"]]],
    ["two years ago", REF, [["two years ago", "2021"]]],
    ["three days ago", REF, [["three days ago", "2023-03-12"]]],
    ["last November", on("2019-01-10"), [["last November", "2018-11"]]],
    ["last November", on("2019-12-10"), [["last November", "2019-11"]]],
  ]);
});

test("years: a year reference wherever it stands, never a count or a number", () => {
  table([
    ["since 2018", REF, [["2018", "2018"]]],
    ["in 2022", REF, [["2022", "2022"]]],
    ["the 1956 declaration", REF, [["1956", "1956"]]],
    ["early 2019", REF, [["early 2019", "2019"]]],
    ["some 2000 troops", REF, []],
    ["Decree No. 692/2022", REF, []],
    ["a 1,956 km border", REF, []],
    ["he may 10 times", REF, []],
    ["a march in May", REF, [["May", "2022-05"]]],
  ]);
});

test("named days and full stops are not part of a date", () => {
  table([
    ["the best Black Friday deals, sold on Friday", REF, [["Friday", "2023-03-10"]]],
    ["Super Tuesday results", REF, []],
    ["takes place 18-24 November. Tickets", REF, [["24 November", "2022-11-24"]]],
    ["on Nov. 15, officials said", REF, [["Nov. 15", "2022-11-15"]]],
  ]);
});

test("words that name no date are found and left without a value", () => {
  for (const text of ["recently", "Earlier, the ministry said", "in recent years", "the mid-20th century", "the middle of the last century", "the 1990s"]) {
    const [t] = findTimes(text, REF);
    assert.ok(t, text);
    assert.equal(t.value, null, text);
    assert.ok(t.expr.vague, text);
  }
});

test("what was stated is kept apart from what was implied", () => {
  const [nov] = findTimes("In November last year, Putin and Abe said", REF);
  assert.deepEqual(nov!.known, ["month"]);
  assert.deepEqual(nov!.expr, { month: 11, shift: { unit: "year", n: -1 } });
  assert.equal(nov!.prep, "in");
  const [full] = findTimes("Friday, February 10, 2023", REF);
  assert.deepEqual(full!.known, ["year", "month", "day", "weekday"]);
  const [later] = findTimes("later this month he will hold a summit", REF);
  assert.equal(later!.future, true);
  const [fri] = findTimes("on Friday", REF);
  assert.equal(fri!.future, undefined);
});

test("without a known date relative words keep their words and get a value later", () => {
  const found = findTimes("Last year Putin proposed it. In November last year they agreed. On Sunday he said.", on(null));
  assert.deepEqual(found.map((t) => t.value), [null, null, null]);
  const later = resolveTimes(found, on("2019-01"));
  assert.deepEqual(later.map((t) => [t.value, t.precision]), [["2018", "year"], ["2018-11", "month"], [null, null]]);
});

test("names and bounds are marked: attributive dates, prepositions", () => {
  const times = findTimes("the statement of March 21, 2022 said; since 2018; the 1956 declaration; in 1956 the sides; the end of March 2022", REF);
  assert.deepEqual(
    times.map((t) => [t.text, t.prep, t.attributive ?? false]),
    [
      ["March 21, 2022", "of", true],
      ["2018", "since", false],
      ["1956", null, true],
      ["1956", "in", false],
      ["the end of March 2022", null, false],
    ],
  );
});

test("wire datelines are the article's day, and are not times of the text", () => {
  const kyodo = "TOKYO, Sept. 7 (Kyodo) -- Japan's foreign minister said on Thursday that talks would resume next month.";
  const anchor: TimeAnchor = {
    published: { date: "2023-09-08", precision: "day" },
    dateline: { raw: "TOKYO, Sept. 7 (Kyodo) --", year: null, month: 9, day: 7, start: 0, end: 25 },
  };
  assert.deepEqual(findTimes(kyodo, anchor).map((t) => [t.text, t.value]), [["Thursday", "2023-09-07"], ["next month", "2023-10"]]);
  const xinhua = "BEIJING, March 3 (Xinhua) -- A spokesperson said on Friday that the talks of last week went well.";
  const xa: TimeAnchor = { published: { date: "2023", precision: "year" }, dateline: { raw: "BEIJING, March 3 (Xinhua) --", year: null, month: 3, day: 3, start: 0, end: 28 } };
  assert.deepEqual(findTimes(xinhua, xa).map((t) => [t.text, t.value]), [["Friday", "2023-03-03"], ["last week", "2023-02"]]);
  const reuters = "MOSCOW (Reuters) - Russia said on Monday it would not hold talks this year.";
  const ra: TimeAnchor = { published: { date: "2022-03-21", precision: "day" }, dateline: { raw: "MOSCOW (Reuters) -", year: null, month: null, day: null, start: 0, end: 18 } };
  assert.deepEqual(findTimes(reuters, ra).map((t) => [t.text, t.value]), [["Monday", "2022-03-21"], ["this year", "2022"]]);
});
