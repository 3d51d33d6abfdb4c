import { test } from "node:test";
import assert from "node:assert/strict";
import { urlDate } from "./url-date.js";
import { formatDate } from "./calendar.js";

const REF = new Date(Date.UTC(2026, 11, 31));

test("dates in address paths, by rule", () => {
  const rows: [string, string | null, string | null][] = [
    ["https://www.example.com/2024/04/03/peace-treaty/", "2024-04-03", "url/y-m-d-folders"],
    ["https://www.reuters.com/world/asia/talks-stall-2024-03-07/", "2024-03-07", "url/iso-segment"],
    ["https://www.lavanguardia.com/local/20260710/11588570/x.html", "2026-07-10", "url/compact-folder"],
    ["https://landesspiegel.li/2026/01/eu-und-indien/", "2026-01", "url/y-m-folders"],
    ["https://example.com/2024/13/40/x", null, null],
    ["https://2024-04-03.example.com/story?date=2024-04-03", null, null],
    ["https://tass.com/politics/1574583", null, null],
  ];
  for (const [url, date, ruleId] of rows) {
    const found = urlDate(url, REF);
    assert.equal(found ? formatDate(found.parts)?.date : null, date, url);
    assert.equal(found?.ruleId ?? null, ruleId, url);
  }
});
