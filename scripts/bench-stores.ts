// Sections "stores" and "workers": the same ingest into SQLite and into PostgreSQL, and PostgreSQL's job queue
// drained by 1 and N `dossier worker` processes. Each case starts its own throwaway PostgreSQL server (the
// one the tests use), so nothing has to be running; its start-up is not counted.
import { availableParallelism } from "node:os";
import { startCluster, type Cluster } from "../src/store/postgres/cluster.js";
import { openStore } from "../src/store/open.js";
import { finished, runCli, spawnCli } from "../src/workers/cli-process.js";
import { MB, processTreeCpuSeconds, rates, roundsNote, runColumns, secondsRange, type CaseResult, type Section, type Table } from "./bench-kit.js";
import { htmlCorpora } from "./bench-corpora.js";
import { measureIngest, tempSqlite, type BenchStore, type IngestMeasure } from "./bench-pipeline.js";

const corpus = htmlCorpora.find((c) => c.id === "trafilatura-eval")!;

/** A fresh database on a fresh server; both go away with dispose(). */
export async function tempPostgres(): Promise<BenchStore & { url: string; cluster: Cluster }> {
  const cluster = await startCluster();
  const url = await cluster.createDatabase();
  const store = await openStore(url);
  return {
    store,
    url,
    cluster,
    serverCpu: () => processTreeCpuSeconds(cluster.pid),
    async dispose() {
      await store.close();
      await cluster.stop();
    },
  };
}

export const storesSection: Section = {
  id: "stores",
  title: "The same ingest into SQLite and into PostgreSQL (one job), trafilatura-eval",
  cases: () => ["sqlite", "postgres"],
  async runCase(id, opts) {
    const files = await corpus.files(opts.quick);
    return measureIngest(files, 1, true, id === "postgres" ? tempPostgres : async () => tempSqlite());
  },
  tables(results, opts): Table[] {
    const rows = ["sqlite", "postgres"].flatMap((id) => {
      const r = results[id] as IngestMeasure | undefined;
      if (!r) return [];
      const storeSeconds = (r.stageMs.store ?? 0) / 1000;
      return [
        {
          store: id,
          docs: r.docs,
          mb: r.inputBytes / MB,
          seconds: r.seconds,
          ...rates(r.docs, r.inputBytes, r.seconds),
          storeSeconds,
          storeMsPerDoc: r.docs ? (1000 * storeSeconds) / r.docs : null,
          serverMsPerDoc: r.serverCpuSeconds !== undefined && r.docs ? (1000 * r.serverCpuSeconds) / r.docs : null,
          peakRssMb: r.peakRssMb ?? null,
        },
      ];
    });
    return [
      {
        title: `dossier ingest ${corpus.title}${opts.quick ? ", quick sample" : ""}: SQLite vs PostgreSQL`,
        columns: [
          { key: "store", title: "store" },
          ...runColumns,
          { key: "storeSeconds", title: "store CPU s", digits: 2 },
          { key: "storeMsPerDoc", title: "store CPU ms/doc", digits: 2 },
          { key: "serverMsPerDoc", title: "server CPU ms/doc", digits: 2 },
          { key: "peakRssMb", title: "peak RSS MB" },
        ],
        rows,
        notes: [
          "one thread, after a warm-up; wall time, since PostgreSQL's work is done in its own processes",
          "store CPU: the main thread's time in putDocument; server CPU: PostgreSQL's own processes over the whole ingest",
        ],
      },
    ];
  },
};

/** 1 and N worker processes (N = the core count, at least 2). */
const workerCounts = (cores: number): number[] => [...new Set([1, Math.max(2, cores)])];

interface WorkersMeasure extends CaseResult {
  workers: number;
  pages: number;
  docs: number;
  inputMb: number;
  enqueueSeconds: number;
  seconds: number;
  failedWorkers: number;
  /** CPU seconds of the PostgreSQL server while the workers ran; seconds the workers spent linking, summed. */
  serverCpuSeconds: number | null;
  linkSeconds: number;
}

/** Queue the corpus in a fresh database, then time `workers` processes draining it together. */
async function measureWorkers(files: string[], workers: number): Promise<WorkersMeasure> {
  const pg = await tempPostgres();
  try {
    const t0 = performance.now();
    const enqueue = await runCli(["ingest", "--enqueue", "--quiet", "--json", "--db", pg.url, ...files]);
    if (enqueue.code !== 0) throw new Error(`ingest --enqueue failed: ${enqueue.stderr.trim()}`);
    const enqueueSeconds = (performance.now() - t0) / 1000;
    const started = performance.now();
    const serverStart = processTreeCpuSeconds(pg.cluster.pid);
    const runs = await Promise.all(Array.from({ length: workers }, () => finished(spawnCli(["worker", "--db", pg.url, "--json"]))));
    const seconds = (performance.now() - started) / 1000;
    const serverEnd = processTreeCpuSeconds(pg.cluster.pid);
    const linkSeconds = runs.reduce((n, r) => n + ((JSON.parse(r.stdout || "{}") as { linkSeconds?: number }).linkSeconds ?? 0), 0);
    const docs = await pg.store.countDocuments();
    let inputBytes = 0;
    for await (const d of pg.store.iterateDocuments()) inputBytes += d.size;
    return {
      workers,
      pages: files.length,
      docs,
      inputMb: inputBytes / MB,
      enqueueSeconds,
      seconds,
      failedWorkers: runs.filter((r) => r.code !== 0).length,
      serverCpuSeconds: serverStart !== null && serverEnd !== null ? serverEnd - serverStart : null,
      linkSeconds,
    };
  } finally {
    await pg.dispose();
  }
}

export const workersSection: Section = {
  id: "workers",
  title: "PostgreSQL's job queue drained by 1 and N `dossier worker` processes, trafilatura-eval",
  cases: (opts) => workerCounts(opts.machine.cores).map(String),
  compared: (opts) => workerCounts(opts.machine.cores).map(String),
  async runCase(id, opts) {
    return measureWorkers(await corpus.files(opts.quick), Number(id));
  },
  tables(results, opts): Table[] {
    const base = results["1"] as WorkersMeasure | undefined;
    const rows = workerCounts(opts.machine.cores).flatMap((n) => {
      const r = results[String(n)] as WorkersMeasure | undefined;
      if (!r) return [];
      const speedup = base ? base.seconds / r.seconds : null;
      return [
        {
          workers: n,
          docs: r.docs,
          mb: r.inputMb,
          seconds: r.seconds,
          range: secondsRange(r),
          ...rates(r.docs, r.inputMb * MB, r.seconds),
          speedup,
          efficiency: speedup === null ? null : speedup / n,
          linkSeconds: r.linkSeconds,
          serverMsPerDoc: r.serverCpuSeconds !== null && r.docs ? (1000 * r.serverCpuSeconds) / r.docs : null,
          failed: r.failedWorkers,
        },
      ];
    });
    return [
      {
        title: `dossier worker × N over ${corpus.title}${opts.quick ? ", quick sample" : ""}, ${opts.machine.cores} cores`,
        columns: [
          { key: "workers", title: "workers" },
          ...runColumns,
          { key: "range", title: "runs wall s" },
          { key: "speedup", title: "speed-up", digits: 2 },
          { key: "efficiency", title: "speed-up / N", digits: 2 },
          { key: "linkSeconds", title: "linking s", digits: 1 },
          { key: "serverMsPerDoc", title: "server CPU ms/doc", digits: 2 },
          { key: "failed", title: "workers failed" },
        ],
        rows,
        notes: [
          "each worker a separate process with one pipeline thread, cold start included; the pages queued beforehand",
          ...roundsNote(opts),
          "linking: the link stage the workers ran on the shared store (one at a time), inside the wall time",
          `the PostgreSQL server runs on the same ${availableParallelism()} cores as the workers`,
        ],
      },
    ];
  },
};
