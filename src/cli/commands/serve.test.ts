import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { sharedPath } from "../../core/paths.js";
import { run } from "../main.js";
import { bufferIo } from "../test-io.js";
import { serveUntil } from "./serve.js";
import { writeOldStore } from "../../store/sqlite/old-store.js";

const tmp = () => mkdtempSync(join(tmpdir(), "dossier-serve-cli-"));

test("serve listens on loopback, answers, and stops cleanly", async () => {
  const db = join(tmp(), "s.db");
  assert.equal(await run(["ingest", sharedPath("seeds"), "--db", db, "-q"], bufferIo()), 0);
  const io = bufferIo();
  let stop!: () => void;
  const stopped = new Promise<void>((r) => (stop = r));
  const serving = serveUntil({ values: { db, port: "0" }, positionals: [] }, io, stopped);
  let url: string | undefined;
  for (let i = 0; i < 100 && !url; i++) {
    await new Promise((r) => setTimeout(r, 20));
    url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(io.out())?.[1];
  }
  assert.ok(url, io.out() + io.err());
  const res = await fetch(new URL("api/documents", url));
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { rows: unknown[] }).rows.length, 5);
  stop();
  assert.equal(await serving, 0);
  await assert.rejects(fetch(url), "the port is closed after stopping");
});

test("serve: bad port, bad host, arguments and a missing store are usage errors", async () => {
  const db = join(tmp(), "none.db");
  for (const argv of [["--port", "99999"], ["--port", "http"], ["--host", "example.com"], ["extra"]]) {
    const io = bufferIo();
    assert.equal(await run(["serve", "--db", db, ...argv], io), 2, argv.join(" "));
    assert.match(io.err(), /usage: dossier serve/);
  }
  const io = bufferIo();
  assert.equal(await run(["serve", "--db", db, "--port", "0"], io), 2);
  assert.match(io.err(), /no store at/);
});

/**
 * What a SQLite store holds on disk: the database file byte for byte, and how much its write-ahead log holds. (A
 * reader of a WAL database maps the -shm index, which SQLite may create; it holds no data.)
 */
const onDisk = (db: string): string =>
  `${createHash("sha256").update(readFileSync(db)).digest("hex")} wal:${existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0}`;

test("serve only reads: answering pages and API changes nothing on disk", async () => {
  const db = join(tmp(), "s.db");
  assert.equal(await run(["ingest", sharedPath("seeds"), "--db", db, "-q"], bufferIo()), 0);
  const before = onDisk(db);
  const io = bufferIo();
  let stop!: () => void;
  const serving = serveUntil({ values: { db, port: "0" }, positionals: [] }, io, new Promise<void>((r) => (stop = r)));
  let url: string | undefined;
  for (let i = 0; i < 200 && !url; i++) {
    await new Promise((r) => setTimeout(r, 20));
    url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(io.out())?.[1];
  }
  assert.ok(url, io.out() + io.err());
  for (const path of ["", "timeline", "api/statements", "api/shifts", "search?q=peace"]) assert.equal((await fetch(new URL(path, url))).status, 200, path);
  assert.equal((await fetch(new URL("api/statements", url), { method: "POST" })).status, 405);
  stop();
  assert.equal(await serving, 0);
  assert.equal(onDisk(db), before);
});

test("serve refuses a store an older dossier wrote, says what to run, and leaves it as it was", async () => {
  const db = join(tmp(), "old.db");
  writeOldStore(db, 3);
  const io = bufferIo();
  assert.equal(await run(["serve", "--db", db, "--port", "0"], io), 1);
  assert.match(io.err(), new RegExp(`schema version 3 .*run an ingest on it first \\(dossier ingest FILES --db ${db} migrates it\\)`));
  const after = new Database(db, { readonly: true });
  assert.equal(after.pragma("user_version", { simple: true }), 3);
  after.close();
});
