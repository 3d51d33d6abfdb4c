// The bench's arithmetic for compared cases run in rounds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { medianRun, secondsRange } from "./bench-kit.js";

test("bench: a case run in rounds reports its median run, with every run's seconds in the order run", () => {
  const runs = [{ seconds: 40.1, docs: 1 }, { seconds: 36.4, docs: 2 }, { seconds: 38.0, docs: 3 }];
  const median = medianRun(runs);
  assert.equal(median.docs, 3);
  assert.deepEqual(median.roundSeconds, [40.1, 36.4, 38.0]);
  assert.equal(secondsRange(median), "36.4–40.1");
  // of an even count, the slower middle run: the figure errs towards slow
  assert.equal(medianRun([{ seconds: 2 }, { seconds: 1 }]).seconds, 2);
  assert.equal(secondsRange({ seconds: 5 }), null);
});
