import { test } from "node:test";
import assert from "node:assert/strict";
import { htmlMetric, precisionOf, recallOf, shingleMatch, shingles, tokens } from "./html-metric.js";

test("tokens are Python's Unicode \\w runs: letters, digits, underscore; not marks or punctuation", () => {
  assert.deepEqual(tokens("Kuril-Inseln, 2019: snake_case ½"), ["Kuril", "Inseln", "2019", "snake_case", "½"]);
  assert.deepEqual(tokens("नमस्ते"), ["नमस", "त"]);
});

test("a text shorter than a shingle is one shingle; repeated shingles are counted", () => {
  assert.deepEqual([...shingles("peace treaty")], [["peace treaty", 1]]);
  assert.deepEqual([...shingles("a b c d a b c d")].find(([k]) => k === "a b c d"), ["a b c d", 2]);
  assert.equal(shingles("").size, 0);
});

test("a hand-made document: one extra word at the end, one word missing inside", () => {
  // truth: 6 tokens → 3 shingles; predicted drops "the" and adds "Advertisement".
  const truth = "Japan and Russia signed the declaration";
  const predicted = "Japan and Russia signed declaration Advertisement";
  // truth shingles:     [Japan and Russia signed] [and Russia signed the] [Russia signed the declaration]
  // predicted shingles: [Japan and Russia signed] [and Russia signed declaration] [Russia signed declaration Advertisement]
  const m = shingleMatch(truth, predicted);
  assert.deepEqual(m, { tp: 1 / 5, fp: 2 / 5, fn: 2 / 5 });
  assert.equal(precisionOf(m), 1 / 3);
  assert.equal(recallOf(m), 1 / 3);
});

test("scores average per document; F1 comes from the averages; accuracy is exact token equality", () => {
  const s = htmlMetric([
    { truth: "one two three four five", predicted: "one, two; three four five!" }, // same tokens: perfect
    { truth: "one two three four five", predicted: "" }, // nothing: precision and recall 0
  ]);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.5);
  assert.equal(s.f1, 0.5);
  assert.equal(s.accuracy, 0.5);
  assert.equal(s.documents, 2);
  // Tokens keep their case, as upstream's do.
  assert.equal(htmlMetric([{ truth: "one two three four five", predicted: "One two three four five" }]).accuracy, 0);
  // Both empty counts as a perfect match, as upstream does.
  assert.equal(htmlMetric([{ truth: "", predicted: "" }]).f1, 1);
});
