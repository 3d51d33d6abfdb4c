import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Ctx, Doc } from "../core/doc.js";
import type { RawPage } from "../core/types.js";
import { processPage, withoutWorkingData, type StageTimings } from "./process.js";

// A worker thread of the page pool: pages in, processed documents out, one at a time.

export interface WorkerTask {
  page: RawPage;
  hash: string;
}

export type WorkerReply = { doc: Doc; timings: StageTimings } | { error: string };

if (!isMainThread && parentPort) {
  const port = parentPort;
  const ctx = (workerData as { ctx: Ctx }).ctx;
  port.on("message", ({ page, hash }: WorkerTask) => {
    let reply: WorkerReply;
    try {
      // The bytes arrive as a plain Uint8Array; the stages get a Buffer, as on the main thread.
      const body = Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength);
      const timings: StageTimings = {};
      reply = { doc: withoutWorkingData(processPage({ ...page, body }, ctx, hash, timings)), timings };
    } catch (err) {
      reply = { error: (err as Error)?.message ?? String(err) };
    }
    try {
      port.postMessage(reply);
    } catch (err) {
      // A document that cannot be sent back (a stage left something uncloneable in it) fails like a stage would.
      port.postMessage({ error: `the processed document cannot be sent back: ${(err as Error).message}` });
    }
  });
}
