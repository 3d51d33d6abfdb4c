// The shapes every bench section shares, and the measuring helpers they use.
//
// A section is a list of cases; bench.ts runs each case in a fresh child process (so its peak RSS is its own),
// collects the cases' JSON results and asks the section to turn them into tables. To add a section, write
// scripts/bench-<name>.ts exporting a `Section` and list it in scripts/bench-sections.ts.
import { execFileSync } from "node:child_process";
import { openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import type { Doc } from "../src/core/doc.js";
import type { ReadItem } from "../src/core/types.js";
import { wallClock, type Clock } from "../src/pipeline/process.js";
import type { PutResult, Store } from "../src/store/store.js";

export interface BenchOptions {
  /** A small sample of every corpus: a minute instead of many. */
  quick: boolean;
  machine: Machine;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  platform: string;
  commit: string;
}

/**
 * What a case measured, as JSON; the harness adds `peakRssMb` (the child process's maximum resident set) and, for a
 * case run in rounds, `roundSeconds` (every run's seconds, in the order run).
 */
export type CaseResult = Record<string, unknown> & { peakRssMb?: number; roundSeconds?: number[] };

/** How many times the compared cases (1 and N jobs, 1 and N workers) run: one run can swing by a fifth here. */
export const COMPARED_ROUNDS = 3;

/** How many times a compared case runs. */
export const comparedRounds = (opts: BenchOptions): number => (opts.quick ? 1 : COMPARED_ROUNDS);

/** The note under a table of compared cases: how its figures were taken (none for a single run). */
export const roundsNote = (opts: BenchOptions): string[] =>
  comparedRounds(opts) > 1 ? [`each run ${comparedRounds(opts)} times, taking turns; the median run is shown, and the fastest and slowest`] : [];

/** The run of median `seconds` (the slower middle one of an even count), with every run's seconds attached. */
export function medianRun(runs: CaseResult[]): CaseResult {
  const seconds = runs.map((r) => Number(r.seconds));
  const sorted = [...runs].sort((a, b) => Number(a.seconds) - Number(b.seconds));
  return { ...sorted[Math.floor(sorted.length / 2)]!, roundSeconds: seconds };
}

/** "36.4–40.1" for a case run in rounds: the fastest and slowest of its runs; null for a single run. */
export function secondsRange(r: CaseResult): string | null {
  const s = r.roundSeconds;
  if (!s || s.length < 2) return null;
  return `${Math.min(...s).toFixed(1)}–${Math.max(...s).toFixed(1)}`;
}

export interface Column {
  key: string;
  title: string;
  /** Decimals for numbers (default 0). */
  digits?: number;
}

export type Cell = string | number | null;

export interface Table {
  title: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  notes?: string[];
}

export interface SectionResult {
  id: string;
  title: string;
  tables: Table[];
  /** The cases' raw results, for the JSON output. */
  cases: Record<string, CaseResult>;
}

export interface Section {
  id: string;
  title: string;
  /** Case ids, each run in its own process, in this order. */
  cases(opts: BenchOptions): string[];
  /**
   * Cases compared with each other (1 and N jobs): each runs COMPARED_ROUNDS times (once with --quick), the cases
   * taking turns, so that the machine's speed drifting during the bench falls on all of them alike. The run of
   * median `seconds` is reported.
   */
  compared?(opts: BenchOptions): string[];
  runCase(id: string, opts: BenchOptions): Promise<CaseResult>;
  tables(results: Record<string, CaseResult>, opts: BenchOptions): Table[];
}

export function machine(): Machine {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    if (dirty.trim()) commit += " (with uncommitted changes)";
  } catch {
    // not a git checkout: the figures still stand, only unattributed
  }
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit,
  };
}

export const MB = 1e6;

/** Peak resident set of this process so far, in MB (worker threads included: they share the process). */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * CPU milliseconds of this process (all its threads: V8's garbage collector helpers and the gunzip thread pool
 * included). On a busy machine wall time also counts the time other processes held the cores; CPU time does not,
 * so a stage's CPU time is what it costs one core.
 */
export const cpuClock: Clock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * CPU milliseconds of the calling thread alone, where the system tells (Linux: /proc/thread-self/schedstat, in
 * nanoseconds); elsewhere the process's. A stage timed with it is charged for its own work only, not for what the
 * garbage collector's helper threads or the thread pool do meanwhile.
 */
export const threadClock: Clock = (() => {
  try {
    const fd = openSync("/proc/thread-self/schedstat", "r");
    const buf = Buffer.alloc(64);
    return () => Number(buf.toString("latin1", 0, readSync(fd, buf, 0, buf.length, 0)).split(" ", 1)[0]) / 1e6;
  } catch {
    return cpuClock;
  }
})();

/** Items of a reader, with the time spent waiting for each (reading, gunzip, container parsing) added to `into.read`. */
export async function* timedRead(items: AsyncIterable<ReadItem>, into: Record<string, number>, clock: Clock = wallClock): AsyncGenerator<ReadItem> {
  const it = items[Symbol.asyncIterator]();
  for (;;) {
    const started = clock();
    const next = await it.next();
    into.read = (into.read ?? 0) + clock() - started;
    if (next.done) return;
    yield next.value;
  }
}

/** What reached the store: documents and the size of their pages as read (the MB in every MB/s). */
export interface Stored {
  docs: number;
  inputBytes: number;
}

/** The store, counting each document it stores and its page's bytes (worker threads keep the decoded text). */
export function countingStore(store: Store, into: Stored): Store {
  const count = (doc: Doc, result: PutResult): void => {
    if (result !== "inserted") return;
    into.docs++;
    into.inputBytes += doc.size;
  };
  return new Proxy(store, {
    get(target, key) {
      if (key === "putDocument") {
        return async (doc: Doc) => {
          const result = await target.putDocument(doc);
          count(doc, result);
          return result;
        };
      }
      if (key === "putDocuments") {
        return async (docs: Doc[]) => {
          const results = await target.putDocuments(docs);
          docs.forEach((doc, i) => count(doc, results[i]!));
          return results;
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Docs/s and MB/s of `seconds` spent on `docs` documents of `bytes` decoded input; null without time. */
export function rates(docs: number, bytes: number, seconds: number): { docsPerSec: number | null; mbPerSec: number | null } {
  return seconds > 0 ? { docsPerSec: docs / seconds, mbPerSec: bytes / MB / seconds } : { docsPerSec: null, mbPerSec: null };
}

/** The columns of `rates()`. */
export const rateColumns: Column[] = [
  { key: "docsPerSec", title: "docs/s", digits: 1 },
  { key: "mbPerSec", title: "MB/s", digits: 2 },
];

/** A run's volume, wall time and rates: docs, MB, wall s, docs/s, MB/s. */
export const runColumns: Column[] = [
  { key: "docs", title: "docs" },
  { key: "mb", title: "MB", digits: 1 },
  { key: "seconds", title: "wall s", digits: 1 },
  ...rateColumns,
];

/** The q-quantile of a sample (nearest rank): quantile(xs, 0.95) is the p95. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

let ticksPerSecond: number | undefined;

/**
 * CPU seconds of a process and its children (live ones, and those it has waited for), from /proc: what a PostgreSQL
 * server and its backends spent. Null where there is no /proc.
 */
export function processTreeCpuSeconds(pid: number): number | null {
  try {
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    // fields after the command (which may hold spaces): state ppid … utime(14) stime(15) cutime(16) cstime(17)
    const fields = (stat: string): string[] => stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const own = fields(readFileSync(`/proc/${pid}/stat`, "utf8"));
    let ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(own[i]), 0);
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const f = fields(readFileSync(`/proc/${entry}/stat`, "utf8"));
        if (Number(f[1]) === pid) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        // the process ended while we looked
      }
    }
    return ticks / ticksPerSecond;
  } catch {
    return null;
  }
}
