import type { Ctx } from "../core/doc.js";
import { sha256 } from "../core/hash.js";
import type { ReadFailure, ReadItem } from "../core/types.js";
import type { Store } from "../store/store.js";
import { internalError, unchangedId, type IngestCounts, type IngestEvent, type IngestWarning, type Note } from "./ingest-events.js";
import { ingestParallel } from "./ingest-parallel.js";
import { processPage, type Clock, type StageTimings } from "./process.js";
import { StoreBatch } from "./store-batch.js";

export type { IngestCounts, IngestEvent, IngestWarning } from "./ingest-events.js";

export interface IngestSummary extends IngestCounts {
  /** Pages ingested with a warning (counted among `ingested` too). */
  warned: number;
  failures: ReadFailure[];
  /** Each warning of those pages, with its source. */
  warnings: (IngestWarning & { source: string })[];
  /** Pages stored but not read for statements because they are not in English, by the language they read as. */
  notEnglish: Record<string, number>;
  documents: IngestEvent[];
  seconds: number;
  /** Stopped by `signal` before the input's end: the pages not yet read were left for another run. */
  interrupted: boolean;
}

export interface IngestOptions {
  /** Worker threads processing pages; 1 (the default) processes them on this thread. */
  jobs?: number;
  /** Milliseconds per stage are added here, plus `store` (hash lookup and write); with jobs > 1 the stages'
   * times are the workers' own (wall time), summed. */
  timings?: StageTimings;
  /** The clock of `timings` on this thread (default: wall time). */
  clock?: Clock;
  /** When aborted, no further page is read; the pages under way are finished and stored. */
  signal?: AbortSignal;
}

/**
 * Read → process → store. A document already stored (same content hash) is not processed again. A failure of
 * one source is recorded and the batch goes on. With `jobs` > 1, worker threads process the pages and this
 * thread stores them in input order, so the store and the events are the same as with one job.
 */
export async function ingestItems(
  items: AsyncIterable<ReadItem>,
  store: Store,
  ctx: Ctx,
  onEvent?: (e: IngestEvent, counts: IngestCounts) => void,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const counts: IngestCounts = { ingested: 0, unchanged: 0, failed: 0 };
  const failures: ReadFailure[] = [];
  const warnings: IngestSummary["warnings"] = [];
  let warned = 0;
  const notEnglish: Record<string, number> = {};
  const documents: IngestEvent[] = [];
  const note: Note = (e) => {
    counts[e.status]++;
    documents.push(e);
    if (e.status === "failed") failures.push({ source: e.source, reason: e.reason ?? "unknown error" });
    if (e.notEnglish) notEnglish[e.notEnglish] = (notEnglish[e.notEnglish] ?? 0) + 1;
    if (e.warnings?.length) {
      warned++;
      for (const w of e.warnings) warnings.push({ source: e.source, ...w });
    }
    onEvent?.(e, counts);
  };
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  const signal = opts.signal;
  const interrupted =
    jobs > 1
      ? await ingestParallel(items, store, ctx, note, { jobs, timings: opts.timings, clock: opts.clock, signal })
      : await ingestSerial(items, store, ctx, note, opts.timings, opts.clock, signal);
  return { ...counts, warned, failures, warnings, notEnglish, documents, seconds: (performance.now() - started) / 1000, interrupted };
}

/** Returns true when `signal` stopped it before the input's end. */
async function ingestSerial(
  items: AsyncIterable<ReadItem>,
  store: Store,
  ctx: Ctx,
  note: Note,
  timings?: StageTimings,
  clock?: Clock,
  signal?: AbortSignal,
): Promise<boolean> {
  const batch = new StoreBatch(store, note, timings, clock);
  const ingestOne = async (item: ReadItem): Promise<void> => {
    if ("failure" in item) {
      batch.report({ source: item.failure.source, status: "failed", reason: item.failure.reason });
      return;
    }
    const page = item.page;
    try {
      const hash = sha256(page.body);
      if (await batch.has(hash)) {
        batch.report({ source: page.source, status: "unchanged", id: unchangedId(hash) });
        return;
      }
      await batch.put(page.source, processPage(page, ctx, hash, timings, clock));
    } catch (err) {
      // A bug must not cost the rest of the batch; it is reported with the source that triggered it.
      batch.report({ source: page.source, status: "failed", reason: internalError(err) });
    }
  };
  try {
    for await (const item of items) {
      if (signal?.aborted) return true;
      await ingestOne(item);
    }
    return false;
  } finally {
    // the documents processed before the input ended, or broke off, are stored
    await batch.flush();
  }
}
