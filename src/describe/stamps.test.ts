import { test } from "node:test";
import assert from "node:assert/strict";
import { headerLineDate, lineStamps } from "./stamps.js";
import { formatDate } from "./calendar.js";

const REF = new Date(Date.UTC(2025, 11, 31));
const read = (line: string): string[] => lineStamps(line, REF).map((s) => `${s.role} ${formatDate(s.match.parts)?.date}`);

test("stamp labels give the role of the date they precede", () => {
  assert.deepEqual(read("Published 3 April 2024"), ["published 2024-04-03"]);
  assert.deepEqual(read("Last updated: 03.04.2024 14:05 MSK"), ["updated 2024-04-03"]);
  assert.deepEqual(read("By IANS | Updated: October 24, 2025 20:35 IST2025-10-24T20:31:36+5:302025-10-24T20:35:17+5:30"), [
    "updated 2025-10-24",
    "plain 2025-10-24",
    "plain 2025-10-24",
  ]);
  assert.deepEqual(read("Posted on April 3, 2024 by Jane Doe"), ["published 2024-04-03"]);
});

test("dates in prose are not stamps; a labelled or set-off date opening a long line is", () => {
  assert.deepEqual(
    read("Let me remind you that the Russian Foreign Ministry statement of March 21, 2022 made it clear that we do not intend to continue negotiations."),
    [],
  );
  assert.deepEqual(read("Published 3 April 2024. Moscow and Tokyo have failed to sign a peace treaty due to their rival claims to four islands and more."), [
    "published 2024-04-03",
  ]);
  assert.deepEqual(read("29.11.2022 – The renewable energy industry had repeatedly and vehemently set out the drawbacks of the planned law on prices."), [
    "plain 2022-11-29",
  ]);
});

test("a crawler dump's header line states its date", () => {
  assert.equal(headerLineDate(" date 2025-05-05 403", REF)?.parts.day, 5);
  assert.equal(headerLineDate("date: 2025-05-05", REF)?.parts.month, 5);
  assert.equal(headerLineDate("The date 2025-05-05 was chosen", REF), null);
});
