import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { run } from "../cli/main.js";
import { bufferIo } from "../cli/test-io.js";
import type { Pack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { readInputs } from "../read/index.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { ingestItems } from "./ingest.js";

// Worker threads must not change what is stored or reported: the same real input is ingested with one job and
// with two, and the stores are compared table by table.

const dir = mkdtempSync(join(tmpdir(), "dossier-jobs-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const zyte = sharedPath("data", "article-extraction-benchmark", "html");
const seed = sharedPath("seeds", "000_1cc511142c460caa.txt");
const inputs = [
  sharedPath("seeds"),
  // the same bytes under another name: stored once, reported unchanged
  relative(process.cwd(), seed),
  ...readdirSync(zyte).sort().slice(0, 24).map((f) => join(zyte, f)),
  sharedPath("data", "warc-samples", "resiliparse", "warcfile.warc.gz"),
  sharedPath("data", "warc-samples", "whirlwind", "whirlwind.warc.wet.gz"),
  // truncated on purpose: a read failure after the pages before it
  sharedPath("data", "warc-samples", "warcio", "example-trunc.warc"),
  // a gzip that breaks off inside its one record: the part read is stored with a warning, and the file fails
  sharedPath("data", "warc-samples", "resiliparse", "clipped.warc.gz"),
  join(dir, "missing.html"),
];

/** Every table of the store, rows in insertion order, without the ingest timestamps; not the full-text indexes
 * (virtual tables and their shadow tables), which are made from the tables by triggers. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
            AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')
          ORDER BY name`,
      )
      .all() as { name: string }[];
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[];
      out[name] = rows.map(({ ingested_at: _at, ...rest }) => rest);
    }
    return out;
  } finally {
    db.close();
  }
}

async function ingestWith(jobs: number): Promise<{ code: number; summary: Record<string, unknown>; tables: Record<string, unknown[]> }> {
  const db = join(dir, `jobs-${jobs}.db`);
  const io = bufferIo();
  const code = await run(["ingest", ...inputs, "--db", db, "--jobs", String(jobs), "--json"], io);
  const { seconds: _s, ...summary } = JSON.parse(io.out()) as Record<string, unknown>;
  return { code, summary, tables: dump(db) };
}

test("ingest --jobs 2 stores and reports exactly what --jobs 1 does, on real pages, WARC and WET", async () => {
  const one = await ingestWith(1);
  const two = await ingestWith(2);
  assert.equal(one.code, 1); // the truncated WARCs and the missing file
  assert.equal(two.code, one.code);
  assert.deepEqual(two.summary, one.summary);
  const counts = one.summary as { ingested: number; unchanged: number; failed: number; warned: number };
  assert.ok(counts.ingested >= 40, `ingested ${counts.ingested}`);
  assert.equal(counts.unchanged, 1);
  assert.equal(counts.failed, 3);
  assert.ok(counts.warned > 0, "some pages were stored with warnings (charsets refused, no text left)");
  const warnings = one.summary.warnings as { source: string; ruleId: string }[];
  assert.ok(warnings.some((w) => w.source.endsWith("clipped.warc.gz#1") && w.ruleId === "read/truncated"));
  assert.ok((one.tables.statements?.length ?? 0) > 0, "statements were extracted");
  for (const table of Object.keys(one.tables)) assert.deepEqual(two.tables[table], one.tables[table], `table ${table}`);
  assert.deepEqual(Object.keys(two.tables), Object.keys(one.tables));
});

test("a page that fails while processing in a worker is reported as it is in-process", async () => {
  // A pack without its lists makes extraction throw on every page: a programmer error, caught per page.
  const ctx = { pack: {} as Pack };
  const runWith = async (jobs: number) => {
    const store = new SqliteStore(join(dir, `broken-${jobs}.db`));
    try {
      const { seconds: _s, ...summary } = await ingestItems(readInputs([sharedPath("seeds")]), store, ctx, undefined, { jobs });
      return summary;
    } finally {
      await store.close();
    }
  };
  const one = await runWith(1);
  const two = await runWith(2);
  assert.equal(one.failed, 5);
  assert.match(one.failures[0]!.reason, /^internal error while processing: /);
  assert.deepEqual(two, one);
});

test("ingest --jobs takes a whole number of at least one", async () => {
  const io = bufferIo();
  assert.equal(await run(["ingest", seed, "--db", join(dir, "x.db"), "--jobs", "0"], io), 2);
  assert.match(io.err(), /--jobs must be a whole number/);
});
