import type { Doc } from "../core/doc.js";
import type { PutResult, Store } from "../store/store.js";
import { internalError, storedEvent, timed, type IngestEvent, type Note } from "./ingest-events.js";
import { withoutWorkingData, type Clock, type StageTimings } from "./process.js";

// Ingest writes its documents in batches, one transaction each: SQLite then commits, and writes the index pages
// the documents share, once per batch instead of once per document. A batch is written when it holds BATCH_DOCS
// documents or BATCH_CHARS of text, or when BATCH_MS have passed since its first document, so the progress stays
// live and a crash loses at most one batch, which the next run stores. Outcomes are reported in input order, and a
// document's only once its batch is committed: "ingested" always means stored.

const BATCH_DOCS = 64;
const BATCH_CHARS = 8_000_000;
const BATCH_MS = 500;

type Entry = { source: string; doc: Doc } | { event: IngestEvent };

export class StoreBatch {
  private entries: Entry[] = [];
  private readonly hashes = new Set<string>();
  private chars = 0;
  private firstAt = 0;

  constructor(
    private readonly store: Store,
    private readonly note: Note,
    private readonly timings?: StageTimings,
    private readonly clock?: Clock,
  ) {}

  /** True when a document with this content hash waits in the batch: a page with the same bytes is unchanged. */
  holds(hash: string): boolean {
    return this.hashes.has(hash);
  }

  /** True when a page with these bytes needs no processing: its document waits in the batch or is stored. */
  async has(hash: string): Promise<boolean> {
    return this.holds(hash) || (await timed(this.timings, () => this.store.hasHash(hash), this.clock));
  }

  /** A processed document to store; the batch is written when it is full or old enough. */
  async put(source: string, processed: Doc): Promise<void> {
    if (this.hashes.size === 0) this.firstAt = performance.now();
    const doc = withoutWorkingData(processed);
    this.entries.push({ source, doc });
    this.hashes.add(doc.hash);
    this.chars += doc.text.length;
    if (this.hashes.size >= BATCH_DOCS || this.chars >= BATCH_CHARS || performance.now() - this.firstAt >= BATCH_MS) await this.flush();
  }

  /** An outcome known without storing (unchanged, failed): reported after the documents before it. */
  report(event: IngestEvent): void {
    if (this.entries.length === 0) this.note(event);
    else this.entries.push({ event });
  }

  /** Write the waiting documents, then report every waiting outcome in order. */
  async flush(): Promise<void> {
    const entries = this.entries;
    this.entries = [];
    this.hashes.clear();
    this.chars = 0;
    const docs = entries.flatMap((e) => ("doc" in e ? [e.doc] : []));
    const results = docs.length ? await this.write(docs) : [];
    let next = 0;
    for (const entry of entries) {
      if ("event" in entry) {
        this.note(entry.event);
        continue;
      }
      const result = results[next++]!;
      if (result === "inserted") this.note(storedEvent(entry.source, entry.doc));
      else if (result === "unchanged") this.note({ source: entry.source, status: "unchanged", id: entry.doc.id });
      else this.note({ source: entry.source, status: "failed", reason: result.error });
    }
  }

  private async write(docs: Doc[]): Promise<(PutResult | { error: string })[]> {
    try {
      return await timed(this.timings, () => this.store.putDocuments(docs), this.clock);
    } catch {
      // The transaction stored nothing. One document the store refuses must not cost the others: one at a time,
      // each is stored or reported with its own reason.
      const results: (PutResult | { error: string })[] = [];
      for (const doc of docs) {
        try {
          results.push(await timed(this.timings, () => this.store.putDocument(doc), this.clock));
        } catch (err) {
          results.push({ error: internalError(err) });
        }
      }
      return results;
    }
  }
}
