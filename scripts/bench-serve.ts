// Latency of `dossier serve`: every page and API endpoint, median and p95, on the biggest store ../shared/data gives.
//
//   node dist/scripts/bench-serve.js [--db FILE] [--target 10000] [--runs 40]
//
// 1. The store: every real page in ../shared/data and the seeds, ingested by the real pipeline and linked.
// 2. Real pages give fewer statements than the target (they are general news; few sentences are quoted speech), so
//    the rest is synthesised through the Store: the five seeds, processed by the real pipeline once, are stored again
//    as new documents with their dates moved back by up to 25 years — real statements, real speakers and stances,
//    spread over a quarter century. The report says how many statements are real and how many synthesised.
//    The store is kept under out/bench-serve (or --db) and reused by later runs.
// 3. `dossier serve` itself, started as a child process on a free loopback port: what a user runs and gets, with the
//    server's event loop to itself. The time from starting it to its "serving" line is reported (it warms the story
//    and the busiest actors before it listens). Then each path is asked once — the first request after start,
//    reported as `first ms` — and `runs` times more. Median and p95 are over all of them; CSV exports, which stream
//    the whole store, also report the time to their first byte.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { run } from "../src/cli/main.js";
import { bufferIo } from "../src/cli/test-io.js";
import { loadPack } from "../src/core/pack.js";
import { projectPath, sharedPath } from "../src/core/paths.js";
import { relinkAll } from "../src/link/link-pass.js";
import { openStore } from "../src/store/open.js";
import type { DocumentRow, Store } from "../src/store/store.js";
import { quantile } from "./bench-kit.js";
import { growStore, SYNTHETIC } from "./bench-synth.js";

const args = parseArgs({ options: { db: { type: "string" }, target: { type: "string" }, runs: { type: "string" } } }).values;
const OUT = projectPath("out", "bench-serve");
const DB = args.db ?? `${OUT}/store.db`;
// The store size the brief asks pages to be fast on, counted in statements.
const TARGET = Number(args.target ?? 10_000);
// Requests per path after the cold one: enough for a stable p95.
const RUNS = Number(args.runs ?? 40);
const ctx = { pack: loadPack() };

async function buildStore(): Promise<{ real: number; synthesised: number; documents: number; linkSeconds: number }> {
  mkdirSync(OUT, { recursive: true });
  let linkSeconds = 0;
  if (!existsSync(DB)) {
    const io = bufferIo();
    await run(["ingest", sharedPath("data"), sharedPath("seeds"), "--db", DB, "--quiet"], io);
    console.error(io.out().split("\n")[0]);
    const store = await openStore(DB);
    linkSeconds = (await relinkAll(store, ctx)).seconds;
    await store.close();
  }
  const store = await openStore(DB);
  try {
    const count = async () => store.countStatements();
    let synthesised = 0;
    for await (const s of store.iterateStatements()) if (s.document.source.startsWith(SYNTHETIC)) synthesised++;
    synthesised += await growStore(store, ctx, TARGET);
    return { real: (await count()) - synthesised, synthesised, documents: await store.countDocuments(), linkSeconds };
  } finally {
    await store.close();
  }
}


async function time(url: string): Promise<{ ms: number; firstByteMs: number; status: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url);
  const reader = res.body!.getReader();
  let firstByteMs = 0;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!bytes) firstByteMs = performance.now() - t;
    bytes += value.byteLength;
  }
  return { ms: performance.now() - t, firstByteMs, status: res.status, bytes };
}

/** `dossier serve` on a free loopback port; resolves once it says where it listens. */
function startServe(db: string): Promise<{ child: ChildProcess; url: string; startMs: number }> {
  const t = performance.now();
  const child = spawn(process.execPath, [projectPath("bin", "dossier.js"), "serve", "--db", db, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+\/)/.exec(out)?.[1];
      if (url) resolve({ child, url, startMs: performance.now() - t });
    });
    child.once("exit", (code) => reject(new Error(`dossier serve exited (${code}) before listening: ${out}`)));
  });
}

async function paths(store: Store): Promise<string[]> {
  // the TASS seed, or one of its synthesised copies in a store grown from copies alone (bench-queries' store)
  let tass: DocumentRow | undefined;
  let copy: DocumentRow | undefined;
  for (let offset = 0; !tass; offset += 1000) {
    const docs = await store.listDocuments({ limit: 1000, offset });
    if (!docs.length) break;
    tass = docs.find((d) => d.outlet === "TASS" && !d.source.startsWith("synthetic:"));
    copy ??= docs.find((d) => d.outlet === "TASS");
  }
  tass ??= copy;
  if (!tass) throw new Error("no TASS document in the store: ingest the seeds into it first");
  const busiest = (await store.findEntities("", 2)).map((e) => encodeURIComponent(e.key));
  return [
    "/", "/index.json", "/timeline", "/timeline?side=RU", "/timeline?actor=Peskov", "/timeline?stance=closed&from=2010",
    "/timeline?q=peace%20treaty", `/actors/${busiest[0]}`, `/actors/${busiest[1]}`, "/actors/pack%3ARU-ZAKHAROVA",
    `/documents/${tass.id}`, `/documents/${tass.id}.json`, "/search?q=peace%20treaty", "/search?q=minister",
    "/api/documents?limit=50", `/api/documents/${tass.id}`, "/api/statements?limit=50", "/api/statements?side=RU&stance=closed",
    "/api/statements?speaker=Peskov&limit=100", "/api/timeline?limit=50", "/api/shifts", "/api/entities?name=Peskov",
    "/api/entities/pack%3ARU-PESKOV", "/api/search?q=peace%20treaty", "/api/statements?format=csv", "/api/timeline?format=csv",
  ];
}

async function main(): Promise<void> {
  const built = await buildStore();
  const store = await openStore(DB, { readonly: true });
  const list = await paths(store);
  const statements = await store.countStatements();
  await store.close();
  const server = await startServe(DB);
  const rows = [];
  try {
    for (const path of list) {
      const first = await time(server.url + path.slice(1));
      const runs = [first];
      for (let i = 0; i < RUNS; i++) runs.push(await time(server.url + path.slice(1)));
      const ms = runs.map((r) => r.ms);
      const csv = path.includes("format=csv");
      rows.push({
        path, status: first.status, kB: Math.round(first.bytes / 1024), firstMs: first.ms, medianMs: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95),
        ...(csv ? { firstByteMedianMs: quantile(runs.map((r) => r.firstByteMs), 0.5) } : {}),
      });
    }
  } finally {
    server.child.kill("SIGTERM");
  }
  const result = { ...built, statements, serveStartMs: server.startMs, runs: RUNS, rows };
  writeFileSync(`${OUT}/results.json`, JSON.stringify(result, null, 2));
  console.log(`store: ${built.documents} documents, ${statements} statements (${built.real} from real pages, ${built.synthesised} synthesised from the seeds)`);
  console.log(`dossier serve listening after ${server.startMs.toFixed(0)} ms (store opened, story and busiest actors warmed)`);
  console.log(`\n${"path".padEnd(48)} status     kB  first ms  median ms   p95 ms`);
  for (const r of rows) {
    const ttfb = r.firstByteMedianMs === undefined ? "" : `   (first byte: median ${r.firstByteMedianMs.toFixed(1)} ms)`;
    console.log(`${r.path.slice(0, 48).padEnd(48)} ${String(r.status).padStart(6)} ${String(r.kB).padStart(6)} ${r.firstMs.toFixed(1).padStart(9)} ${r.medianMs.toFixed(1).padStart(10)} ${r.p95Ms.toFixed(1).padStart(8)}${ttfb}`);
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exitCode = 1;
});
