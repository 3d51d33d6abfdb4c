import { test } from "node:test";
import assert from "node:assert/strict";
import { linkNew } from "../link/link-pass.js";
import { ctx, freshStore, page, put } from "../link/link-test-kit.js";
import { writeJsonExport } from "./export-json.js";

// The export after the link stage, on real pages: copies name their original, merged statements list every source.

interface Exported {
  documents: { id: string; text: string; duplicate_of: string | null; group?: { role: string; changes: unknown[] }; published: { date: string | null; inferred: boolean } }[];
  statements: { id: string; text: string; sources: { document: string; start: number; end: number; text: string }[] }[];
}

test("json export: duplicate_of and the group of each copy, one statement with several sources", async () => {
  const store = freshStore();
  await linkNew(store, ctx, await put(store, ["nyt", "nytUndated", "homeDepotA", "homeDepotB"]));
  let out = "";
  const counts = await writeJsonExport(store, { write: (s: string) => (out += s) });
  const x = JSON.parse(out) as Exported;
  assert.equal(counts.documents, 4);
  assert.equal(x.statements.length, await store.countMergedStatements());
  assert.ok(x.statements.length < (await store.countStatements()));
  const [nyt, undated] = [(await page("nyt")).id, (await page("nytUndated")).id];
  const copy = x.documents.find((d) => d.id === undated)!;
  assert.equal(copy.duplicate_of, nyt);
  assert.equal(copy.group?.role, "copy");
  assert.equal(copy.published.inferred, true);
  const original = x.documents.find((d) => d.id === nyt)!;
  assert.equal(original.duplicate_of, null);
  assert.equal(original.group?.role, "original");
  assert.equal(x.documents.filter((d) => !d.group).length, 2);
  const texts = new Map(x.documents.map((d) => [d.id, d.text]));
  const multi = x.statements.filter((s) => s.sources.length > 1);
  assert.ok(multi.length >= 9, `${multi.length} statements with several sources`);
  for (const s of x.statements) for (const src of s.sources) assert.equal(texts.get(src.document)!.slice(src.start, src.end), src.text);
  await store.close();
});
