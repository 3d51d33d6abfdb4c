// The throwaway server: found, started, and gone afterwards, also when its owner is killed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { serverBinaries } from "./cluster-host.js";
import { startCluster } from "./cluster.js";

const accepts = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
};

test("cluster: without PostgreSQL's server programs the error says what to install", () => {
  assert.throws(() => serverBinaries(["/nonexistent/bin"]), /initdb, postgres.*apt-get install postgresql-15/);
});

test("cluster: starts its own server, makes databases, and leaves nothing behind when stopped", async (t) => {
  const cluster = await startCluster();
  t.diagnostic(`started in ${cluster.startMs.toFixed(0)} ms`);
  const a = await cluster.createDatabase();
  const b = await cluster.createDatabase();
  assert.notEqual(a, b);
  assert.ok(await accepts(a));
  await cluster.stop();
  assert.equal(existsSync(cluster.dir), false);
  assert.equal(await accepts(a), false);
});

test("cluster: a process killed with SIGKILL does not leave its server running", { timeout: 60_000 }, async () => {
  const module = new URL("./cluster.js", import.meta.url).href;
  const owner = spawn(
    process.execPath,
    ["--input-type=module", "-e", `const c = await (await import(${JSON.stringify(module)})).startCluster(); console.log(JSON.stringify({ url: c.url(), dir: c.dir })); setInterval(() => {}, 1000);`],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    owner.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (out.includes("\n")) resolve(out.split("\n")[0]!);
    });
    owner.once("exit", () => reject(new Error("the owner exited before its server started")));
  });
  const { url, dir } = JSON.parse(line) as { url: string; dir: string };
  assert.ok(await accepts(url));
  owner.kill("SIGKILL");
  // the guard looks every 250 ms; the server then shuts down at once
  const deadline = Date.now() + 20_000;
  while ((await accepts(url)) || existsSync(dir)) {
    assert.ok(Date.now() < deadline, "the server outlived its owner by 20 s");
    await new Promise((r) => setTimeout(r, 100));
  }
});
