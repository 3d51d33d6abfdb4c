import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHtml } from "../core/html.js";
import { stampElements } from "./stamp-elements.js";
import { findPublished } from "./published.js";
import { collectHtmlFacts } from "./html-facts.js";

const html = `<html><head><title>T</title></head><body>
  <span class="itemPostDate">am 25.08.2015 22:30</span>
  <span class="text-blue-core time-rubric">Jan 18, 2019</span>
  <div class="candidate-list">Not a date block</div>
  <div id="byline">By Jane Doe</div>
  <div class="date">${"x".repeat(200)}</div>
  <script class="date">var d = "2020-01-01";</script>
</body></html>`;

test("elements marked by class or id tokens as dates or bylines, short texts only", () => {
  assert.deepEqual(stampElements(parseHtml(html)), [
    { text: "am 25.08.2015 22:30", hint: "date" },
    { text: "Jan 18, 2019", hint: "time" },
    { text: "By Jane Doe", hint: "byline" },
  ]);
});

test("a date-marked element dates a page whose head states nothing", () => {
  const facts = collectHtmlFacts(parseHtml(html));
  const p = findPublished({ lines: [], facts, url: null, given: {}, crawledAt: null, dateline: null, ref: new Date(Date.UTC(2025, 0, 1)) });
  assert.deepEqual([p.date, p.ruleId, p.time], ["2015-08-25", "published/stamp-element", "22:30"]);
});
