// Section "queries": what an analyst waits for on a large store — the first page of the timeline (whole, by side,
// from a date), statements by one speaker, full-text search — p50 and p95 over repeated runs, on SQLite and on
// PostgreSQL, at a million statements (a hundred thousand with --quick). The store is grown from the seeds
// (bench-synth.ts); the SQLite one is kept under out/bench-cache/ and reused, the PostgreSQL one is built anew
// on a throwaway server each time (its build time is reported).
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Ctx } from "../src/core/doc.js";
import { loadPack } from "../src/core/pack.js";
import { projectPath } from "../src/core/paths.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import type { PostgresStore } from "../src/store/postgres/postgres-store.js";
import { timeline } from "../src/views/timeline.js";
import { MB, quantile, type CaseResult, type Section, type Table } from "./bench-kit.js";
import { growStore } from "./bench-synth.js";
import { tempPostgres } from "./bench-stores.js";

// Statements in the store: the brief's figure, and a tenth of it for a quick run.
const TARGET = 1_000_000;
const QUICK_TARGET = 100_000;
// Timed runs per query after one untimed run: enough for a stable p95.
const RUNS = 40;
// Entries an analyst's first screen shows, and the documents shown under each (the CLI, the pages and the brief read
// a few and count the rest).
const PAGE = 50;
const VIEW = { sourceLimit: 10 };

interface Query {
  name: string;
  run(store: Store, ctx: Ctx): Promise<number>;
}

async function firstEntries(entries: AsyncGenerator<unknown>, n: number): Promise<number> {
  let count = 0;
  for await (const _ of entries) if (++count >= n) break;
  await entries.return(undefined);
  return count;
}

const queries: Query[] = [
  { name: "timeline: first 50 entries", run: (s, c) => firstEntries(timeline(s, c.pack, {}, VIEW), PAGE) },
  { name: "timeline: side RU, first 50", run: (s, c) => firstEntries(timeline(s, c.pack, { side: "RU" }, VIEW), PAGE) },
  { name: "timeline: from 2012-06, first 50", run: (s, c) => firstEntries(timeline(s, c.pack, { from: "2012-06" }, VIEW), PAGE) },
  { name: "timeline: closed stance, first 50", run: (s, c) => firstEntries(timeline(s, c.pack, { stance: "closed" }, VIEW), PAGE) },
  { name: "statements by speaker (Peskov), 100", run: async (s) => (await s.listStatements({ speakers: ["pack:RU-PESKOV"], limit: 100 })).rows.length },
  {
    name: "statements by speaker in 2015, 100",
    run: async (s) => (await s.listStatements({ speakers: ["pack:RU-ZAKHAROVA"], from: "2015", to: "2015", limit: 100 })).rows.length,
  },
  // every document holds these words, two in five hold the name, one in five the phrase: ranked within the window
  { name: "search 'peace treaty', top 20", run: async (s) => (await s.search("peace treaty", { limit: 20 })).hits.length },
  { name: "search 'Nozdrev', top 20", run: async (s) => (await s.search("Nozdrev", { limit: 20 })).hits.length },
  { name: "search '\"remains closed\"', top 20", run: async (s) => (await s.search('"remains closed"', { limit: 20 })).hits.length },
  // the search page's and the timeline's words filter: one statement in twenty says these words, none says the other
  { name: "statements with 'remains closed', 20", run: async (s) => (await s.listStatements({ text: "remains closed", limit: 20 })).rows.length },
  { name: "statements with 'Vladivostok' (none), 20", run: async (s) => (await s.listStatements({ text: "Vladivostok", limit: 20 })).rows.length },
];


interface QueryMeasure extends CaseResult {
  statements: number;
  documents: number;
  /** The store's size on disk, indexes included, in MB. */
  sizeMb: number | null;
  buildSeconds: number;
  rows: { query: string; found: number; p50: number; p95: number }[];
}

async function measure(store: Store, ctx: Ctx, buildSeconds: number, sizeMb: () => Promise<number | null>): Promise<QueryMeasure> {
  const rows = [];
  for (const q of queries) {
    const found = await q.run(store, ctx);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await q.run(store, ctx);
      times.push(performance.now() - t);
    }
    rows.push({ query: q.name, found, p50: quantile(times, 0.5), p95: quantile(times, 0.95) });
  }
  return { statements: await store.countStatements(), documents: await store.countDocuments(), sizeMb: await sizeMb(), buildSeconds, rows };
}

const progress = (target: number) => {
  let shown = 0;
  return (n: number): void => {
    if (n - shown < target / 20 && n < target) return;
    shown = n;
    process.stderr.write(`  ${n.toLocaleString("en-US")} of ${target.toLocaleString("en-US")} statements\n`);
  };
};

export const queriesSection: Section = {
  id: "queries",
  title: "Query latency at a million statements: timeline, statements by speaker, search (SQLite and PostgreSQL)",
  cases: () => ["sqlite", "postgres"],
  async runCase(id, opts) {
    const ctx: Ctx = { pack: loadPack() };
    const target = opts.quick ? QUICK_TARGET : TARGET;
    if (id === "sqlite") {
      const path = projectPath("out", "bench-cache", `queries-${target}.db`);
      mkdirSync(dirname(path), { recursive: true });
      const fresh = !existsSync(path);
      const store = new SqliteStore(path);
      try {
        const t = performance.now();
        await growStore(store, ctx, target, { progress: progress(target) });
        // a store already built is reused; its build time is then unknown here
        const size = async (): Promise<number> => [path, `${path}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0) / MB;
        return await measure(store, ctx, fresh ? (performance.now() - t) / 1000 : NaN, size);
      } finally {
        await store.close();
      }
    }
    const pg = await tempPostgres();
    try {
      const t = performance.now();
      await growStore(pg.store, ctx, target, { concurrency: 8, progress: progress(target) });
      const pool = (pg.store as PostgresStore).pool;
      // fresh statistics and visibility maps (index-only scans count without reading the table), as autovacuum
      // would have them on a server that grew this store over weeks
      await pool.query("VACUUM (ANALYZE)");
      const size = async (): Promise<number> => Number((await pool.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n) / MB;
      return await measure(pg.store, ctx, (performance.now() - t) / 1000, size);
    } finally {
      await pg.dispose();
    }
  },
  tables(results): Table[] {
    const sqlite = results.sqlite as QueryMeasure | undefined;
    const postgres = results.postgres as QueryMeasure | undefined;
    const any = sqlite ?? postgres;
    if (!any) return [];
    const rows = any.rows.map((r, i) => ({
      query: r.query,
      found: r.found,
      sqliteP50: sqlite?.rows[i]?.p50 ?? null,
      sqliteP95: sqlite?.rows[i]?.p95 ?? null,
      pgP50: postgres?.rows[i]?.p50 ?? null,
      pgP95: postgres?.rows[i]?.p95 ?? null,
    }));
    const size = (m: QueryMeasure | undefined, name: string): string =>
      m
        ? `${name}: ${m.statements.toLocaleString("en-US")} statements in ${m.documents.toLocaleString("en-US")} documents` +
          (m.sizeMb !== null ? `, ${Math.round(m.sizeMb).toLocaleString("en-US")} MB on disk` : "") +
          (Number.isFinite(m.buildSeconds) ? `, built in ${m.buildSeconds.toFixed(0)} s` : ", built by an earlier run")
        : `${name}: not measured`;
    return [
      {
        title: "Query latency, ms",
        columns: [
          { key: "query", title: "query" },
          { key: "found", title: "rows" },
          { key: "sqliteP50", title: "SQLite p50", digits: 1 },
          { key: "sqliteP95", title: "SQLite p95", digits: 1 },
          { key: "pgP50", title: "PostgreSQL p50", digits: 1 },
          { key: "pgP95", title: "PostgreSQL p95", digits: 1 },
        ],
        rows,
        notes: [
          size(sqlite, "SQLite"),
          size(postgres, "PostgreSQL"),
          `${RUNS} timed runs per query after one untimed; in-process through the Store, as the CLI and the API call it`,
        ],
      },
    ];
  },
};
