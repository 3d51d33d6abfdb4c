// Crash safety of ingest: `kill -9` in the middle of `dossier ingest` leaves a consistent store on SQLite and on
// PostgreSQL (every document whole, with its index and its extraction, or absent), and the same command run again
// stores the rest, with no document twice.
import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { startCluster } from "../store/postgres/cluster.js";
import { finished, runCli, spawnCli } from "./cli-process.js";
import { expectedIds, newsRecords, until } from "./test-corpus.js";

// Pages in the input, and how many must be stored before the kill (well before the end).
const PAGES = 300;
const KILL_AFTER = 20;

interface Backend {
  location: string;
  /** Documents stored now; 0 while the store does not exist yet. */
  count(): Promise<number>;
  /** Throws when the store is not consistent; returns the stored document ids. */
  check(): Promise<string[]>;
}

function sqliteBackend(t: TestContext): Backend {
  const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const location = join(dir, "crash.db");
  const read = <T>(fn: (db: Database.Database) => T, readonly = true): T => {
    const db = new Database(location, { readonly, fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    location,
    count: async () => read((db) => (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n),
    check: async () =>
      read((db) => {
        assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
        assert.deepEqual(db.pragma("foreign_key_check"), []);
        // the full-text index holds exactly the stored texts (throws otherwise)
        db.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").run();
        const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
        assert.equal(n("SELECT count(*) AS n FROM extractions"), n("SELECT count(*) AS n FROM documents"), "every document has its extraction");
        return (db.prepare("SELECT id FROM documents").all() as { id: string }[]).map((r) => r.id);
      }, false),
  };
}

function postgresBackend(url: string): Backend {
  const query = async (sql: string): Promise<pg.QueryResult> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    location: url,
    count: async () => (await query("SELECT count(*)::int AS n FROM documents")).rows[0].n as number,
    check: async () => {
      const { rows } = await query(
        `SELECT (SELECT count(*) FROM documents)::int AS docs, (SELECT count(*) FROM extractions)::int AS extractions,
                (SELECT count(*) FROM documents WHERE search IS NULL)::int AS unindexed,
                (SELECT count(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id))::int AS orphans`,
      );
      assert.deepEqual(rows[0], { docs: rows[0].docs, extractions: rows[0].docs, unindexed: 0, orphans: 0 });
      return (await query("SELECT id FROM documents")).rows.map((r) => r.id as string);
    },
  };
}

async function killAndResume(backend: Backend, t: TestContext): Promise<void> {
  const file = await newsRecords(t, PAGES);
  const expected = await expectedIds([file]);
  const child = spawnCli(["ingest", file, "--db", backend.location, "--quiet"]);
  const outcome = finished(child);
  await until(`${KILL_AFTER} stored documents`, async () => (await backend.count()) >= KILL_AFTER);
  child.kill("SIGKILL");
  assert.equal((await outcome).signal, "SIGKILL");

  const survived = await backend.check();
  t.diagnostic(`killed with ${survived.length} of ${expected.size} documents stored`);
  assert.ok(survived.length >= KILL_AFTER && survived.length < expected.size, "killed in the middle of the run");
  assert.ok(survived.every((id) => expected.has(id)));

  const again = await runCli(["ingest", file, "--db", backend.location, "--json"]);
  assert.equal(again.code, 0, again.stderr);
  const summary = JSON.parse(again.stdout) as { ingested: number; unchanged: number; failed: number };
  assert.deepEqual([summary.unchanged, summary.ingested, summary.failed], [survived.length, expected.size - survived.length, 0]);
  const stored = await backend.check();
  assert.equal(stored.length, expected.size, "no document twice");
  assert.deepEqual(new Set(stored), expected);
}

test("crash: Ctrl-C during ingest stores the pages under way, reports them, and the same command ingests the rest", { timeout: 300_000 }, async (t) => {
  const backend = sqliteBackend(t);
  // short records go fast: more of them, so the run is still reading when it is stopped
  const file = await newsRecords(t, 10 * PAGES);
  const expected = await expectedIds([file]);
  for (const jobs of ["1", "2"]) {
    rmSync(backend.location, { force: true });
    for (const suffix of ["-wal", "-shm"]) rmSync(backend.location + suffix, { force: true });
    const child = spawnCli(["ingest", file, "--db", backend.location, "--json", "--jobs", jobs]);
    const outcome = finished(child);
    await until(`${KILL_AFTER} stored documents`, async () => (await backend.count().catch(() => 0)) >= KILL_AFTER);
    child.kill("SIGINT");
    const stopped = await outcome;
    assert.equal(stopped.code, 130, stopped.stderr);
    assert.match(stopped.stderr, /SIGINT: storing the pages under way/);
    const summary = JSON.parse(stopped.stdout) as { ingested: number; failed: number; interrupted: boolean };
    assert.equal(summary.interrupted, true);
    assert.equal(summary.failed, 0);
    // every page reported as ingested is stored, and nothing else is
    const stored = await backend.check();
    t.diagnostic(`jobs ${jobs}: stopped with ${stored.length} of ${expected.size} documents stored`);
    assert.equal(stored.length, summary.ingested);
    assert.ok(stored.length >= KILL_AFTER && stored.length < expected.size, "stopped in the middle of the run");

    const again = await runCli(["ingest", file, "--db", backend.location, "--json", "--jobs", jobs]);
    assert.equal(again.code, 0, again.stderr);
    const rest = JSON.parse(again.stdout) as { ingested: number; interrupted: boolean };
    assert.deepEqual([rest.ingested, rest.interrupted], [expected.size - stored.length, false]);
    assert.deepEqual(new Set(await backend.check()), expected);
  }
});

test("crash: kill -9 during ingest on SQLite leaves a consistent store, and the same command completes it", { timeout: 300_000 }, async (t) => {
  await killAndResume(sqliteBackend(t), t);
});

test("crash: kill -9 during ingest on PostgreSQL leaves a consistent store, and the same command completes it", { timeout: 300_000 }, async (t) => {
  const cluster = await startCluster();
  try {
    await killAndResume(postgresBackend(await cluster.createDatabase()), t);
  } finally {
    await cluster.stop();
  }
});
