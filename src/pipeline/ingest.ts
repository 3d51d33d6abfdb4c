import type { Ctx } from "../core/doc.js";
import { sha256 } from "../core/hash.js";
import type { ReadFailure, ReadItem } from "../core/types.js";
import type { Store } from "../store/store.js";
import { processPage } from "./process.js";

export interface IngestCounts {
  ingested: number;
  unchanged: number;
  failed: number;
}

export interface IngestEvent {
  source: string;
  status: "ingested" | "unchanged" | "failed";
  id?: string;
  reason?: string;
}

export interface IngestSummary extends IngestCounts {
  failures: ReadFailure[];
  documents: IngestEvent[];
  seconds: number;
}

/**
 * Read → process → store, one document at a time. A document already stored (same content hash) is not
 * processed again. A failure of one source is recorded and the batch goes on.
 */
export async function ingestItems(
  items: AsyncIterable<ReadItem>,
  store: Store,
  ctx: Ctx,
  onEvent?: (e: IngestEvent, counts: IngestCounts) => void,
): Promise<IngestSummary> {
  const started = performance.now();
  const counts: IngestCounts = { ingested: 0, unchanged: 0, failed: 0 };
  const failures: ReadFailure[] = [];
  const documents: IngestEvent[] = [];
  const note = (e: IngestEvent): void => {
    counts[e.status]++;
    documents.push(e);
    if (e.status === "failed") failures.push({ source: e.source, reason: e.reason ?? "unknown error" });
    onEvent?.(e, counts);
  };
  for await (const item of items) {
    if ("failure" in item) {
      note({ source: item.failure.source, status: "failed", reason: item.failure.reason });
      continue;
    }
    const page = item.page;
    try {
      const hash = sha256(page.body);
      if (await store.hasHash(hash)) {
        note({ source: page.source, status: "unchanged", id: `d_${hash.slice(0, 16)}` });
        continue;
      }
      const doc = processPage(page, ctx, hash);
      const result = await store.putDocument(doc);
      note({ source: page.source, status: result === "inserted" ? "ingested" : "unchanged", id: doc.id });
    } catch (err) {
      // A bug must not cost the rest of the batch; it is reported with the source that triggered it.
      note({ source: page.source, status: "failed", reason: `internal error while processing: ${(err as Error).message}` });
    }
  }
  return { ...counts, failures, documents, seconds: (performance.now() - started) / 1000 };
}
