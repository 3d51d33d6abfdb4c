import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedPath } from "../../core/paths.js";
import { run } from "../main.js";
import { bufferIo } from "../test-io.js";
import { serveUntil } from "./serve.js";

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
