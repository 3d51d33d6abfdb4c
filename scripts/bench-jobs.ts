// Section "jobs": `dossier ingest` over trafilatura-eval with one job (everything on the main thread) and with
// one worker thread per core (the main thread reads and stores in order). Cold runs, as an analyst starts them:
// each worker's start-up (modules, lexicons, pack index) is part of the time. Case "ceiling" measures what N threads,
// and N processes, can gain on this machine at all: a loop that allocates like a page parse, once and N times at once.
import { spawn } from "node:child_process";
import { Worker } from "node:worker_threads";
import { MB, rateColumns, rates, roundsNote, secondsRange, type CaseResult, type Section, type Table } from "./bench-kit.js";
import { htmlCorpora } from "./bench-corpora.js";
import { measureIngest, type IngestMeasure } from "./bench-pipeline.js";

const corpus = htmlCorpora.find((c) => c.id === "trafilatura-eval")!;

/** 1 and the core count (and 2 on a one-core machine, to show what threads cost there). */
const jobCounts = (cores: number): number[] => [...new Set([1, Math.max(2, cores)])];

// Small objects and short strings, kept a while and dropped: the allocation pattern of parsing pages.
const LOOP = `let kept = [];
for (let i = 0; i < 2e7; i++) {
  kept.push({ i, s: "w" + (i % 1000) });
  if (kept.length > 1e5) kept = [];
}`;

// Each figure is the best of this many runs: one run is at the mercy of whatever else the machine does.
const LOOP_RUNS = 3;

type Runner = "threads" | "processes";

/** Runs the loop once in a worker thread or a child process. */
const loop = (runner: Runner): Promise<void> =>
  new Promise((resolve, reject) => {
    const done = (code: number | null): void => (code === 0 ? resolve() : reject(new Error(`the loop exited with ${code}`)));
    if (runner === "threads") new Worker(LOOP, { eval: true }).once("exit", done).once("error", reject);
    else spawn(process.execPath, ["-e", LOOP], { stdio: "ignore" }).once("exit", done).once("error", reject);
  });

/** Seconds for `n` loops at the same time; the best of LOOP_RUNS. */
async function loopSeconds(runner: Runner, n: number): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < LOOP_RUNS; run++) {
    const started = performance.now();
    await Promise.all(Array.from({ length: n }, () => loop(runner)));
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

interface Ceiling extends CaseResult {
  n: number;
  /** Work per second of n loops at once, as a multiple of one loop's: in n threads of one process, in n processes. */
  threads: number;
  processes: number;
}

export const jobsSection: Section = {
  id: "jobs",
  title: "Ingest with 1 and N jobs (worker threads), trafilatura-eval",
  cases: (opts) => [...jobCounts(opts.machine.cores).map(String), "ceiling"],
  compared: (opts) => jobCounts(opts.machine.cores).map(String),
  async runCase(id, opts) {
    if (id === "ceiling") {
      const n = Math.max(2, opts.machine.cores);
      const speedup = async (runner: Runner): Promise<number> => (n * (await loopSeconds(runner, 1))) / (await loopSeconds(runner, n));
      return { n, threads: await speedup("threads"), processes: await speedup("processes") } satisfies Ceiling;
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
          range: secondsRange(r),
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
          { key: "range", title: "runs s" },
          ...rateColumns,
          { key: "speedup", title: "speed-up", digits: 2 },
          { key: "cpuSeconds", title: "CPU s (all threads)", digits: 1 },
          { key: "peakRssMb", title: "peak RSS MB" },
        ],
        rows,
        notes: [
          "cold start, SQLite store; with N jobs the main thread reads and stores in input order while N workers process",
          ...roundsNote(opts),
          ...(ceiling
            ? [
                `this machine's ceiling: a loop allocating like a page parse does ${ceiling.threads.toFixed(2)}× the work in ${ceiling.n} threads ` +
                  `of one process as in one thread, and ${ceiling.processes.toFixed(2)}× in ${ceiling.n} processes`,
              ]
            : []),
        ],
      },
    ];
  },
};
