import type { Ctx } from "../core/doc.js";
import { sha256 } from "../core/hash.js";
import type { RawPage, ReadItem } from "../core/types.js";
import type { Store } from "../store/store.js";
import { internalError, unchangedId, type Note } from "./ingest-events.js";
import { PagePool, type Processed } from "./page-pool.js";
import type { Clock, StageTimings } from "./process.js";
import { StoreBatch } from "./store-batch.js";

// Ingest with worker threads: this thread reads, hashes and stores; the pool's workers run the stages. Pages are
// started in input order and finished (stored, reported) in input order, so the store, the events and the
// summary are those of a one-job run. A bounded window of pages in flight keeps memory flat on big inputs.

/** Pages in flight per worker: enough that a worker never waits for its next page, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;

/** What a started page comes to; finished in input order. */
type Step =
  | { kind: "event"; source: string; status: "unchanged" | "failed"; id?: string; reason?: string }
  | { kind: "processed"; source: string; hash: string; result: Processed | { error: string } }
  /** The same bytes as a page started earlier in this batch and not finished yet: decided once that one is. */
  | { kind: "repeat"; page: RawPage; hash: string };

/** A started page: wrapped, because an async function returning a bare promise would wait for it. */
interface Started {
  step: Promise<Step>;
}

/** Returns true when `opts.signal` stopped it before the input's end. */
export async function ingestParallel(
  items: AsyncIterable<ReadItem>,
  store: Store,
  ctx: Ctx,
  note: Note,
  opts: { jobs: number; timings?: StageTimings; clock?: Clock; signal?: AbortSignal },
): Promise<boolean> {
  const pool = new PagePool(opts.jobs, ctx);
  const batch = new StoreBatch(store, note, opts.timings, opts.clock);
  const inFlight = new Set<string>();
  const now = (step: Step): Started => ({ step: Promise.resolve(step) });

  const work = (page: RawPage, hash: string): Promise<Step> =>
    pool.process(page, hash).then(
      (result): Step => ({ kind: "processed", source: page.source, hash, result }),
      (err: unknown): Step => ({ kind: "processed", source: page.source, hash, result: { error: internalError(err) } }),
    );

  const start = async (item: ReadItem): Promise<Started> => {
    if ("failure" in item) return now({ kind: "event", status: "failed", ...item.failure });
    const page = item.page;
    try {
      const hash = sha256(page.body);
      if (inFlight.has(hash)) return now({ kind: "repeat", page, hash });
      if (await batch.has(hash)) {
        return now({ kind: "event", source: page.source, status: "unchanged", id: unchangedId(hash) });
      }
      inFlight.add(hash);
      return { step: work(page, hash) };
    } catch (err) {
      return now({ kind: "event", source: page.source, status: "failed", reason: internalError(err) });
    }
  };

  const finish = async (step: Step): Promise<void> => {
    if (step.kind === "event") {
      const { kind: _kind, ...event } = step;
      batch.report(event);
    } else if (step.kind === "repeat") {
      // One job would find the earlier copy stored, or (when that one failed) process this one again.
      if (await batch.has(step.hash)) {
        batch.report({ source: step.page.source, status: "unchanged", id: unchangedId(step.hash) });
      } else {
        await finish(await work(step.page, step.hash));
      }
    } else {
      inFlight.delete(step.hash);
      if ("error" in step.result) {
        batch.report({ source: step.source, status: "failed", reason: step.result.error });
        return;
      }
      if (opts.timings) for (const [stage, ms] of Object.entries(step.result.timings)) opts.timings[stage] = (opts.timings[stage] ?? 0) + ms;
      await batch.put(step.source, step.result.doc);
    }
  };

  const window: Started[] = [];
  try {
    for await (const item of items) {
      if (opts.signal?.aborted) return true;
      window.push(await start(item));
      while (window.length >= opts.jobs * IN_FLIGHT_PER_JOB) await finish(await window.shift()!.step);
    }
    return false;
  } finally {
    try {
      // the pages started are finished and stored, also when the input broke off
      while (window.length) await finish(await window.shift()!.step);
      await batch.flush();
    } finally {
      await pool.close();
    }
  }
}
