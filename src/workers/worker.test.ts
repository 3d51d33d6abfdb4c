// Workers against one throwaway PostgreSQL server, as separate processes: the queue shares the work, survives a
// worker killed with SIGKILL in the middle of a batch, and stores every document exactly once.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { hostname } from "node:os";
import pg from "pg";
import { startCluster, type Cluster } from "../store/postgres/cluster.js";
import { run } from "../cli/main.js";
import { bufferIo } from "../cli/test-io.js";
import { finished, runCli, spawnCli } from "./cli-process.js";
import { expectedIds, newsRecords, until } from "./test-corpus.js";
import { sharedPath } from "../core/paths.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PAGES } from "../link/link-test-kit.js";
import { openStore } from "../store/open.js";

let cluster: Cluster | null = null;
before(async () => {
  cluster = await startCluster();
});
after(async () => {
  await cluster?.stop();
});

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// a worker that never takes over a dead worker's jobs would wait forever: the timeout turns that into a failure
test("workers: three share the queue; one killed mid-batch loses nothing, and every document is stored exactly once", { timeout: 300_000 }, async (t) => {
  assert.ok(cluster, "the throwaway PostgreSQL server did not start");
  const url = await cluster.createDatabase();
  const file = await newsRecords(t, 240);
  const expected = await expectedIds([file]);

  const queued = await runCli(["ingest", "--enqueue", file, "--db", url, "--json"]);
  assert.equal(queued.code, 0, queued.stderr);
  assert.equal(JSON.parse(queued.stdout).queued, expected.size);
  // queueing the same input again adds nothing
  const again = JSON.parse((await runCli(["ingest", "--enqueue", file, "--db", url, "--json"])).stdout);
  assert.deepEqual([again.queued, again.known], [0, expected.size]);

  const started = performance.now();
  const workers = [0, 1, 2].map(() => spawnCli(["worker", "--db", url, "--lease", "2", "--json"]));
  const results = workers.map((w) => finished(w));
  const victim = `${hostname()}:${workers[0]!.pid}`;
  // kill it once it has stored something and holds a claimed batch it has not finished
  const held = async (c: pg.Client): Promise<string[]> =>
    (await c.query("SELECT id FROM jobs WHERE worker = $1 AND state = 'queued' AND leased_until > now() ORDER BY id", [victim])).rows.map((r) => r.id as string);
  let orphaned: string[] = [];
  await withClient(url, async (c) => {
    await until("the first worker to be in the middle of a batch", async () => {
      const done = (await c.query("SELECT count(*)::int AS n FROM jobs WHERE worker = $1 AND state = 'done'", [victim])).rows[0].n as number;
      return done > 0 && (await held(c)).length > 0;
    });
    workers[0]!.kill("SIGKILL");
    await results[0];
    // a query the worker sent just before it died may still run: wait until the server has dropped its sessions
    await until("the killed worker's sessions to end", async () =>
      (await c.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = left($1, 63)", [`dossier worker ${victim}`])).rows[0].n === 0);
    orphaned = await held(c);
  });
  const [dead, ...survivors] = await Promise.all(results);
  t.diagnostic(`3 workers, one killed: ${expected.size} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  assert.equal(dead!.signal, "SIGKILL");
  assert.ok(orphaned.length > 0, "the killed worker held jobs it had not finished");
  let takenOver = 0;
  for (const s of survivors) {
    assert.equal(s.code, 0, s.stderr);
    const summary = JSON.parse(s.stdout) as { ingested: number; unchanged: number; failed: number };
    assert.equal(summary.failed, 0);
    takenOver += summary.ingested + summary.unchanged;
  }
  assert.ok(takenOver >= orphaned.length, "the others finished what the killed worker held");

  await withClient(url, async (c) => {
    const jobs = (await c.query("SELECT id, state, attempts, worker, document_id FROM jobs")).rows;
    assert.equal(jobs.length, expected.size);
    assert.deepEqual(jobs.filter((j) => j.state !== "done"), [], "every job is done");
    for (const id of orphaned) {
      const job = jobs.find((j) => j.id === id)!;
      assert.ok(job.attempts >= 2 && job.worker !== victim, `job ${id} was taken over after the lease ran out`);
    }
    const docs = (await c.query("SELECT id FROM documents")).rows.map((r) => r.id as string);
    assert.equal(docs.length, expected.size, "one document per page, none twice");
    assert.deepEqual(new Set(docs), expected);
    assert.deepEqual(new Set(jobs.map((j) => j.document_id)), expected, "each job names the document it became");
    const { rows } = await c.query("SELECT (SELECT count(*) FROM extractions)::int AS x, (SELECT count(*) FROM statements)::int AS s");
    assert.equal(rows[0].x, expected.size, "every document has its whole extraction");
    assert.ok(rows[0].s > 0);
  });
});

test("workers: the queue needs a PostgreSQL store, and says so", async () => {
  for (const argv of [["worker", "--db", "./some.db"], ["ingest", "--enqueue", "x.jsonl", "--db", "./some.db"]]) {
    const io = bufferIo();
    assert.equal(await run(argv, io), 2);
    assert.match(io.err(), /PostgreSQL: give --db postgres:\/\//);
  }
});

test("workers: SIGTERM finishes the pages under way and hands the rest back at once; threads share one worker's batch", { timeout: 300_000 }, async (t) => {
  assert.ok(cluster, "the throwaway PostgreSQL server did not start");
  const url = await cluster.createDatabase();
  const file = await newsRecords(t, 120);
  const expected = await expectedIds([file]);
  assert.equal((await runCli(["ingest", "--enqueue", file, "--db", url])).code, 0);

  const worker = spawnCli(["worker", "--db", url, "--concurrency", "2", "--json"]);
  const outcome = finished(worker);
  await withClient(url, async (c) => {
    await until("ten stored documents", async () => ((await c.query("SELECT count(*)::int AS n FROM documents")).rows[0].n as number) >= 10);
    worker.kill("SIGTERM");
    const stopped = await outcome;
    assert.equal(stopped.code, 0, stopped.stderr);
    const stored = JSON.parse(stopped.stdout).ingested as number;
    assert.ok(stored >= 10 && stored < expected.size, "stopped in the middle of the queue");
    const { rows } = await c.query(
      "SELECT count(*)::int AS n, count(*) FILTER (WHERE leased_until IS NULL AND attempts = 0)::int AS free FROM jobs WHERE state = 'queued'",
    );
    assert.deepEqual(rows[0], { n: expected.size - stored, free: expected.size - stored }, "every job not done is free to take, its attempt not counted");
  });
  const rest = await runCli(["worker", "--db", url, "--json"]);
  assert.equal(rest.code, 0, rest.stderr);
  await withClient(url, async (c) => {
    const docs = (await c.query("SELECT id FROM documents")).rows.map((r) => r.id as string);
    assert.deepEqual(new Set(docs), expected);
    assert.equal(docs.length, expected.size);
  });
});

test("workers: a page cut off by the end of its file keeps its warning through the queue", { timeout: 120_000 }, async () => {
  const url = await cluster!.createDatabase();
  const clipped = sharedPath("data", "warc-samples", "resiliparse", "clipped.warc.gz");
  const queued = bufferIo();
  await run(["ingest", "--enqueue", "--quiet", clipped, "--db", url], queued);
  const worked = bufferIo();
  assert.equal(await run(["worker", "--db", url, "--json"], worked), 0, worked.err());
  const messages = await withClient(url, async (c) => (await c.query("SELECT source, messages FROM documents")).rows as { source: string; messages: { ruleId: string }[] }[]);
  assert.equal(messages.length, 1);
  assert.ok(messages[0]!.source.endsWith("clipped.warc.gz#1"));
  assert.ok(messages[0]!.messages.some((m) => m.ruleId === "read/truncated"), JSON.stringify(messages[0]!.messages));
});

/** What the link stage made of a store: groups as sorted member ids, each document's date, merged statements. */
async function linkedState(location: string): Promise<{ groups: string[]; published: string[]; merged: number }> {
  const store = await openStore(location);
  try {
    const groups: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = await store.listDocumentGroups({ limit: 100, ...(after ? { after } : {}) });
      groups.push(...page.rows.map((g) => g.members.map((m) => `${m.role}:${m.documentId}`).sort().join(" ")));
      if (!page.next) break;
      after = page.next;
    }
    const published: string[] = [];
    for await (const d of store.iterateDocuments()) published.push(`${d.id} ${d.published.date} ${d.published.inferred ?? false}`);
    return { groups: groups.sort(), published: published.sort(), merged: await store.countMergedStatements() };
  } finally {
    await store.close();
  }
}

test("workers: the link stage runs on the shared store and finds what one process finds (wire copies, merged statements, dates)", { timeout: 300_000 }, async (t) => {
  // real pages that are copies of one another or report the same statements, and the seeds
  const files = Object.values(PAGES).map((p) => sharedPath(...p.split("/")));
  const dir = mkdtempSync(join(tmpdir(), "dossier-link-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const alone = join(dir, "alone.db");
  assert.equal(await run(["ingest", ...files, "--db", alone, "--quiet"], bufferIo()), 0);
  const expected = await linkedState(alone);
  assert.ok(expected.groups.length >= 3 && expected.groups.some((g) => g.includes("copy:")), JSON.stringify(expected.groups));

  const url = await cluster!.createDatabase();
  assert.equal(await run(["ingest", "--enqueue", "--quiet", ...files, "--db", url], bufferIo()), 0);
  const runs = await Promise.all([1, 2].map(() => finished(spawnCli(["worker", "--db", url, "--json"]))));
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  const linked = runs.map((r) => (JSON.parse(r.stdout) as { linked: number }).linked);
  assert.ok(linked.reduce((a, b) => a + b, 0) >= files.length, `linked ${linked.join(" + ")} of ${files.length}`);
  const left = await withClient(url, async (c) => (await c.query("SELECT count(*)::int AS n FROM jobs WHERE state = 'done' AND linked_at IS NULL")).rows[0].n as number);
  assert.equal(left, 0, "every stored job is linked");
  assert.deepEqual(await linkedState(url), expected);
});
