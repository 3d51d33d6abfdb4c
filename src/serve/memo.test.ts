import { test } from "node:test";
import assert from "node:assert/strict";
import type { ServeContext } from "./context.js";
import { keyedMemo, perObject, storeMemo } from "./memo.js";

/** A context whose store only counts: enough to tell the memo when the store changed. */
function countingCtx(): { ctx: ServeContext; counts: Record<"documents" | "statements" | "merged" | "groups" | "events", number> } {
  const counts = { documents: 1, statements: 1, merged: 1, groups: 0, events: 0 };
  const store = {
    countDocuments: async () => counts.documents,
    countStatements: async () => counts.statements,
    countMergedStatements: async () => counts.merged,
    countDocumentGroups: async () => counts.groups,
    countEvents: async () => counts.events,
  } as unknown as ServeContext["store"];
  return { ctx: { store, pack: null, log: () => {} }, counts };
}

test("computed once per state of the store; shared by concurrent callers; again when a count changes", async () => {
  const { ctx, counts } = countingCtx();
  let runs = 0;
  const memo = storeMemo(ctx, async () => ++runs);
  assert.deepEqual(await Promise.all([memo(), memo(), memo()]), [1, 1, 1]);
  assert.equal(await memo(), 1);
  counts.merged++; // the link pass merged two reports
  assert.equal(await memo(), 2);
  counts.groups++; // … and grouped a wire copy, which may re-date it
  assert.equal(await memo(), 3);
});

test("a value drawn from a model is drawn once per model object", () => {
  let draws = 0;
  const draw = perObject((m: { n: number }) => (draws++, `<svg>${m.n}</svg>`));
  const a = { n: 1 };
  assert.equal(draw(a), "<svg>1</svg>");
  assert.equal(draw(a), "<svg>1</svg>");
  assert.equal(draw({ n: 1 }), "<svg>1</svg>");
  assert.equal(draws, 2);
});

test("keyed: the least recently used key is dropped past the size", async () => {
  const { ctx } = countingCtx();
  const runs: string[] = [];
  const memo = keyedMemo(ctx, 2, async (k) => (runs.push(k), k));
  await memo("a");
  await memo("b");
  await memo("a");
  await memo("c"); // drops b
  await memo("a");
  await memo("b");
  assert.deepEqual(runs, ["a", "b", "c", "b"]);
});
