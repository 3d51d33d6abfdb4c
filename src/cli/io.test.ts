import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectPath, sharedPath } from "../core/paths.js";
import { run } from "./main.js";
import { bufferIo } from "./test-io.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-io-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const seeded = (async () => {
  const db = join(dir, "s.db");
  assert.equal(await run(["ingest", sharedPath("seeds"), "--db", db, "--quiet"], bufferIo()), 0);
  return db;
})();

/** Runs the real CLI with its stdout's reading end closed before it writes a byte, as `| head` does early. */
function closedReader(argv: string[]): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [projectPath("bin", "dossier.js"), ...argv], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => (err += s));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, err }));
  });
}

for (const argv of [["statements"], ["export"], ["timeline"], ["docs", "--json"]]) {
  test(`dossier ${argv.join(" ")} into a pipe closed by its reader ends quietly with status 0`, async () => {
    const got = await closedReader([...argv, "--db", await seeded]);
    assert.deepEqual(got, { code: 0, signal: null, err: "" });
  });
}
