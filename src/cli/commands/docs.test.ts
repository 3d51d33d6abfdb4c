import { test } from "node:test";
import assert from "node:assert/strict";
import { linkNew } from "../../link/link-pass.js";
import { ctx, freshStore, page, put } from "../../link/link-test-kit.js";
import { run } from "../main.js";
import { bufferIo } from "../test-io.js";

test("docs lists each copy's original and the groups of near-duplicates with what each copy changed", async () => {
  const store = freshStore();
  await linkNew(store, ctx, await put(store, ["efe", "efeCopy", "seed4"]));
  const db = store.path;
  await store.close();
  const [efe, copy] = [(await page("efe")).id, (await page("efeCopy")).id];
  const io = bufferIo();
  assert.equal(await run(["docs", "--db", db], io), 0);
  const out = io.out();
  assert.match(out, /copy of/);
  assert.match(out, /^1 group of near-duplicates/m);
  const group = out.slice(out.indexOf("group of near-duplicates"));
  assert.match(group, /original\s+d_/);
  assert.match(group, /copy \d+%\s+d_\w+\s+2022-05-04 \(day[^)]*\)\s+.*retitled, trimmed, extended/);
  assert.ok(group.includes(efe) && group.includes(copy));
  const json = bufferIo();
  await run(["docs", "--db", db, "--json"], json);
  const rows = JSON.parse(json.out()) as { id: string; duplicateOf: string | null }[];
  assert.equal(rows.filter((r) => r.duplicateOf !== null).length, 1);
});
