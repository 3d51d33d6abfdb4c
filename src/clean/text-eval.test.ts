import { test } from "node:test";
import assert from "node:assert/strict";
import { benchmarkBodyRemovals, seedRuleHits, trafilaturaSegments } from "./text-eval.js";

// The rules on real text they were not written for. Thresholds are the measured figures with a
// little room; a rule change that eats body text fails here.

test("seeds: the furniture rules that the five pages need all fire", () => {
  const hits = seedRuleHits();
  for (const id of ["text/crawl-header", "text/error-banner", "text/headline", "text/headline-repeat", "repeat/duplicate", "repeat/teaser", "text/related-headline", "text/caption-repeat", "text/date-stamp"]) {
    assert.ok((hits[id] ?? 0) > 0, `${id} never fired`);
  }
});

test("article-extraction-benchmark bodies: at most 1% of clean body lines removed", () => {
  const b = benchmarkBodyRemovals();
  assert.ok(b.lines > 4000);
  const rate = b.removed.length / b.lines;
  assert.ok(rate <= 0.01, `removed ${b.removed.length} of ${b.lines} body lines`);
  // Body prose is never taken for furniture by the error, share, comment or stamp rules.
  const never = /^text\/(error|share-widget|comment-counter|crawl|app-prompt|subscribe-label)/;
  assert.deepEqual(b.removed.filter((r) => never.test(r.removal.ruleId)), []);
});

test("trafilatura pages (every 6th): main-text segments survive cleaning", () => {
  const s = trafilaturaSegments(6);
  assert.ok(s.withPresent > 300, `only ${s.withPresent} segments found`);
  assert.ok(s.withKept / s.withPresent >= 0.995, JSON.stringify(s.lost.slice(0, 5)));
  assert.ok(s.withoutRemoved > 0);
});
