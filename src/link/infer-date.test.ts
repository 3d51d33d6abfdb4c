import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack } from "../core/pack.js";
import type { Dateline, Published } from "../core/types.js";
import { mentionOf, sentencesOf } from "../extract/time-test-kit.js";
import { findTimes } from "../extract/times.js";
import type { Mention } from "../extract/types.js";
import { inferPublished, type InferDateInput } from "./infer-date.js";

// Table tests for date inference on short texts in the shapes of several outlets, against the story pack.
// Each case checks the date and the evidence named in the basis.

const pack = loadPack();
const NOW = "2026-01-01";
const none: Published = { date: null, precision: null, basis: "no date found", ruleId: "published/none", inferred: false };

function dateline(text: string, raw: string, month: number | null, day: number | null): Dateline {
  return { raw, city: null, agency: null, year: null, month, day, start: text.indexOf(raw), end: text.indexOf(raw) + raw.length };
}

function infer(text: string, mentions: (t: string) => Mention[], opts: Partial<InferDateInput> = {}): Published | null {
  const published = opts.published ?? none;
  const dl = opts.dateline ?? null;
  const times = findTimes(text, { published, dateline: dl });
  return inferPublished({ text, published, dateline: dl, sentences: sentencesOf(text), mentions: mentions(text), times, pack, now: NOW, ...opts });
}

const KYODO = (weekday: string) =>
  `TOKYO, Feb. 10 (Kyodo) -- Japan will keep seeking talks, a government spokesman said on ${weekday}. ` +
  "Prime Minister Fumio Kishida and Foreign Minister Yoshimasa Hayashi attended a rally.";
const kishidaHayashi = (t: string): Mention[] => [
  mentionOf(t, "Fumio Kishida", "JP-KISHIDA", "Prime Minister"),
  mentionOf(t, "Yoshimasa Hayashi", "JP-HAYASHI", "Foreign Minister"),
];

test("offices intersected, then the dateline's day in the years left, then the lead's weekday (Kyodo shape)", () => {
  const friday = infer(KYODO("Friday"), kishidaHayashi, { dateline: dateline(KYODO("Friday"), "TOKYO, Feb. 10 (Kyodo) --", 2, 10) });
  assert.equal(friday?.date, "2023-02-10");
  assert.equal(friday?.precision, "day");
  assert.equal(friday?.inferred, true);
  assert.match(friday!.basis, /Fumio Kishida Prime Minister of Japan 2021-10-04\.\.2024-10-01/);
  assert.match(friday!.basis, /Yoshimasa Hayashi Minister for Foreign Affairs of Japan 2021-11-10\.\.2023-09-13/);
  assert.match(friday!.basis, /dateline 'TOKYO, Feb\. 10 \(Kyodo\) --'; 'on Friday' in the lead: the dateline's day is a Friday → 2023-02-10$/);
  // February 10, 2022 was a Thursday
  const thursday = infer(KYODO("Thursday"), kishidaHayashi, { dateline: dateline(KYODO("Thursday"), "TOKYO, Feb. 10 (Kyodo) --", 2, 10) });
  assert.equal(thursday?.date, "2022-02-10");
  // No weekday: two years remain, so no date
  const text = KYODO("Friday").replace(" on Friday", "");
  assert.equal(infer(text, kishidaHayashi, { dateline: dateline(text, "TOKYO, Feb. 10 (Kyodo) --", 2, 10) }), null);
});

test("offices alone give no date when the holdings overlap for more than a year", () => {
  assert.equal(infer(KYODO("Friday"), kishidaHayashi), null);
});

test("a lead weekday that fits no candidate year is set aside, not trusted", () => {
  const text = KYODO("Sunday");
  const got = infer(text, kishidaHayashi, { dateline: dateline(text, "TOKYO, Feb. 10 (Kyodo) --", 2, 10) });
  assert.equal(got, null); // 2022 or 2023: neither February 10 was a Sunday, so the weekday cannot choose
});

test("former and past titles do not date the article", () => {
  const former = "TOKYO, Feb. 10 (Kyodo) -- former Prime Minister Shinzo Abe was remembered on Friday. Foreign Minister Yoshimasa Hayashi spoke.";
  const mentions = (t: string) => [mentionOf(t, "Shinzo Abe", "JP-ABE", "Prime Minister"), mentionOf(t, "Yoshimasa Hayashi", "JP-HAYASHI", "Foreign Minister")];
  const got = infer(former, mentions, { dateline: dateline(former, "TOKYO, Feb. 10 (Kyodo) --", 2, 10) });
  assert.equal(got?.date, "2023-02-10");
  assert.doesNotMatch(got!.basis, /Abe/);
  const past = "In 2018, Prime Minister Shinzo Abe met the president. Foreign Minister Yoshimasa Hayashi spoke on Friday.";
  const basis = infer(past, mentions, { published: { ...none, date: "2022", precision: "year" } })?.basis ?? "";
  assert.doesNotMatch(basis, /Abe/);
});

test("a stated year or month is narrowed by the dateline (Xinhua shape)", () => {
  const text = "BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping met the Russian president on Friday.";
  const got = infer(text, (t) => [mentionOf(t, "Xi Jinping", "CN-XI", "Chinese President")], {
    published: { ...none, date: "2023", precision: "year" },
    dateline: dateline(text, "BEIJING, March 3 (Xinhua) --", 3, 3),
  });
  assert.equal(got?.date, "2023-03-03");
  assert.match(got!.basis, /^stated 2023/);
});

test("offices of several countries and the lead weekday pick the year (Xinhua shape, no stated year)", () => {
  const text =
    "BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping spoke on Friday with U.S. President Joe Biden and Ukrainian President Volodymyr Zelensky.";
  const got = infer(
    text,
    (t) => [mentionOf(t, "Xi Jinping", "CN-XI", "Chinese President"), mentionOf(t, "Joe Biden", "US-BIDEN", "U.S. President"), mentionOf(t, "Volodymyr Zelensky", "UA-ZELENSKY", "Ukrainian President")],
    { dateline: dateline(text, "BEIJING, March 3 (Xinhua) --", 3, 3) },
  );
  assert.equal(got?.date, "2023-03-03"); // of 2021–2024, only March 3, 2023 was a Friday
});

test("relative words that point at dated pack events", () => {
  const text =
    "Later this month Putin will hold a summit with Japanese Prime Minister Shinzo Abe to continue discussions. " +
    "Last year Putin proposed a treaty without preconditions.";
  const mentions = (t: string) => [
    mentionOf(t, "Putin", "RU-PUTIN"), mentionOf(t, "Shinzo Abe", "JP-ABE", "Japanese Prime Minister"), mentionOf(t, "Putin", "RU-PUTIN", undefined, 1),
  ];
  const got = infer(text, mentions);
  assert.equal(got?.date, "2019-01");
  assert.equal(got?.precision, "month");
  assert.match(got!.basis, /'Later this month' \+ .*January 2019 Putin-Abe summit \(2019-01-22.*→ 2019-01-01\.\.2019-01-22/);
  assert.match(got!.basis, /'Last year' \+ peace treaty without preconditions \(2018-09-12.*→ 2019-01-01\.\.2019-12-31/);
  // The summit alone leaves several Putin–Abe summits: no single year
  const summit = text.split(". ")[0]! + ".";
  assert.equal(infer(summit, (t) => [mentionOf(t, "Putin", "RU-PUTIN"), mentionOf(t, "Shinzo Abe", "JP-ABE", "Japanese Prime Minister")]), null);
});

test("'in November last year' picks a November event of the people named", () => {
  const text = "In November last year, Putin and Abe said they would speed up the talks. Japanese Prime Minister Shinzo Abe arrived on Monday.";
  const got = infer(text, (t) => [mentionOf(t, "Putin", "RU-PUTIN"), mentionOf(t, "Abe", "JP-ABE"), mentionOf(t, "Shinzo Abe", "JP-ABE", "Japanese Prime Minister")]);
  assert.equal(got?.date, "2019");
  assert.match(got!.basis, /Singapore agreement \(2018-11-14/);
});

test("contradicting evidence is set aside and reported", () => {
  const text = `${KYODO("Friday")} The ministry recalled its note of March 3, 2024.`;
  const got = infer(text, kishidaHayashi, { dateline: dateline(text, "TOKYO, Feb. 10 (Kyodo) --", 2, 10) });
  assert.equal(got?.date, "2023-02-10");
  assert.match(got!.basis, /set aside as contradicting the rest: 'March 3, 2024' named → not before 2024-03-03/);
});

test("the latest date the text names is a lower bound", () => {
  const text = `${KYODO("Thursday")} It recalled the statement of March 21, 2022.`;
  // Thursday fits 2022-02-10, but the statement of March 2022 came later: nothing is left for the weekday
  const got = infer(text, kishidaHayashi, { dateline: dateline(text, "TOKYO, Feb. 10 (Kyodo) --", 2, 10) });
  assert.equal(got?.date, "2023-02-10");
  assert.match(got!.basis, /not before 2022-03-21/);
  assert.match(got!.basis, /set aside.*'on Thursday'/);
});

test("extra dated evidence, such as a wire copy's date, is used first", () => {
  const extra = [{ ruleId: "infer-date/wire-copy", basis: "wire copy d_x published 2023-02-10", days: [{ start: "2023-02-10", end: "2023-02-10" }] }];
  const got = infer("The ministry said the talks were closed.", () => [], { extra });
  assert.equal(got?.date, "2023-02-10");
  assert.match(got!.basis, /^wire copy d_x published 2023-02-10/);
});

test("the capture date bounds the date from above", () => {
  const text = KYODO("Friday").replace(" on Friday", "");
  const got = infer(text, kishidaHayashi, {
    dateline: dateline(text, "TOKYO, Feb. 10 (Kyodo) --", 2, 10),
    published: { ...none, date: "2022-06-01", precision: "day", crawl: true },
  });
  assert.equal(got?.date, "2022-02-10");
});

test("nothing to infer: a stated day, or no evidence", () => {
  assert.equal(infer(KYODO("Friday"), kishidaHayashi, { published: { ...none, date: "2023-02-10", precision: "day" } }), null);
  assert.equal(infer("The ministry said the talks were closed.", () => []), null);
  assert.equal(infer("The ministry said on March 3, 2024 that talks were closed.", () => []), null);
  // A date in a sentence about the future bounds nothing
  const ahead = `${KYODO("Thursday")} The next round is due on March 3, 2024.`;
  assert.equal(infer(ahead, kishidaHayashi, { dateline: dateline(ahead, "TOKYO, Feb. 10 (Kyodo) --", 2, 10) })?.date, "2022-02-10");
});

test("without a pack the dateline and stated dates still work", () => {
  const text = "MOSCOW, February 10. /TASS/. The ministry said on Friday that talks were closed.";
  const published = { ...none, date: "2023-02", precision: "month" as const };
  const dl = dateline(text, "MOSCOW, February 10. /TASS/.", 2, 10);
  const times = findTimes(text, { published, dateline: dl });
  const got = inferPublished({ text, published, dateline: dl, sentences: sentencesOf(text), mentions: [], times, pack: null, now: NOW });
  assert.equal(got?.date, "2023-02-10");
});
