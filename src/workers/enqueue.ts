// `dossier ingest --enqueue`: read the sources here, put every page in the store's queue, and leave the processing
// to `dossier worker` processes (on this machine or others). The pages' bytes travel in the queue, so a worker
// needs no access to the files.
import { sha256 } from "../core/hash.js";
import type { ReadFailure, ReadItem } from "../core/types.js";
import type { JobQueue, PageToQueue } from "../store/postgres/queue.js";

// A batch goes to the server in one statement: at most this many pages …
const BATCH_PAGES = 500;
// … or this many bytes of page bodies (sent hex-encoded, so twice as many on the wire).
const BATCH_BYTES = 8 * 1024 * 1024;

export interface EnqueueSummary {
  /** New jobs. */
  queued: number;
  /** Already queued or done under the same content. */
  known: number;
  /** Already stored as documents. */
  stored: number;
  failed: number;
  failures: ReadFailure[];
  seconds: number;
}

/** Every page of `items` into the queue, in batches; sources that cannot be read are reported, not queued. */
export async function enqueueItems(
  items: AsyncIterable<ReadItem>,
  queue: JobQueue,
  onProgress?: (s: EnqueueSummary) => void,
): Promise<EnqueueSummary> {
  const started = performance.now();
  const summary: EnqueueSummary = { queued: 0, known: 0, stored: 0, failed: 0, failures: [], seconds: 0 };
  let batch: PageToQueue[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const r = await queue.enqueue(batch);
    summary.queued += r.queued;
    summary.known += r.known;
    summary.stored += r.stored;
    batch = [];
    bytes = 0;
    onProgress?.(summary);
  };
  for await (const item of items) {
    if ("failure" in item) {
      summary.failed++;
      summary.failures.push(item.failure);
      continue;
    }
    batch.push({ page: item.page, hash: sha256(item.page.body) });
    bytes += item.page.body.byteLength;
    if (batch.length >= BATCH_PAGES || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
