// Sections "html" and "text": every stage of ingest timed on real pages, one corpus per case, one thread,
// into a fresh SQLite store. MB/s is always megabytes of page input (HTML source or plain text, its bytes as read) per
// second spent, so the stages' rates add up like their times: 1/total = Σ 1/stage.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Ctx } from "../src/core/doc.js";
import { loadPack } from "../src/core/pack.js";
import { sharedPath } from "../src/core/paths.js";
import { ingestItems } from "../src/pipeline/ingest.js";
import { processPage, stages, wallClock } from "../src/pipeline/process.js";
import { readInputs } from "../src/read/index.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { countingStore, cpuClock, MB, peakRssMb, rateColumns, rates, threadClock, timedRead, type BenchOptions, type CaseResult, type Column, type Section, type Stored, type Table } from "./bench-kit.js";
import { htmlCorpora, textCorpus, type Corpus } from "./bench-corpora.js";

/** The rows of a per-stage table: read, the pipeline's stages in order, store. */
export const STAGES = ["read", ...stages.map(([name]) => name), "store"];

export interface IngestMeasure extends CaseResult {
  files: number;
  docs: number;
  inputBytes: number;
  failed: number;
  unchanged: number;
  /** Wall time of the whole ingest. */
  seconds: number;
  /** CPU time of the process over the whole ingest (all threads). */
  cpuSeconds: number;
  /** Milliseconds per stage: the main thread's CPU time with one job; with more, wall time (the workers' own, summed). */
  stageMs: Record<string, number>;
  clock: "thread" | "wall";
  jobs: number;
  /** CPU seconds of the database server's own processes over the ingest, where it has them. */
  serverCpuSeconds?: number;
}

/** Loads the modules' lexicons and the pack index, so the first measured page does not pay for them. */
function warmUp(ctx: Ctx): void {
  const seed = sharedPath("seeds", "000_1cc511142c460caa.txt");
  const html = "<!doctype html><html><head><title>Warm-up</title></head><body><article><p>Warm-up.</p></article></body></html>";
  const page = { source: "warm-up", url: null, charset: null, crawledAt: null, given: {} };
  processPage({ ...page, kind: "text", body: readFileSync(seed) }, ctx);
  processPage({ ...page, kind: "html", body: Buffer.from(html) }, ctx);
}

/** A fresh, empty store for one measurement, and how to get rid of it. */
export interface BenchStore {
  store: Store;
  dispose(): Promise<void>;
  /** CPU seconds the database server has spent so far, when it runs in processes of its own. */
  serverCpu?(): number | null;
}

/** A SQLite store in a temporary folder, removed afterwards. */
export function tempSqlite(): BenchStore {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-"));
  const store = new SqliteStore(join(dir, "bench.db"));
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ingests the files into a fresh store (SQLite unless `fresh` gives another) and times every stage. */
export async function measureIngest(files: string[], jobs: number, warm = true, fresh: () => Promise<BenchStore> = async () => tempSqlite()): Promise<IngestMeasure> {
  const { store, dispose, serverCpu } = await fresh();
  const serverStart = serverCpu?.() ?? null;
  const ctx: Ctx = { pack: loadPack() };
  if (warm) warmUp(ctx);
  const stageMs: Record<string, number> = {};
  const stored: Stored = { docs: 0, inputBytes: 0 };
  // Thread CPU time per stage is only meaningful when the stages run on this thread.
  const clock = jobs === 1 ? threadClock : wallClock;
  try {
    const cpuStart = cpuClock();
    const items = timedRead(readInputs(files), stageMs, clock);
    const summary = await ingestItems(items, countingStore(store, stored), ctx, undefined, { jobs, timings: stageMs, clock });
    return {
      files: files.length,
      docs: stored.docs,
      inputBytes: stored.inputBytes,
      failed: summary.failed,
      unchanged: summary.unchanged,
      seconds: summary.seconds,
      cpuSeconds: (cpuClock() - cpuStart) / 1000,
      stageMs,
      clock: jobs === 1 ? "thread" : "wall",
      jobs,
      peakRssMb: peakRssMb(),
      ...(serverStart !== null ? { serverCpuSeconds: (serverCpu?.() ?? serverStart) - serverStart } : {}),
    };
  } finally {
    await dispose();
  }
}

const stageColumns: Column[] = [
  { key: "stage", title: "stage" },
  { key: "seconds", title: "CPU s", digits: 2 },
  { key: "share", title: "share %", digits: 1 },
  { key: "docsPerSec", title: "docs/s", digits: 1 },
  { key: "mbPerSec", title: "MB/s", digits: 2 },
];

const sum = (results: IngestMeasure[], f: (r: IngestMeasure) => number): number => results.reduce((n, r) => n + f(r), 0);

/**
 * Per-stage rows over all cases together (the main thread's CPU time, so the rates are per core), then "other"
 * (the garbage collector's helper threads, hashing, bookkeeping), end to end in CPU time of all threads, and end to
 * end in wall time (which also counts waiting for the disk, and for the cores on a busy machine).
 */
export function stageTable(title: string, results: IngestMeasure[], notes: string[] = []): Table {
  const docs = sum(results, (r) => r.docs);
  const bytes = sum(results, (r) => r.inputBytes);
  const cpu = sum(results, (r) => r.cpuSeconds);
  const row = (stage: string, seconds: number) => ({ stage, seconds, share: cpu > 0 ? (100 * seconds) / cpu : null, ...rates(docs, bytes, seconds) });
  const rows = STAGES.map((s) => row(s, sum(results, (r) => r.stageMs[s] ?? 0) / 1000));
  const accounted = rows.reduce((n, r) => n + r.seconds, 0);
  rows.push(row("other (GC threads, hashing, …)", Math.max(0, cpu - accounted)));
  rows.push(row("end to end, CPU", cpu));
  const wall = sum(results, (r) => r.seconds);
  rows.push({ stage: "end to end, wall", seconds: wall, share: null, ...rates(docs, bytes, wall) });
  return { title, columns: stageColumns, rows, notes: [`${docs} documents, ${(bytes / MB).toFixed(1)} MB of pages`, ...notes] };
}

/** One row per case: size, end-to-end rates (CPU and wall), peak RSS, and each stage's MB/s per core. */
export function corpusTable(title: string, corpora: Corpus[], results: Record<string, CaseResult>): Table {
  const columns: Column[] = [
    { key: "corpus", title: "corpus" },
    { key: "docs", title: "docs" },
    { key: "failed", title: "failed" },
    { key: "mb", title: "MB", digits: 1 },
    ...rateColumns,
    { key: "wallMbPerSec", title: "wall MB/s", digits: 2 },
    { key: "peakRssMb", title: "peak RSS MB" },
    ...STAGES.map((s) => ({ key: s, title: s, digits: 1 })),
  ];
  const rows = corpora.flatMap((c) => {
    const r = results[c.id] as IngestMeasure | undefined;
    if (!r) return [];
    const perStage = Object.fromEntries(STAGES.map((s) => [s, rates(r.docs, r.inputBytes, (r.stageMs[s] ?? 0) / 1000).mbPerSec]));
    const wallMbPerSec = rates(r.docs, r.inputBytes, r.seconds).mbPerSec;
    return [{ corpus: c.id, docs: r.docs, failed: r.failed, mb: r.inputBytes / MB, ...rates(r.docs, r.inputBytes, r.cpuSeconds), wallMbPerSec, peakRssMb: r.peakRssMb ?? null, ...perStage }];
  });
  return { title, columns, rows, notes: ["docs/s, MB/s and the stage columns (MB/s of that stage alone) per core, from CPU time"] };
}

const oneThread = "one thread, after a warm-up; store: SQLite in a temporary directory";

export const htmlSection: Section = {
  id: "html",
  title: "HTML input: per stage and end to end",
  cases: () => htmlCorpora.map((c) => c.id),
  async runCase(id, opts: BenchOptions) {
    const corpus = htmlCorpora.find((c) => c.id === id)!;
    return measureIngest(await corpus.files(opts.quick), 1);
  },
  tables(results, opts) {
    const all = htmlCorpora.map((c) => results[c.id]).filter((r): r is IngestMeasure => r !== undefined);
    return [
      stageTable("HTML input, all corpora together", all, [oneThread, ...(opts.quick ? ["quick: an even sample of each corpus"] : [])]),
      corpusTable("HTML input, per corpus", htmlCorpora, results),
    ];
  },
};

export const textSection: Section = {
  id: "text",
  title: "Text input: per stage and end to end",
  cases: () => [textCorpus.id],
  async runCase(_id, opts) {
    return measureIngest(await textCorpus.files(opts.quick), 1);
  },
  tables(results, opts) {
    const r = results[textCorpus.id] as IngestMeasure | undefined;
    if (!r) return [];
    const notes = [textCorpus.title, oneThread, `peak RSS ${Math.round(r.peakRssMb ?? 0)} MB`, ...(opts.quick ? ["quick: made from the HTML sample"] : [])];
    return [stageTable("Text input", [r], notes)];
  },
};
