import assert from "node:assert/strict";
import { test } from "node:test";
import { sharedPath } from "../core/paths.js";
import { decodePage } from "./decode.js";
import { expandInputs, readInputs } from "./inputs.js";

// Reads real corpora end to end and reports MB/s (run with --test-reporter=spec to see the figures).

const MB = 1024 * 1024;

async function measure(args: string[], decode: boolean): Promise<{ pages: number; failures: number; onDisk: number; bytes: number; seconds: number }> {
  const { totalBytes } = await expandInputs(args);
  const started = performance.now();
  let pages = 0;
  let failures = 0;
  let bytes = 0;
  for await (const item of readInputs(args)) {
    if ("failure" in item) {
      failures++;
      continue;
    }
    pages++;
    bytes += item.page.body.byteLength;
    if (decode) decodePage(item.page);
  }
  return { pages, failures, onDisk: totalBytes, bytes, seconds: (performance.now() - started) / 1000 };
}

const report = (r: Awaited<ReturnType<typeof measure>>): string =>
  `${r.pages} pages, ${(r.onDisk / MB).toFixed(1)} MB on disk → ${(r.bytes / MB).toFixed(1)} MB of pages in ${r.seconds.toFixed(2)} s: ` +
  `${(r.onDisk / MB / r.seconds).toFixed(1)} MB/s read, ${(r.bytes / MB / r.seconds).toFixed(1)} MB/s of pages`;

const traf = [sharedPath("data", "trafilatura-eval", "eval"), sharedPath("data", "trafilatura-eval", "cache")];

test("throughput: trafilatura-eval, 1,033 .html.gz pages, read", async (t) => {
  const r = await measure(traf, false);
  assert.equal(r.pages, 1033);
  assert.equal(r.failures, 0);
  t.diagnostic(`read: ${report(r)}`);
});

test("throughput: trafilatura-eval, read and decoded", async (t) => {
  const r = await measure(traf, true);
  assert.equal(r.pages, 1033);
  t.diagnostic(`read+decode: ${report(r)}`);
});

test("throughput: aut/warc-example.warc.gz (WARC/0.17, 822 records)", async (t) => {
  const r = await measure([sharedPath("data", "warc-samples", "aut", "warc-example.warc.gz")], false);
  assert.equal(r.pages, 94);
  assert.equal(r.failures, 0);
  t.diagnostic(`read: ${report(r)}; ${(11.2 / r.seconds).toFixed(1)} MB/s of WARC after gunzip (11.2 MB)`);
});
