import { test } from "node:test";
import assert from "node:assert/strict";
import { SpanIndex } from "./span-index.js";

test("span index: every span overlapping a range is found, whatever its length or place, each once", () => {
  // spans of every length around bucket edges, some empty, one across several buckets
  const spans = [
    { start: 0, end: 10 }, { start: 1020, end: 1030 }, { start: 1024, end: 1024 }, { start: 500, end: 5000 },
    { start: 2047, end: 2049 }, { start: 3000, end: 3001 }, { start: 9000, end: 9100 },
  ];
  const index = new SpanIndex(spans);
  const overlaps = (a: { start: number; end: number }, s: number, e: number): boolean => a.start < e && s < a.end;
  for (let s = 0; s < 9200; s += 37) {
    for (const len of [1, 5, 300, 2500]) {
      const near = index.near(s, s + len);
      assert.equal(new Set(near).size, near.length, "no span twice");
      for (const span of spans.filter((x) => overlaps(x, s, s + len))) assert.ok(near.includes(span), `${JSON.stringify(span)} near ${s}+${len}`);
    }
  }
  // far away, nothing
  assert.deepEqual(index.near(20_000, 20_010), []);
});
