import { test } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../store/store.js";
import { linkNew, relinkAll } from "./link-pass.js";
import { ctx, freshStore, page, put, type PageName } from "./link-test-kit.js";
import { allPages } from "./all-pages.js";

// The link pass on real pages: wire copies grouped with their original, dates taken from a copy's group, one
// statement reported by several outlets merged, and the incremental pass agreeing with a rebuild from nothing.

const ALL: PageName[] = ["efe", "efeCopy", "nyt", "nytUndated", "medical", "medicalAgain", "medicalUndated", "homeDepotA", "homeDepotB", "spaceA", "spaceB", "seed0", "seed1", "seed3", "seed4"];

let linked: Promise<Store> | undefined;
/** Every page stored in one batch and linked once, shared by the tests that only read. */
function linkedStore(): Promise<Store> {
  linked ??= (async () => {
    const store = freshStore();
    await linkNew(store, ctx, await put(store, ALL));
    return store;
  })();
  return linked;
}

const id = async (name: PageName): Promise<string> => (await page(name)).id;

test("an agency story on two sites is one group: the earliest is the original, the copy keeps its own title and says what it changed", async () => {
  const store = await linkedStore();
  const [efe, copy] = [await id("efe"), await id("efeCopy")];
  const [link] = await store.getDocumentLinks([copy]);
  assert.ok(link, "the second site's story is linked");
  const group = (await store.getDocumentGroup(link.groupId))!;
  assert.deepEqual(group.members.map((m) => m.documentId).sort(), [efe, copy].sort());
  const original = group.members.find((m) => m.role === "original")!;
  const other = group.members.find((m) => m.role === "copy")!;
  assert.equal((await store.getDocument(other.documentId))!.duplicateOf, original.documentId);
  assert.equal((await store.getDocument(original.documentId))!.duplicateOf, null);
  // each keeps its own metadata; the titles differ, so the copy is retitled, and each site cut the other's text
  assert.notEqual(original.document.title, other.document.title);
  assert.deepEqual(other.changes.map((c) => c.kind).sort(), ["extended", "retitled", "trimmed"]);
  assert.ok(other.similarity >= 0.6 && other.similarity < 1, `similarity ${other.similarity}`);
});

test("different articles on one story are not grouped", async () => {
  const store = await linkedStore();
  const seeds = await Promise.all((["seed0", "seed1", "seed3", "seed4", "homeDepotA", "spaceA", "spaceB"] as const).map(id));
  assert.deepEqual(await store.getDocumentLinks(seeds), []);
  assert.equal(await store.countDocumentGroups(), 3);
});

test("a copy without a date takes its original's, and its statements are dated again from it", async () => {
  const store = await linkedStore();
  const [nyt, undated] = [await store.getDocument(await id("nyt")), await store.getDocument(await id("nytUndated"))];
  assert.equal((await page("nytUndated")).meta.published.date, null, "the page states no date");
  assert.equal(undated!.duplicateOf, nyt!.id);
  assert.equal(undated!.published.date, nyt!.published.date);
  assert.equal(undated!.published.precision, "day");
  assert.equal(undated!.published.inferred, true);
  assert.equal(undated!.published.ruleId, "published/wire-copy");
  assert.match(undated!.published.basis, new RegExp(`^wire copy of ${nyt!.id} .* published ${nyt!.published.date}`));
  assert.deepEqual(undated!.meta.published, undated!.published);
  // before linking no statement of the undated page had a date; now each is dated like the original's
  const before = (await page("nytUndated")).data.extract as { statements: { saidOn: { date: string | null } }[] };
  assert.ok(before.statements.length >= 5 && before.statements.every((s) => s.saidOn.date === null));
  const dated = (await store.listStatements({ documentId: undated!.id, limit: 100 })).rows;
  const original = (await store.listStatements({ documentId: nyt!.id, limit: 100 })).rows;
  assert.deepEqual(dated.map((s) => s.saidOn.date).sort(), original.map((s) => s.saidOn.date).sort());
  assert.ok(dated.filter((s) => s.saidOn.date !== null).length >= 5);
});

test("one statement quoted by two outlets is one statement with two sources; the speaker's other words stay apart", async () => {
  const store = await linkedStore();
  const [a, b] = [await id("homeDepotA"), await id("homeDepotB")];
  const merged = (await store.listMergedStatements({ documentId: b, limit: 100 })).rows;
  const shared = merged.filter((m) => m.sources.length > 1);
  assert.equal(shared.length, 1);
  const statement = shared[0]!;
  assert.equal(statement.speaker.name, "Craig Menear");
  assert.deepEqual(statement.sources.map((x) => x.documentId).sort(), [a, b].sort());
  for (const x of statement.sources) {
    const text = (await store.getDocument(x.documentId))!.text;
    assert.equal(text.slice(x.start, x.end), x.text);
  }
  // the same speaker on the same day, other words: a statement of its own
  const others = merged.filter((m) => m.speaker.name === "Craig Menear" && m.sources.length === 1);
  assert.ok(others.length >= 1);
  assert.ok(others.every((m) => m.saidOn.date === statement.saidOn.date));
});

test("copies' statements merge, short ones by their exact words; no group holds two reports from one document", async () => {
  const store = await linkedStore();
  const [nyt, undated] = [await id("nyt"), await id("nytUndated")];
  const merged = (await store.listMergedStatements({ documentId: nyt, limit: 100 })).rows;
  const own = (await store.listStatements({ documentId: nyt, limit: 100 })).rows;
  assert.equal(merged.length, own.length);
  for (const m of merged) assert.deepEqual(m.sources.map((x) => x.documentId).sort(), [nyt, undated].sort());
  assert.ok(merged.some((m) => m.text.split(/\s+/).length <= 8), "a short quote is merged too");
  for await (const m of store.iterateMergedStatements()) {
    const docs = m.sources.map((x) => x.documentId);
    assert.equal(new Set(docs).size, docs.length, `${m.id} has one report per document`);
  }
});

test("the same speaker on different days in different articles is not merged", async () => {
  const store = await linkedStore();
  const seeds = await Promise.all((["seed0", "seed1", "seed3", "seed4"] as const).map(id));
  for (const d of seeds) {
    const merged = (await store.listMergedStatements({ documentId: d, limit: 200 })).rows;
    assert.ok(merged.length > 0);
    assert.ok(merged.every((m) => m.sources.length === 1), "no seed statement has another source");
  }
});

/** Everything the link stage decides, in a form two stores can be compared by. */
async function snapshot(store: Store): Promise<unknown> {
  const groups = await allPages((after) => store.listDocumentGroups({ after, limit: 50 }));
  const docs = (await store.listDocuments()).map((d) => [d.id, d.duplicateOf, d.published]).sort();
  const statements: unknown[] = [];
  for await (const m of store.iterateMergedStatements()) {
    statements.push([m.id, m.saidOn, m.sources.map((x) => x.statementId)]);
  }
  return {
    groups: groups.map((g) => g.members.map((m) => ({ ...m, document: m.document.id }))),
    docs,
    statements: statements.sort(),
  };
}

test("linking in three batches (originals last, a group's original replaced) equals linking everything at once, and a full rebuild", async () => {
  const batches: PageName[][] = [
    ["nytUndated", "efeCopy", "homeDepotA", "seed0", "seed1", "medicalAgain", "medicalUndated"],
    ["homeDepotB", "spaceA", "seed3", "efe"],
    ["nyt", "spaceB", "seed4", "medical"],
  ];
  const stepwise = freshStore();
  const originals: string[] = [];
  for (const names of batches) {
    await linkNew(stepwise, ctx, await put(stepwise, names));
    originals.push((await stepwise.getDocumentLinks([await id("medicalUndated")]))[0]!.originalId);
  }
  assert.notEqual(originals[0], originals[2], "the article's earliest page arrived last and became the original");
  const once = await snapshot(await linkedStore());
  assert.deepEqual(await snapshot(stepwise), once);
  await relinkAll(stepwise, ctx);
  assert.deepEqual(await snapshot(stepwise), once);
  // a second pass over documents already linked changes nothing
  await linkNew(stepwise, ctx, [await id("efe"), await id("nyt")]);
  assert.deepEqual(await snapshot(stepwise), once);
  await stepwise.close();
});
