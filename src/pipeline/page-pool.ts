import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Ctx, Doc } from "../core/doc.js";
import type { RawPage } from "../core/types.js";
import type { StageTimings } from "./process.js";
import type { WorkerReply, WorkerTask } from "./page-worker.js";

// A fixed number of worker threads running processPage. A worker gets one page at a time, so a slow page holds up
// only its own worker; workers start when there is work for them. A worker that dies fails the page it held, and
// a fresh one takes its place.

export interface Processed {
  doc: Doc;
  timings: StageTimings;
}

interface Task {
  page: RawPage;
  hash: string;
  resolve: (p: Processed) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/** The default number of jobs: one per core. */
export const defaultJobs = (): number => availableParallelism();

const WORKER_FILE = new URL("./page-worker.js", import.meta.url);

// Each worker's heap, in MB. Left to V8, a worker's heap is sized from the machine's memory, and two workers on a
// 2 GB WARC held 1.2 GB between them and the main thread at the peak. Explicit limits, mostly the young generation's,
// keep the whole process near half a gigabyte on the same archive. The old generation still has room for the largest
// page the readers accept (MAX_PAGE_BYTES in src/read/settings.ts) parsed as a DOM several times over. With a
// young generation of 32 MB rather than 16, two workers ingested trafilatura-eval in 26.7 s
// instead of 29.2-29.6 s, and the 2 GB WARC peaked at 425 MB instead of 385 MB.
const WORKER_OLD_GENERATION_MB = 256;
const WORKER_YOUNG_GENERATION_MB = 32;

export class PagePool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly ctx: Ctx,
  ) {}

  /** Runs every stage over the page in a worker; rejects with the error the stages threw. */
  process(page: RawPage, hash: string): Promise<Processed> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ page, hash, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.waiting.length && !this.closed) {
      const slot = [...this.slots].find((s) => s.task === null) ?? (this.slots.size < this.size ? this.spawn() : null);
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.task = task;
      // A copy of the page's bytes, handed over rather than cloned: the page may be a view into a larger buffer.
      const body = new Uint8Array(task.page.body);
      const message: WorkerTask = { page: { ...task.page, body }, hash: task.hash };
      slot.worker.postMessage(message, [body.buffer]);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_FILE, {
        workerData: { ctx: this.ctx },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }), task: null };
    this.slots.add(slot);
    slot.worker.on("message", (reply: WorkerReply) => {
      const task = slot.task;
      slot.task = null;
      if (task) {
        if ("error" in reply) task.reject(new Error(reply.error));
        else task.resolve({ doc: reply.doc, timings: reply.timings });
      }
      this.dispatch();
    });
    const lost = (why: string): void => {
      if (!this.slots.delete(slot)) return;
      const task = slot.task;
      slot.task = null;
      task?.reject(new Error(`the worker thread stopped (${why})`));
      this.dispatch();
    };
    slot.worker.on("error", (err) => lost(err.message));
    slot.worker.on("exit", (code) => lost(`exit code ${code}`));
    return slot;
  }
}
