import { test } from "node:test";
import assert from "node:assert/strict";
import { saidOnStatements } from "./said-on-statements.js";
import { resolveSaidOn } from "./said-on.js";
import type { TimeAnchor } from "./time-anchor.js";
import { sentencesOf, statementOf } from "./time-test-kit.js";
import { findTimes } from "./times.js";
import type { SaidOn } from "./types.js";

// Table tests for the said-on rules on short texts in the shapes of several outlets, each with a fixed
// document date. A row: the text, its anchor, and per statement [reported words, cue, speaker key, date, rule].

type Row = [words: string, cue: string, speaker: string, date: string | null, rule: string];

function run(text: string, anchor: TimeAnchor, rows: Row[]): SaidOn[] {
  const sentences = sentencesOf(text);
  const times = findTimes(text, anchor);
  const statements = rows.map(([w, c, k]) => statementOf(text, sentences, w, c, k));
  const got = saidOnStatements(statements, { sentences, times, anchor });
  rows.forEach(([w, , , date, rule], i) => {
    assert.equal(got[i]!.date, date, `${w}: ${got[i]!.basis}`);
    assert.equal(got[i]!.ruleId, rule, w);
  });
  return got;
}
const published = (date: string | null): TimeAnchor["published"] => ({ date });
const dateline = (raw: string, month: number | null, day: number | null): TimeAnchor["dateline"] => ({ raw, year: null, month, day, start: 0, end: raw.length });

test("a time by the cue dates the saying (Reuters, Kyodo shapes)", () => {
  const reuters = "MOSCOW (Reuters) - Russia's foreign ministry said on Monday it would not continue talks with Tokyo.";
  run(reuters, { published: published("2022-03-21"), dateline: dateline("MOSCOW (Reuters) -", null, null) }, [
    ["it would not continue talks with Tokyo", "said", "mfa", "2022-03-21", "said-on/cue-time"],
  ]);
  const kyodo = "TOKYO, Sept. 7 (Kyodo) -- Japan will keep seeking a peace treaty with Russia, the foreign minister said Thursday.";
  run(kyodo, { published: published("2023-09-08"), dateline: dateline("TOKYO, Sept. 7 (Kyodo) --", 9, 7) }, [
    ["Japan will keep seeking a peace treaty with Russia", "said", "fm", "2023-09-07", "said-on/cue-time"],
  ]);
  const lead = "On Wednesday, the ambassador said that talks were impossible. In March 2022, the ministry announced that it was ending the talks.";
  run(lead, { published: published("2024-04-03"), dateline: null }, [
    ["talks were impossible", "said", "amb", "2024-04-03", "said-on/cue-time"],
    ["it was ending the talks", "announced", "mfa", "2022-03", "said-on/cue-time"],
  ]);
});

test("a plain cue in a dated report is the report's day; for wire copy the dateline's day (Xinhua shape)", () => {
  const xinhua = "BEIJING, March 3 (Xinhua) -- China supports dialogue between the two neighbours, a foreign ministry spokesperson said.";
  run(xinhua, { published: published("2023-03-04"), dateline: dateline("BEIJING, March 3 (Xinhua) --", 3, 3) }, [
    ["China supports dialogue between the two neighbours", "said", "cn", "2023-03-03", "said-on/report-date"],
  ]);
  run("The minister said that the talks would go on.", { published: published("2021-06"), dateline: null }, [
    ["the talks would go on", "said", "m", "2021-06", "said-on/report-date"],
  ]);
});

test("no date for other, unnamed occasions", () => {
  const text =
    "Earlier, the ministry reaffirmed its commitment to talks. The envoy recently called the idea absurd. " +
    "The ministry has repeatedly stated that the islands are Russian. The remarks came after the premier said that Japan wants a treaty. " +
    "The Kremlin had said that no talks were planned.";
  run(text, { published: published("2025-05-05"), dateline: null }, [
    ["reaffirmed its commitment to talks", "reaffirmed", "mofa", null, "said-on/vague"],
    ["the idea absurd", "called", "envoy", null, "said-on/vague"],
    ["the islands are Russian", "stated", "mfa", null, "said-on/undated"],
    ["Japan wants a treaty", "said", "pm", null, "said-on/other-occasion"],
    ["no talks were planned", "said", "kremlin", null, "said-on/undated"],
  ]);
});

test("a clause that continues the sentence before takes that sentence's time", () => {
  const text =
    "Earlier, relations worsened when Japan imposed sanctions. In response, the ministry then announced that it was ending the talks.\n\n" +
    "In March 2022, Russia suspended the talks. In response, the Japanese government said that the step was unjust. " +
    "The premier said on Friday that Japan still wants a treaty.";
  run(text, { published: published("2025-10-24"), dateline: null }, [
    ["it was ending the talks", "announced", "mfa", null, "said-on/narrative"],
    ["the step was unjust", "said", "jp", "2022-03", "said-on/narrative"],
    ["Japan still wants a treaty", "said", "pm", "2025-10-24", "said-on/cue-time"],
  ]);
});

test("'last year' without a month is the year before", () => {
  run("Last year the president proposed a treaty without preconditions.", { published: published("2019-01-20"), dateline: null }, [
    ["proposed a treaty without preconditions", "proposed", "p", "2018", "said-on/cue-time"],
  ]);
});

test("a follow-on quote takes the date of the same speaker's statement just before", () => {
  const text =
    'The spokeswoman told a briefing on Tuesday that the issue was closed.\n\n"The issue is closed for us," the diplomat said.\n\n' +
    "Other news followed.\n\nIn other remarks, the minister said that trade was growing.\n\nMore news.\n\n" +
    '"We will see," the spokeswoman added.';
  run(text, { published: published("2023-02-10"), dateline: null }, [
    ["the issue was closed", "told", "zak", "2023-02-07", "said-on/cue-time"],
    ["The issue is closed for us,", "said", "zak", "2023-02-07", "said-on/follow-on"],
    ["trade was growing", "said", "min", "2023-02-10", "said-on/report-date"],
    // Three paragraphs later it is not a follow-on any more
    ["We will see,", "added", "zak", "2023-02-10", "said-on/report-date"],
  ]);
});

test("times inside the reported words or bounding something do not date the saying", () => {
  const text =
    'The minister said: "We met them on Monday and will meet again." Russia has said since 2018 that the islands are its territory. ' +
    "Despite the 1951 treaty, Tokyo asserted that the islands were not included.";
  run(text, { published: published("2023-05-12"), dateline: null }, [
    ["We met them on Monday and will meet again.", "said", "m", "2023-05-12", "said-on/report-date"],
    ["the islands are its territory", "said", "ru", "2023-05-12", "said-on/report-date"],
    ["the islands were not included", "asserted", "jp", "2023-05-12", "said-on/report-date"],
  ]);
});

test("a dated document as speaker: 'the statement of March 21, 2022 made it clear'", () => {
  run("The Foreign Ministry statement of March 21, 2022 made it clear that talks were over.", { published: published("2023-02-10"), dateline: null }, [
    ["talks were over", "made it clear", "mfa", "2022-03-21", "said-on/cue-time"],
  ]);
});

test("without a document date the words are kept, and read again once the date is inferred", () => {
  const text = "In November last year, the two leaders said they would work on a treaty. The Kremlin said on Sunday that talks go on.";
  const [nov, sunday] = run(text, { published: published(null), dateline: null }, [
    ["they would work on a treaty", "said", "leaders", null, "said-on/cue-time"],
    ["talks go on", "said", "kremlin", null, "said-on/cue-time"],
  ]);
  const inferred: TimeAnchor = { published: { date: "2019-01", inferred: true }, dateline: null };
  assert.equal(resolveSaidOn(nov!, inferred).date, "2018-11");
  assert.match(resolveSaidOn(nov!, inferred).basis, /inferred date 2019-01/);
  // A month is not enough to tell which Sunday
  assert.equal(resolveSaidOn(sunday!, inferred).date, null);
  assert.equal(resolveSaidOn(sunday!, { published: { date: "2019-01-21" }, dateline: null }).date, "2019-01-20");
});
