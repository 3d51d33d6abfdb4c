import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { storeContract, seedDoc } from "../contract.js";
import { linkContract } from "../contract-link.js";
import { statementsContract } from "../contract-statements.js";
import { encodeCursor } from "../cursor.js";
import { SqliteStore } from "./sqlite-store.js";
import { afterCursor, SAID_WHEN } from "./statement-filter.js";
import { migrations } from "./migrations.js";
import { writeOldStore } from "./old-store.js";

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
  assert.deepEqual((await store.search("Peskov")).hits, []);
  await store.close();
});

test("sqlite: listings in date order read along an index, whatever the filter, from the start or a cursor", () => {
  const path = fresh();
  new SqliteStore(path).close();
  const raw = new Database(path, { readonly: true });
  const plan = (sql: string): string => (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join("; ");
  const after = afterCursor(SAID_WHEN, "s.id", encodeCursor("2022", "s_1"));
  for (const where of ["", "WHERE s.speaker_country = 'RU'", "WHERE s.text LIKE '%peace%'", `WHERE ${after.clause.replaceAll("?", "'x'")}`]) {
    const sql = `SELECT s.*, d.source FROM statements s JOIN documents d ON d.id = s.document_id ${where} ORDER BY ${SAID_WHEN}, s.id LIMIT 10`;
    assert.match(plan(sql), /INDEX statements_\w*when\b/, sql);
    assert.doesNotMatch(plan(sql), /TEMP B-TREE FOR ORDER BY/, sql);
  }
  assert.match(plan(`SELECT s.id FROM statements s WHERE ${after.clause.replaceAll("?", "'x'")} ORDER BY ${SAID_WHEN}, s.id`), /statements_when \(<expr>>\?\)/, "a cursor seeks");
  assert.doesNotMatch(plan("SELECT e.*, d.source FROM events e JOIN documents d ON d.id = e.document_id ORDER BY coalesce(e.date, '~'), e.id LIMIT 10"), /TEMP B-TREE/);
  raw.close();
});

test("sqlite read-only: reads, refuses every write, and never creates, migrates or changes a file", async () => {
  const path = fresh();
  const writer = new SqliteStore(path);
  await writer.putDocument(seedDoc(0));
  await writer.close();
  const reader = new SqliteStore(path, { readonly: true });
  assert.equal(await reader.countDocuments(), 1);
  assert.equal((await reader.search("Peskov")).hits.length, 1);
  await assert.rejects(reader.putDocument(seedDoc(1)), /readonly/);
  await reader.close();

  const missing = join(mkdtempSync(join(tmpdir(), "dossier-sqlite-")), "none.db");
  assert.throws(() => new SqliteStore(missing, { readonly: true }));
  assert.equal(existsSync(missing), false, "no empty store is made");

  // a store written by an older dossier: left as it is, with what to run
  const old = fresh();
  writeOldStore(old, 3);
  assert.throws(() => new SqliteStore(old, { readonly: true }), (err: Error) => {
    assert.match(err.message, new RegExp(`schema version 3 .* reads version ${migrations.length}`));
    assert.match(err.message, /dossier ingest FILES --db /);
    return true;
  });
  const after = new Database(old, { readonly: true });
  assert.equal(after.pragma("user_version", { simple: true }), 3);
  after.close();
});
