import { test } from "node:test";
import assert from "node:assert/strict";
import { saidOnStatements } from "./said-on-statements.js";
import { resolveSaidOn } from "./said-on.js";
import type { TimeAnchor } from "./time-anchor.js";
import { mentionOf, sentencesOf, spanOf, statementOf } from "./time-test-kit.js";
import { findTimes } from "./times.js";
import type { Mention, SaidOn } from "./types.js";

// Table tests for the said-on rules on short texts in the shapes of several outlets, each with a fixed
// document date. A row: the text, its anchor, and per statement [reported words, cue, speaker key, date, rule].

type Row = [words: string, cue: string, speaker: string, date: string | null, rule: string];

function run(text: string, anchor: TimeAnchor, rows: Row[], mentions: Mention[] = []): SaidOn[] {
  const sentences = sentencesOf(text);
  const times = findTimes(text, anchor);
  const statements = rows.map(([w, c, k]) => statementOf(text, sentences, w, c, k));
  const got = saidOnStatements(statements, { sentences, times, anchor, mentions });
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
    // Three paragraphs later it is no follow-on, but the same speaker's occasion of this week
    ["We will see,", "added", "zak", "2023-02-07", "said-on/speaker-scene"],
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

test("'had' or 'previously' dates nothing outside the speaker's own clause", () => {
  const text =
    '"The harbour was empty," said a fisherman, Ivan Petrov, who had worked there for decades.\n\n' +
    "The envoy, who had led two earlier rounds, said that a new round was possible. " +
    "The council said that the members had voted for the plan, adding that it would take effect in spring.\n\n" +
    "Aid agencies have previously opposed the plan, saying it would fail.\n\n" +
    "Aid agencies have long opposed such plans, arguing they never work.";
  run(text, { published: published("2021-04-16"), dateline: null }, [
    ["The harbour was empty,", "said", "petrov", "2021-04-16", "said-on/report-date"],
    ["a new round was possible", "said", "envoy", "2021-04-16", "said-on/report-date"],
    ["the members had voted for the plan", "said", "council", "2021-04-16", "said-on/report-date"],
    ["it would take effect in spring", "adding", "council", "2021-04-16", "said-on/follow-on"],
    // a participle reports the words of the clause before it, and that clause says "previously"
    ["it would fail", "saying", "agencies", null, "said-on/vague"],
    ["they never work", "arguing", "agencies2", null, "said-on/undated"],
  ]);
});

test("a time inside somebody's quoted words does not date the saying", () => {
  const text =
    "The general said on Tuesday that the search would go on.\n\n" +
    '"We will find everyone behind the June 4 bombing," he told a radio station. "That is our only task."';
  run(text, { published: published("2022-06-09"), dateline: null }, [
    ["the search would go on", "said", "gen", "2022-06-07", "said-on/cue-time"],
    ["We will find everyone behind the June 4 bombing,", "told", "gen", "2022-06-07", "said-on/follow-on"],
    ["That is our only task.", "told", "gen", "2022-06-07", "said-on/follow-on"],
  ]);
});

test("an occasion the article dated earlier dates the words said on it", () => {
  const text =
    "In a letter to the council on 12 May, Ruritania called the blockade illegal.\n\nThe council has not answered.\n\n" +
    "Other members spoke too.\n\nIn its letter, Ruritania also argued that the ships must be released.\n\n" +
    "In a statement, the council said that the blockade would stay.";
  run(text, { published: published("2020-05-30"), dateline: null }, [
    ["the blockade illegal", "called", "ruritania", "2020-05-12", "said-on/cue-time"],
    ["the ships must be released", "argued", "ruritania", "2020-05-12", "said-on/occasion"],
    // another speaker's occasion word with no date of its own
    ["the blockade would stay", "said", "council", "2020-05-30", "said-on/report-date"],
  ]);
});

test("a person named with a day of the past week sets the scene for their later words", () => {
  const text =
    "Prime Minister Anna Berg toured the flooded district on Thursday.\n\n" +
    '"We will rebuild every house," Berg told residents.\n\n' +
    "Berg first visited the region in March 2019.\n\nThe opposition leader, Tomas Lind, said the aid came too late.\n\n" +
    '"Nobody listened to us," Lind said.';
  const mentions = [
    mentionOf(text, "Anna Berg", "berg"),
    mentionOf(text, "Berg", "berg", undefined, 1),
    mentionOf(text, "Berg", "berg", undefined, 2),
    mentionOf(text, "Tomas Lind", "lind"),
  ];
  run(
    text,
    { published: published("2024-02-17"), dateline: null },
    [
      ["We will rebuild every house,", "told", "pack:berg", "2024-02-15", "said-on/speaker-scene"],
      // Lind was named with no time: his words are of the day the lead reports
      ["the aid came too late", "said", "pack:lind", "2024-02-15", "said-on/story-day"],
      ["Nobody listened to us,", "said", "pack:lind", "2024-02-15", "said-on/follow-on"],
    ],
    mentions,
  );
  // a time years before the article is the person's background, not the scene of their words
  const old = "Anna Berg visited the region in March 2019.\n\n\"We will rebuild,\" Berg said.";
  run(old, { published: published("2024-02-17"), dateline: null }, [["We will rebuild,", "said", "pack:berg", "2024-02-17", "said-on/report-date"]], [
    mentionOf(old, "Anna Berg", "berg"),
  ]);
});

test("a statement opening with its day sets the scene for the next speaker's untimed words", () => {
  const text =
    "On Tuesday, the delegation of Freedonia told the tribunal that the border was fixed in 1921.\n\n" +
    "Its counsel, Maria Lopez, argued that the map was binding.\n\n" +
    "On Monday, storms hit the coast.\n\nThe mayor said that the harbour would stay closed.";
  run(text, { published: published("2018-10-12"), dateline: null }, [
    ["the border was fixed in 1921", "told", "freedonia", "2018-10-09", "said-on/cue-time"],
    ["the map was binding", "argued", "lopez", "2018-10-09", "said-on/lead-scene"],
    // the sentence before reports no statement: its day is the storm's, not the mayor's
    ["the harbour would stay closed", "said", "mayor", "2018-10-12", "said-on/report-date"],
  ]);
});

test("a time right after the reported words dates the saying only as the occasion's time", () => {
  const text = "The senator warned against the treaty during her March 3 speech to the chamber. The admiral said that the fleet sailed from the port on Monday.";
  run(text, { published: published("2015-03-18"), dateline: null }, [
    ["against the treaty", "warned", "sen", "2015-03-03", "said-on/cue-time"],
    ["the fleet sailed from the port", "said", "adm", "2015-03-18", "said-on/report-date"],
  ]);
});

test("a time the extractor took off the end of the reported words dates the saying", () => {
  // The same shape as above, with the time marked as left out of the words ("called the plan “reckless” on Monday").
  const text = "The admiral called the plan “reckless” on Monday. The admiral said that the fleet sailed from the port on Monday.";
  const anchor = { published: published("2015-03-18"), dateline: null };
  const sentences = sentencesOf(text);
  const times = findTimes(text, anchor);
  const called = { ...statementOf(text, sentences, "the plan “reckless”", "called", "adm"), saidAt: spanOf(text, "on Monday") };
  const said = statementOf(text, sentences, "the fleet sailed from the port", "said", "adm");
  const got = saidOnStatements([called, said], { sentences, times, anchor });
  assert.deepEqual(got.map((s) => [s.date, s.ruleId]), [["2015-03-16", "said-on/cue-time"], ["2015-03-16", "said-on/follow-on"]]);
  // without the mark, a time after a clause is the clause's
  const plain = saidOnStatements([statementOf(text, sentences, "the plan “reckless”", "called", "adm")], { sentences, times, anchor });
  assert.equal(plain[0]!.ruleId, "said-on/report-date");
});

test("a lead reporting the news of an earlier day dates the report's untimed statements", () => {
  const text =
    "Striking dockers yesterday blocked the port of Valdora for the third week.\n\n" +
    "The union said the strike would go on. The port authority called the blockade unlawful.";
  run(text, { published: published("2017-09-22"), dateline: null }, [
    ["the strike would go on", "said", "union", "2017-09-21", "said-on/story-day"],
    ["the blockade unlawful", "called", "port", "2017-09-21", "said-on/story-day"],
  ]);
  // a lead on the article's own day, or a lead that is itself somebody's words, leaves the report's day
  const sameDay = "Striking dockers on Friday blocked the port.\n\nThe union said the strike would go on.";
  run(sameDay, { published: published("2017-09-22"), dateline: null }, [["the strike would go on", "said", "union", "2017-09-22", "said-on/report-date"]]);
  const quoted = "The union said on Thursday that the port was closed.\n\nThe port authority said that ships were waiting.";
  run(quoted, { published: published("2017-09-22"), dateline: null }, [
    ["the port was closed", "said", "union", "2017-09-21", "said-on/cue-time"],
    ["ships were waiting", "said", "port", "2017-09-22", "said-on/report-date"],
  ]);
});

test("an occasion named anew or a day ahead sets no scene", () => {
  const text =
    "The minister's budget statement on Thursday will show a surplus.\n\n" +
    "In a statement, the minister said the forecast was sound.\n\nThe minister is due to visit the port on Friday.\n\n" +
    '"Trade is growing," the minister told reporters.';
  run(text, { published: published("2019-03-19"), dateline: null }, [
    ["the forecast was sound", "said", "pack:min", "2019-03-19", "said-on/report-date"],
    ["Trade is growing,", "told", "pack:min", "2019-03-19", "said-on/report-date"],
  ], [mentionOf(text, "minister", "min"), mentionOf(text, "minister", "min", undefined, 2)]);
});
