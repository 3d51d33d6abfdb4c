import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { storeContract, seedDoc } from "../contract.js";
import { linkContract } from "../contract-link.js";
import { statementsContract } from "../contract-statements.js";
import { SqliteStore } from "./sqlite-store.js";
import { migrations } from "./migrations.js";

const fresh = () => join(mkdtempSync(join(tmpdir(), "dossier-sqlite-")), "t.db");

storeContract("sqlite", async () => new SqliteStore(fresh()));
linkContract("sqlite", async () => new SqliteStore(fresh()));
statementsContract("sqlite", async () => new SqliteStore(fresh()));

test("sqlite: the file is in WAL mode with every migration applied, and reopening keeps the data", async () => {
  const path = fresh();
  const store = new SqliteStore(path);
  await store.putDocument(seedDoc(2));
  await store.close();
  const raw = new Database(path, { readonly: true });
  assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
  assert.equal(raw.pragma("user_version", { simple: true }), migrations.length);
  raw.close();
  const again = new SqliteStore(path);
  assert.equal(await again.countDocuments(), 1);
  await again.close();
});

test("sqlite: a failing insert leaves no partial rows (text and index stay in step)", async () => {
  const path = fresh();
  const store = new SqliteStore(path);
  const doc = seedDoc(1);
  // an unserialisable field makes the insert throw inside the transaction
  (doc.meta as unknown as { loop: unknown }).loop = doc.meta;
  await assert.rejects(store.putDocument(doc));
  assert.equal(await store.countDocuments(), 0);
  assert.deepEqual(await store.search("Peskov"), []);
  await store.close();
});
