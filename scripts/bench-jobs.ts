// Section "jobs": `dossier ingest` over trafilatura-eval with one job (everything on the main thread) and with
// one worker thread per core (the main thread reads and stores in order). Cold runs, as an analyst starts them:
// each worker's start-up (modules, lexicons, pack index) is part of the time. Case "ceiling" measures what N threads
// can gain on this machine at all: a loop that allocates like a DOM parse, on one thread and on N at once.
import { Worker } from "node:worker_threads";
import { MB, rateColumns, rates, type CaseResult, type Section, type Table } from "./bench-kit.js";
import { htmlCorpora } from "./bench-corpora.js";
import { measureIngest, type IngestMeasure } from "./bench-pipeline.js";

const corpus = htmlCorpora.find((c) => c.id === "trafilatura-eval")!;

/** 1 and the core count (and 2 on a one-core machine, to show what threads cost there). */
const jobCounts = (cores: number): number[] => [...new Set([1, Math.max(2, cores)])];

// Small objects and short strings, kept a while and dropped: the allocation pattern of parsing pages.
const LOOP = `const { parentPort } = require("node:worker_threads");
let kept = [];
for (let i = 0; i < 2e7; i++) {
  kept.push({ i, s: "w" + (i % 1000) });
  if (kept.length > 1e5) kept = [];
}
parentPort.postMessage(kept.length);`;

/** Seconds for `threads` threads each running the loop once, all at the same time. */
async function loopSeconds(threads: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(LOOP, { eval: true }).once("message", resolve).once("error", reject))),
  );
  return (performance.now() - started) / 1000;
}

interface Ceiling extends CaseResult {
  threads: number;
  /** Work per second on `threads` threads at once, as a multiple of one thread's. */
  speedup: number;
}

export const jobsSection: Section = {
  id: "jobs",
  title: "Ingest with 1 and N jobs (worker threads), trafilatura-eval",
  cases: (opts) => [...jobCounts(opts.machine.cores).map(String), "ceiling"],
  async runCase(id, opts) {
    if (id === "ceiling") {
      const threads = Math.max(2, opts.machine.cores);
      const one = await loopSeconds(1);
      return { threads, speedup: (threads * one) / (await loopSeconds(threads)) } satisfies Ceiling;
    }
    return measureIngest(await corpus.files(opts.quick), Number(id), false);
  },
  tables(results: Record<string, CaseResult>, opts): Table[] {
    const base = results["1"] as IngestMeasure | undefined;
    const ceiling = results.ceiling as Ceiling | undefined;
    const rows = jobCounts(opts.machine.cores).flatMap((jobs) => {
      const r = results[String(jobs)] as IngestMeasure | undefined;
      if (!r) return [];
      return [
        {
          jobs,
          docs: r.docs,
          failed: r.failed,
          mb: r.inputBytes / MB,
          seconds: r.seconds,
          ...rates(r.docs, r.inputBytes, r.seconds),
          speedup: base ? base.seconds / r.seconds : null,
          cpuSeconds: r.cpuSeconds,
          peakRssMb: r.peakRssMb ?? null,
        },
      ];
    });
    return [
      {
        title: `dossier ingest ${corpus.title}${opts.quick ? ", quick sample" : ""}, ${opts.machine.cores} cores`,
        columns: [
          { key: "jobs", title: "jobs" },
          { key: "docs", title: "docs" },
          { key: "failed", title: "failed" },
          { key: "mb", title: "MB", digits: 1 },
          { key: "seconds", title: "seconds", digits: 1 },
          ...rateColumns,
          { key: "speedup", title: "speed-up", digits: 2 },
          { key: "cpuSeconds", title: "CPU s (all threads)", digits: 1 },
          { key: "peakRssMb", title: "peak RSS MB" },
        ],
        rows,
        notes: [
          "cold start, SQLite store; with N jobs the main thread reads and stores in input order while N workers process",
          ...(ceiling
            ? [`this machine's ceiling: a loop allocating like a page parse does ${ceiling.speedup.toFixed(2)}× the work on ${ceiling.threads} threads at once as on one`]
            : []),
        ],
      },
    ];
  },
};
