// The ingest queue in PostgreSQL (table `jobs`, migration 3). One job per page, keyed by the page's content hash so
// enqueueing the same input twice adds nothing. Workers claim batches with FOR UPDATE SKIP LOCKED and hold them under
// a lease: a claimed job stays 'queued' with `leased_until` in the future, so when its worker dies the lease runs out
// and any worker may claim it again. Nothing is lost, and documents are unique by hash, so nothing is stored twice.
import type pg from "pg";
import type { Doc } from "../../core/doc.js";
import type { RawPage } from "../../core/types.js";
import type { PutResult } from "../store.js";
import { documentInsert, putResult } from "./document-insert.js";
import { pgJson, pgText, type Row } from "./rows.js";

/** What a finished job's row says besides its outcome: done, no longer leased, its page's bytes dropped. */
const DONE = "state = 'done', body = NULL, leased_until = NULL, finished_at = now()";

export interface Job {
  id: string;
  hash: string;
  page: RawPage;
  /** How many times it was claimed, this time included. */
  attempts: number;
  /** A document of the same content was stored when the job was claimed (by a `dossier ingest` after it was queued). */
  stored: boolean;
}

export interface EnqueueResult {
  /** New jobs. */
  queued: number;
  /** Pages already queued (or done) under the same content. */
  known: number;
  /** Pages already stored as documents: no job needed. */
  stored: number;
}

export interface QueueCounts {
  /** Waiting for a worker. */
  waiting: number;
  /** Claimed by a worker whose lease has not run out. */
  leased: number;
  done: number;
  failed: number;
}

export interface PageToQueue {
  page: RawPage;
  hash: string;
}

export class JobQueue {
  constructor(private readonly pool: pg.Pool) {}

  /** Add pages as jobs, skipping those already queued and those already stored. */
  async enqueue(pages: readonly PageToQueue[]): Promise<EnqueueResult> {
    if (!pages.length) return { queued: 0, known: 0, stored: 0 };
    const col = <T>(f: (p: PageToQueue) => T): T[] => pages.map(f);
    const { rows } = await this.pool.query(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bytea[], $10::text[])
           AS t (hash, source, url, kind, charset, crawled_at, given, size, body, warnings)),
       fresh AS (SELECT * FROM input i WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.hash = i.hash)),
       added AS (
         INSERT INTO jobs (hash, source, url, kind, charset, crawled_at, given, size, body, warnings)
         SELECT hash, source, url, kind, charset, crawled_at, given::jsonb, size, body, warnings::jsonb FROM fresh
         ON CONFLICT (hash) DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM added)::int AS queued, (SELECT count(*) FROM fresh)::int AS fresh`,
      [
        col((p) => p.hash), col((p) => pgText(p.page.source)), col((p) => pgText(p.page.url)), col((p) => p.page.kind),
        col((p) => p.page.charset), col((p) => p.page.crawledAt), col((p) => pgJson(p.page.given)), col((p) => p.page.body.byteLength),
        col((p) => Buffer.from(p.page.body.buffer, p.page.body.byteOffset, p.page.body.byteLength)),
        col((p) => (p.page.warnings?.length ? pgJson(p.page.warnings) : null)),
      ],
    );
    const r = rows[0] as { queued: number; fresh: number };
    return { queued: r.queued, known: r.fresh - r.queued, stored: pages.length - r.fresh };
  }

  /**
   * Claim up to `limit` waiting jobs for `worker` for `leaseSeconds`. Jobs claimed `maxAttempts` times already
   * (their workers died on them each time) are failed instead of handed out again.
   */
  async claim(worker: string, limit: number, leaseSeconds: number, maxAttempts: number): Promise<Job[]> {
    await this.pool.query(
      `UPDATE jobs SET state = 'failed', finished_at = now(), leased_until = NULL,
              error = 'gave up after ' || attempts || ' attempts: the worker stopped each time before finishing it'
        WHERE state = 'queued' AND attempts >= $1 AND leased_until < now()`,
      [maxAttempts],
    );
    const { rows } = await this.pool.query(
      `WITH picked AS (
         SELECT id FROM jobs
          WHERE state = 'queued' AND (leased_until IS NULL OR leased_until < now())
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE jobs j SET worker = $2, leased_until = now() + make_interval(secs => $3), attempts = j.attempts + 1
         FROM picked WHERE j.id = picked.id
       RETURNING j.id, j.hash, j.source, j.url, j.kind, j.charset, j.crawled_at, j.given, j.body, j.warnings, j.attempts,
                 EXISTS (SELECT 1 FROM documents d WHERE d.hash = j.hash) AS stored`,
      [limit, worker, leaseSeconds],
    );
    return (rows as Row[])
      .map((r) => ({
        id: r.id as string,
        hash: r.hash as string,
        attempts: r.attempts as number,
        stored: r.stored as boolean,
        page: {
          source: r.source as string,
          url: (r.url as string | null) ?? null,
          kind: r.kind as RawPage["kind"],
          body: r.body as Buffer,
          charset: (r.charset as string | null) ?? null,
          crawledAt: (r.crawled_at as string | null) ?? null,
          given: (r.given as RawPage["given"]) ?? {},
          ...(r.warnings ? { warnings: r.warnings as NonNullable<RawPage["warnings"]> } : {}),
        },
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Keep this worker's claim on jobs it is still working on. */
  async renew(worker: string, ids: readonly string[], leaseSeconds: number): Promise<void> {
    if (!ids.length) return;
    await this.pool.query(
      `UPDATE jobs SET leased_until = now() + make_interval(secs => $3) WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'queued'`,
      [ids, worker, leaseSeconds],
    );
  }

  /** The page is stored (or was already): the job is done and its bytes are dropped. */
  async complete(id: string, outcome: "ingested" | "unchanged", documentId: string): Promise<void> {
    await this.pool.query(
      `UPDATE jobs SET ${DONE}, outcome = $2, document_id = $3 WHERE id = $1 AND state = 'queued'`,
      [id, outcome, documentId],
    );
  }

  /**
   * Store the job's document and mark the job done, in one statement: one round trip and one commit per page, and
   * no stored document whose job is still leased. A document stored since the claim is not stored again, and the
   * job says so.
   */
  async storeAndComplete(id: string, doc: Doc): Promise<PutResult> {
    const insert = documentInsert(doc, (q) =>
      q.with(
        "job",
        `UPDATE jobs SET ${DONE}, outcome = CASE WHEN EXISTS (SELECT 1 FROM doc) THEN 'ingested' ELSE 'unchanged' END,
                document_id = ${q.param(doc.id)}
          WHERE id = ${q.param(id)} AND state = 'queued'`,
      ),
    );
    return putResult(await this.pool.query(insert));
  }

  /** The page cannot be processed: failed for good, its bytes kept so it can be looked at. */
  async fail(id: string, reason: string): Promise<void> {
    await this.pool.query(
      `UPDATE jobs SET state = 'failed', outcome = 'failed', error = $2, leased_until = NULL, finished_at = now()
        WHERE id = $1 AND state = 'queued'`,
      [id, pgText(reason)],
    );
  }

  /** Hand back claimed jobs this worker will not start (it is stopping): waiting again at once, attempt not counted. */
  async release(worker: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await this.pool.query(
      `UPDATE jobs SET leased_until = NULL, worker = NULL, attempts = greatest(attempts - 1, 0)
        WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'queued'`,
      [ids, worker],
    );
  }

  /** Stored jobs whose documents the link stage has not seen yet (src/workers/link-stored.ts), oldest first. */
  async unlinked(limit: number): Promise<{ id: string; documentId: string }[]> {
    const { rows } = await this.pool.query(
      `SELECT id, document_id FROM jobs WHERE state = 'done' AND linked_at IS NULL AND document_id IS NOT NULL ORDER BY id LIMIT $1`,
      [limit],
    );
    return (rows as Row[]).map((r) => ({ id: String(r.id), documentId: r.document_id as string }));
  }

  async markLinked(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.pool.query("UPDATE jobs SET linked_at = now() WHERE id = ANY($1::bigint[])", [ids]);
  }

  async counts(): Promise<QueueCounts> {
    const { rows } = await this.pool.query(
      `SELECT count(*) FILTER (WHERE state = 'queued' AND (leased_until IS NULL OR leased_until < now()))::int AS waiting,
              count(*) FILTER (WHERE state = 'queued' AND leased_until >= now())::int AS leased,
              count(*) FILTER (WHERE state = 'done')::int AS done,
              count(*) FILTER (WHERE state = 'failed')::int AS failed
         FROM jobs`,
    );
    return rows[0] as QueueCounts;
  }
}
