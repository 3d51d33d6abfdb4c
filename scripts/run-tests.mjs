#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) with Node's own test runner.
// Node 20's `node --test` takes file names, not globs, so we list them here.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const only = process.argv.slice(2); // optional substrings to narrow the run
function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith(".test.js") && (!only.length || only.some((s) => path.includes(s)))) out.push(path);
  }
  return out;
}
const files = walk("dist", []).sort();
if (!files.length) {
  console.error("no compiled tests under dist/: run `npm run build` first");
  process.exit(1);
}
const started = Date.now();
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...files], { stdio: "inherit" });
console.log(`\n${files.length} test files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
