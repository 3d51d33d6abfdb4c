// The link stage for what workers stored. Workers store documents in parallel, but linking must see every document
// its candidates could pair with, so one worker at a time links: it holds a PostgreSQL advisory lock while it links
// every stored job not linked yet, a few hundred documents at a time, and marks those jobs linked. A worker that dies
// while linking loses its lock with its connection, and the jobs it had not marked are linked again by the next one
// (linking is incremental and gives the same result twice).
import type { Ctx } from "../core/doc.js";
import { linkNew } from "../link/link-pass.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import { JobQueue } from "../store/postgres/queue.js";

// The advisory lock's key: one per database, so workers of one store link one at a time ("dossier link" in ASCII).
const LINK_LOCK = 0x646f_7373_6c6e_6bn;
// Documents linked per round: enough for the link stage's batched queries, few enough to mark progress often.
const LINK_ROUND = 500;

export interface LinkedSummary {
  /** Documents linked, and rounds it took. */
  documents: number;
  rounds: number;
  seconds: number;
}

/**
 * Link every stored document whose job is not linked yet. `wait`: wait for the lock if another worker holds it (a
 * worker about to stop, so nothing it stored stays unlinked); otherwise return null at once when it is held.
 */
export async function linkStored(store: PostgresStore, ctx: Ctx, wait: boolean): Promise<LinkedSummary | null> {
  const started = performance.now();
  const client = await store.pool.connect();
  try {
    if (wait) await client.query("SELECT pg_advisory_lock($1)", [LINK_LOCK]);
    else if (!(await client.query("SELECT pg_try_advisory_lock($1) AS got", [LINK_LOCK])).rows[0].got) return null;
    try {
      const queue = new JobQueue(store.pool);
      const summary: LinkedSummary = { documents: 0, rounds: 0, seconds: 0 };
      for (;;) {
        const pending = await queue.unlinked(LINK_ROUND);
        if (!pending.length) break;
        await linkNew(store, ctx, [...new Set(pending.map((j) => j.documentId))]);
        await queue.markLinked(pending.map((j) => j.id));
        summary.documents += pending.length;
        summary.rounds++;
      }
      summary.seconds = (performance.now() - started) / 1000;
      return summary;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LINK_LOCK]);
    }
  } finally {
    client.release();
  }
}
