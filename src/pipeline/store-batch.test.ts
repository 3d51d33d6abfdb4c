import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import type { Doc } from "../core/doc.js";
import { loadPack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { ReadItem } from "../core/types.js";
import type { IngestEvent } from "./ingest-events.js";
import { ingestItems } from "./ingest.js";
import { processPage } from "./process.js";
import { StoreBatch } from "./store-batch.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-batch-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const ctx = { pack: loadPack() };
const seeds = readdirSync(sharedPath("seeds")).sort();
const seedDoc = (i: number): Doc =>
  processPage({ source: `seeds/${seeds[i]}`, url: null, kind: "text", body: readFileSync(sharedPath("seeds", seeds[i]!)), charset: null, crawledAt: null, given: {} }, ctx);

test("a batch reports its documents only once they are committed, in input order with the outcomes between them", async () => {
  const store = new SqliteStore(join(dir, "order.db"));
  try {
    const events: IngestEvent[] = [];
    const batch = new StoreBatch(store, (e) => events.push(e));
    batch.report({ source: "before", status: "failed", reason: "unreadable" });
    assert.equal(events.length, 1, "with nothing waiting, an outcome is reported at once");
    await batch.put("a", seedDoc(0));
    batch.report({ source: "between", status: "unchanged", id: "d_x" });
    await batch.put("b", seedDoc(1));
    assert.equal(batch.holds(seedDoc(1).hash), true);
    assert.equal(events.length, 1, "nothing is reported before the commit");
    assert.equal(await store.countDocuments(), 0);
    await batch.flush();
    assert.deepEqual(events.map((e) => [e.source, e.status]), [["before", "failed"], ["a", "ingested"], ["between", "unchanged"], ["b", "ingested"]]);
    assert.equal(await store.countDocuments(), 2);
    assert.equal(batch.holds(seedDoc(1).hash), false);
  } finally {
    await store.close();
  }
});

test("a document the store refuses fails alone; the rest of its batch is stored", async () => {
  const store = new SqliteStore(join(dir, "refused.db"));
  try {
    const events: IngestEvent[] = [];
    const batch = new StoreBatch(store, (e) => events.push(e));
    const broken = seedDoc(2);
    (broken.meta as unknown as { loop: unknown }).loop = broken.meta;
    await batch.put("a", seedDoc(0));
    await batch.put("broken", broken);
    await batch.put("c", seedDoc(3));
    await batch.flush();
    assert.deepEqual(events.map((e) => [e.source, e.status]), [["a", "ingested"], ["broken", "failed"], ["c", "ingested"]]);
    assert.match(events[1]!.reason!, /circular/i);
    assert.equal(await store.countDocuments(), 2);
    assert.equal(await store.hasHash(broken.hash), false);
  } finally {
    await store.close();
  }
});

test("ingest stores the pages processed before its input breaks off, with one job and with two", async () => {
  for (const jobs of [1, 2]) {
    const store = new SqliteStore(join(dir, `broken-input-${jobs}.db`));
    try {
      const pages = async function* (): AsyncGenerator<ReadItem> {
        for (const name of seeds.slice(0, 3)) {
          yield { page: { source: `seeds/${name}`, url: null, kind: "text", body: readFileSync(sharedPath("seeds", name)), charset: null, crawledAt: null, given: {} } };
        }
        throw new Error("the disk went away");
      };
      const events: IngestEvent[] = [];
      await assert.rejects(ingestItems(pages(), store, ctx, (e) => events.push(e), { jobs }), /the disk went away/);
      assert.equal(await store.countDocuments(), 3, `jobs ${jobs}`);
      assert.deepEqual(events.map((e) => e.status), ["ingested", "ingested", "ingested"]);
    } finally {
      await store.close();
    }
  }
});
