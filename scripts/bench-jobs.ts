// Section "jobs": `dossier ingest` over trafilatura-eval with one job (everything on the main thread) and with
// one worker thread per core (the main thread reads and stores in order). Cold runs, as an analyst starts them:
// each worker's start-up (modules, lexicons, pack index) is part of the time.
import { MB, rateColumns, rates, type CaseResult, type Section, type Table } from "./bench-kit.js";
import { htmlCorpora } from "./bench-corpora.js";
import { measureIngest, type IngestMeasure } from "./bench-pipeline.js";

const corpus = htmlCorpora.find((c) => c.id === "trafilatura-eval")!;

/** 1 and the core count (and 2 on a one-core machine, to show what threads cost there). */
const jobCounts = (cores: number): number[] => [...new Set([1, Math.max(2, cores)])];

export const jobsSection: Section = {
  id: "jobs",
  title: "Ingest with 1 and N jobs (worker threads), trafilatura-eval",
  cases: (opts) => jobCounts(opts.machine.cores).map(String),
  async runCase(id, opts) {
    return measureIngest(await corpus.files(opts.quick), Number(id), false);
  },
  tables(results: Record<string, CaseResult>, opts): Table[] {
    const base = results["1"] as IngestMeasure | undefined;
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
        notes: ["cold start, SQLite store; with N jobs the main thread reads and stores in input order while N workers process"],
      },
    ];
  },
};
