// `dossier worker`: claim a batch of jobs from the store's queue, run the pipeline on each page, store each document
// and mark its job done in one statement; repeat. Any number of workers on any number of machines share one
// queue. A worker that dies mid-batch loses nothing: its lease runs out and the jobs it held go to another worker.
// A page stored meanwhile by other means (a plain `dossier ingest`) is found by its hash and not stored again.
import { setTimeout as sleep } from "node:timers/promises";
import type { Ctx, Doc } from "../core/doc.js";
import { internalError, unchangedId, type IngestCounts, type IngestEvent } from "../pipeline/ingest-events.js";
import { PagePool } from "../pipeline/page-pool.js";
import { processPage } from "../pipeline/process.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import { JobQueue, type Job } from "../store/postgres/queue.js";
import { linkStored } from "./link-stored.js";

// Jobs claimed at once, per processing thread: enough to keep every thread busy between claims, few enough that
// a dead worker holds back little and the last jobs spread over all workers.
const JOBS_PER_THREAD = 4;
// A job whose worker died this many times is failed instead of handed out again (a page that kills its worker).
const MAX_ATTEMPTS = 3;
// How long an idle worker waits before looking at the queue again (ms).
const IDLE_POLL_MS = 500;
// Documents stored since the last link pass after which a worker links while it goes on (if no other worker is).
const LINK_EVERY = 200;
// Leases are renewed this many times per lease period while the batch is being worked on.
const RENEWALS_PER_LEASE = 3;

export interface WorkerOptions {
  ctx: Ctx;
  /** Who holds the leases: host and process id, so an operator can tell workers apart. */
  name: string;
  /** Threads running the pipeline; 1 runs it on this thread. */
  concurrency: number;
  leaseSeconds: number;
  /** Keep waiting for new jobs when the queue is empty, instead of returning. */
  follow: boolean;
  /** Stop claiming, finish the pages under way, hand back the rest. */
  signal?: AbortSignal;
  onEvent?: (e: IngestEvent, counts: IngestCounts) => void;
}

export interface WorkerSummary extends IngestCounts {
  batches: number;
  /** Documents this worker linked (its own and other workers'), and its seconds spent linking. */
  linked: number;
  linkSeconds: number;
  seconds: number;
}

export async function runWorker(store: PostgresStore, opts: WorkerOptions): Promise<WorkerSummary> {
  const started = performance.now();
  const queue = new JobQueue(store.pool);
  const threads = opts.concurrency > 1 ? new PagePool(opts.concurrency, opts.ctx) : null;
  const summary: WorkerSummary = { ingested: 0, unchanged: 0, failed: 0, batches: 0, linked: 0, linkSeconds: 0, seconds: 0 };
  let storedSinceLink = 0;
  const link = async (wait: boolean): Promise<void> => {
    const done = await linkStored(store, opts.ctx, wait);
    if (!done) return;
    summary.linked += done.documents;
    summary.linkSeconds += done.seconds;
    storedSinceLink = 0;
  };
  const note = (e: IngestEvent): void => {
    summary[e.status]++;
    opts.onEvent?.(e, summary);
  };
  const process = async (job: Job): Promise<Doc> =>
    threads ? (await threads.process(job.page, job.hash)).doc : processPage(job.page, opts.ctx, job.hash);
  try {
    while (!opts.signal?.aborted) {
      const jobs = await queue.claim(opts.name, opts.concurrency * JOBS_PER_THREAD, opts.leaseSeconds, MAX_ATTEMPTS);
      if (jobs.length) {
        summary.batches++;
        await runBatch(queue, jobs, opts, process, note);
        storedSinceLink += jobs.length;
        // link as we go, when no other worker is linking, so a long run's links keep up with its documents
        if (storedSinceLink >= LINK_EVERY && !opts.signal?.aborted) await link(false);
        continue;
      }
      // the queue is empty for now: link what is stored (waiting for a worker that is linking, so nothing stays out)
      if (!opts.signal?.aborted) await link(true);
      if (!opts.follow) {
        // jobs leased by others may come back (their worker may have died): wait for them too
        const counts = await queue.counts();
        if (counts.waiting + counts.leased === 0) break;
      }
      await sleep(IDLE_POLL_MS, undefined, { signal: opts.signal }).catch(() => {});
    }
  } finally {
    await threads?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function runBatch(
  queue: JobQueue,
  jobs: Job[],
  opts: WorkerOptions,
  process: (job: Job) => Promise<Doc>,
  note: (e: IngestEvent) => void,
): Promise<void> {
  const held = new Set(jobs.map((j) => j.id));
  const renewal = setInterval(
    () => void queue.renew(opts.name, [...held], opts.leaseSeconds).catch(() => {}),
    (opts.leaseSeconds * 1000) / RENEWALS_PER_LEASE,
  );
  renewal.unref();
  const handle = async (job: Job): Promise<void> => {
    if (opts.signal?.aborted) return;
    const source = job.page.source;
    try {
      if (job.stored) {
        await queue.complete(job.id, "unchanged", unchangedId(job.hash));
        note({ source, status: "unchanged", id: unchangedId(job.hash) });
      } else {
        const doc = await process(job);
        const result = await queue.storeAndComplete(job.id, doc);
        note({ source, status: result === "inserted" ? "ingested" : "unchanged", id: doc.id });
      }
    } catch (err) {
      if (isConnectionProblem(err)) throw err; // the job stays leased and comes back when the lease runs out
      await queue.fail(job.id, internalError(err));
      note({ source, status: "failed", reason: internalError(err) });
    }
    held.delete(job.id);
  };
  try {
    if (opts.concurrency > 1) await Promise.all(jobs.map(handle));
    else for (const job of jobs) await handle(job);
  } finally {
    clearInterval(renewal);
    // stopping: the jobs not started go back to the queue now rather than when the lease runs out
    if (held.size) await queue.release(opts.name, [...held]).catch(() => {});
  }
}

/** Errors of the connection or the server, not of the page: retrying elsewhere, later, may succeed. */
function isConnectionProblem(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== "string") return false;
  // 08: connection exception, 40: transaction rollback (deadlock, serialization), 53: insufficient resources,
  // 57: operator intervention (server shutting down); ECONN…: the socket
  return /^(08|40|53|57)/.test(code) || code.startsWith("ECONN") || code === "EPIPE";
}
