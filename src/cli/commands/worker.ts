import { hostname } from "node:os";
import { readInputs } from "../../read/index.js";
import { isPostgresUrl, redactUrl } from "../../store/open.js";
import type { PostgresStore } from "../../store/postgres/postgres-store.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { positiveInt } from "../numbers.js";
import { loadCtx } from "../pack-option.js";
import { optionValue } from "../settings.js";
import { storeLocation } from "../store-option.js";
import { json } from "../format.js";

// `dossier worker` and `dossier ingest --enqueue`: the two ends of the ingest queue, which lives in PostgreSQL.
// The PostgreSQL client and the queue are loaded when one of them runs, not for every dossier command.

async function openQueueStore(p: Parsed, io: Io, name: string): Promise<PostgresStore> {
  const location = storeLocation(p, io);
  if (!isPostgresUrl(location)) {
    throw new UsageError(`the ingest queue lives in PostgreSQL: give --db postgres://… (or set DOSSIER_DB), not ${location}`);
  }
  const { PostgresStore } = await import("../../store/postgres/postgres-store.js");
  try {
    return await PostgresStore.open(location, name);
  } catch (err) {
    throw new Error(`cannot open the PostgreSQL store ${redactUrl(location)}: ${(err as Error).message}`);
  }
}

/** `dossier ingest --enqueue SOURCES`: read the sources here and queue their pages for workers. */
export async function enqueueCommand(p: Parsed, io: Io): Promise<number> {
  const [{ JobQueue }, { enqueueItems }] = await Promise.all([import("../../store/postgres/queue.js"), import("../../workers/enqueue.js")]);
  const store = await openQueueStore(p, io, "dossier ingest --enqueue");
  try {
    const summary = await enqueueItems(readInputs(p.positionals, { stdin: io.stdin }), new JobQueue(store.pool));
    if (p.values.json) io.stdout.write(json(summary));
    else {
      io.stdout.write(
        `queued ${summary.queued}, already queued ${summary.known}, already stored ${summary.stored}, failed ${summary.failed} ` +
          `(${summary.seconds.toFixed(1)} s); process them with: dossier worker --db ${redactUrl(storeLocation(p, io))}\n`,
      );
      for (const f of summary.failures) io.stdout.write(`failed  ${f.source}: ${f.reason}\n`);
    }
    return summary.failed ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** `dossier worker`: process queued pages until the queue is empty (or, with --follow, until stopped). */
export async function workerCommand(p: Parsed, io: Io): Promise<number> {
  if (p.positionals.length) throw new UsageError(`worker takes no sources (queue them with dossier ingest --enqueue): ${p.positionals.join(" ")}`);
  // both have defaults in settings.ts, so a value is always there
  const concurrency = positiveInt(optionValue("concurrency", p.values, io.env), "--concurrency")!;
  const leaseSeconds = positiveInt(optionValue("lease", p.values, io.env), "--lease")!;
  const ctx = loadCtx(p, io);
  const name = `${hostname()}:${process.pid}`;
  const { runWorker } = await import("../../workers/worker.js");
  const store = await openQueueStore(p, io, `dossier worker ${name}`);
  // the first signal stops claiming and finishes the pages under way; a second one ends the process at once
  const controller = new AbortController();
  const stop = (): void => {
    io.stderr.write(`dossier worker ${name}: stopping after the pages under way (again to stop at once)\n`);
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const summary = await runWorker(store, {
      ctx,
      name,
      concurrency,
      leaseSeconds,
      follow: Boolean(p.values.follow),
      signal: controller.signal,
      onEvent: (e) => {
        if (e.status === "failed" && !p.values.json) io.stdout.write(`failed  ${e.source}: ${e.reason ?? "unknown error"}\n`);
      },
    });
    if (p.values.json) io.stdout.write(json({ worker: name, ...summary }));
    else {
      const rate = summary.seconds > 0 ? `, ${((summary.ingested + summary.unchanged) / summary.seconds).toFixed(1)} docs/s` : "";
      io.stdout.write(
        `worker ${name}: ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed} ` +
          `(${summary.batches} batches in ${summary.seconds.toFixed(1)} s${rate}); linked ${summary.linked} (${summary.linkSeconds.toFixed(1)} s)\n`,
      );
    }
    return summary.failed ? 1 : 0;
  } finally {
    process.removeListener("SIGINT", stop);
    process.removeListener("SIGTERM", stop);
    await store.close();
  }
}
