// Every Store contract, run against PostgreSQL: one throwaway server for the file, a fresh database per test.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { storeContract, seedDoc } from "../contract.js";
import { linkContract } from "../contract-link.js";
import { statementsContract } from "../contract-statements.js";
import { openStore } from "../open.js";
import { startCluster, type Cluster } from "./cluster.js";
import { migrations } from "./migrations.js";
import { PostgresStore } from "./postgres-store.js";
import { JobQueue } from "./queue.js";

let cluster: Cluster | null = null;
before(async () => {
  cluster = await startCluster();
});
after(async () => {
  await cluster?.stop();
});

const server = (): Cluster => {
  assert.ok(cluster, "the throwaway PostgreSQL server did not start");
  return cluster;
};
const fresh = async (): Promise<PostgresStore> => PostgresStore.open(await server().createDatabase());

test("postgres: a throwaway server starts on 127.0.0.1 with fsync off", async (t) => {
  const c = server();
  t.diagnostic(`server started in ${c.startMs.toFixed(0)} ms on port ${c.port}`);
  const client = new pg.Client({ connectionString: c.url() });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT current_setting('fsync') AS fsync, inet_server_addr()::text AS addr");
    assert.equal(rows[0].fsync, "off");
    assert.match(rows[0].addr, /^127\.0\.0\.1/);
  } finally {
    await client.end();
  }
});

storeContract("postgres", fresh);
statementsContract("postgres", fresh);
linkContract("postgres", fresh);

test("postgres: openStore picks PostgreSQL for postgres:// URLs, and says which server it could not reach", async () => {
  const url = await server().createDatabase();
  const store = await openStore(url);
  assert.equal(store.dialect, "postgres");
  await store.close();
  const unreachable = `postgres://someone:secret@127.0.0.1:${server().port}/no_such_database`;
  await assert.rejects(openStore(unreachable), (err: Error) => {
    assert.match(err.message, /no_such_database/);
    assert.doesNotMatch(err.message, /secret/);
    return true;
  });
});

test("postgres: a user who may not create tables is told which step failed and what the user needs", async () => {
  const url = await server().createDatabase();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query("CREATE ROLE reader LOGIN");
  } finally {
    await admin.end();
  }
  const asReader = url.replace("postgres://postgres@", "postgres://reader@");
  await assert.rejects(openStore(asReader), (err: Error) => {
    assert.match(err.message, new RegExp(`schema failed at version 1 of ${migrations.length}: permission denied for schema public`));
    assert.match(err.message, /allowed to create tables and indexes/);
    return true;
  });
  // nothing was left half made: the owner sets the store up whole afterwards
  const store = await openStore(url);
  assert.equal(await store.countDocuments(), 0);
  await store.close();
});

test("postgres: every migration runs once, however many processes open the store at the same moment", async () => {
  const url = await server().createDatabase();
  const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(url)));
  await stores[0]!.putDocument(seedDoc(2));
  await Promise.all(stores.map((s) => s.close()));
  const again = await PostgresStore.open(url);
  try {
    const { rows } = await again.pool.query("SELECT version FROM dossier_schema ORDER BY version");
    assert.deepEqual(rows.map((r) => r.version), migrations.map((_, i) => i + 1));
    assert.equal(await again.countDocuments(), 1);
  } finally {
    await again.close();
  }
});

test("postgres read-only: a database not set up is refused with what to run; a current one reads and refuses writes", async () => {
  const url = await server().createDatabase();
  await assert.rejects(openStore(url, { readonly: true }), /schema version 0 .*dossier ingest FILES --db/);
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  try {
    const { rows } = await probe.query("SELECT to_regclass('dossier_schema') AS t");
    assert.equal(rows[0].t, null, "the refused open created nothing");
  } finally {
    await probe.end();
  }
  const writer = await PostgresStore.open(url);
  await writer.putDocument(seedDoc(0));
  await writer.close();
  const reader = await openStore(url, { readonly: true });
  try {
    assert.equal(await reader.countDocuments(), 1);
    await assert.rejects(reader.putDocument(seedDoc(1)), /read-only transaction/);
    assert.equal(await reader.countDocuments(), 1);
  } finally {
    await reader.close();
  }
});

test("postgres: the same document stored by two writers at once is stored once", async () => {
  const url = await server().createDatabase();
  const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
  try {
    const results = await Promise.all([a.putDocument(seedDoc(3)), b.putDocument(seedDoc(3))]);
    assert.deepEqual(results.sort(), ["inserted", "unchanged"]);
    assert.equal(await a.countDocuments(), 1);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test("postgres queue: a document and its job's completion commit together; a page stored before its claim is said so", async () => {
  const store = await fresh();
  try {
    const queue = new JobQueue(store.pool);
    const docs = [0, 1, 2].map(seedDoc);
    const pages = docs.map((doc) => ({ hash: doc.hash, page: { source: doc.source, url: null, kind: doc.kind, body: Buffer.from(doc.input), charset: "utf-8", crawledAt: null, given: {} } }));
    assert.deepEqual(await queue.enqueue(pages), { queued: 3, known: 0, stored: 0 });
    // stored by someone else (a plain ingest) after it was queued
    await store.putDocument(docs[2]!);
    const jobs = await queue.claim("test", 10, 60, 3);
    assert.deepEqual(jobs.map((j) => [j.hash, j.stored]), docs.map((d, i) => [d.hash, i === 2]));
    assert.equal(await queue.storeAndComplete(jobs[0]!.id, docs[0]!), "inserted");
    // the same document again (stored since the claim, as by a plain ingest): stored once, job done
    assert.equal(await queue.storeAndComplete(jobs[1]!.id, docs[0]!), "unchanged");
    const rows = (await store.pool.query("SELECT id, state, outcome, document_id, body IS NULL AS dropped, leased_until FROM jobs ORDER BY id")).rows;
    assert.deepEqual(rows.slice(0, 2).map((r) => [r.state, r.outcome, r.document_id, r.dropped, r.leased_until]), [
      ["done", "ingested", docs[0]!.id, true, null],
      ["done", "unchanged", docs[0]!.id, true, null],
    ]);
    assert.equal(rows[2].state, "queued");
    assert.equal(await store.countDocuments(), 2);
    // a document the server refuses leaves its job as it was: nothing of it is stored
    // (its size is out of the column's range: the server refuses the document row after the job's update is planned)
    await assert.rejects(queue.storeAndComplete(jobs[2]!.id, { ...seedDoc(1), size: 2 ** 40 }), /out of range/);
    assert.equal((await store.pool.query("SELECT state FROM jobs WHERE id = $1", [jobs[2]!.id])).rows[0].state, "queued");
    assert.equal(await store.countDocuments(), 2);
  } finally {
    await store.close();
  }
});
