import { wallClock, type Clock, type StageTimings } from "./process.js";

// What ingest reports per source, shared by the one-thread and the worker-thread paths.

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

/** Records one outcome: counted, listed, reported. */
export type Note = (e: IngestEvent) => void;

/** How a processing error is reported, in-process and from a worker alike. */
export const internalError = (err: unknown): string => `internal error while processing: ${(err as Error)?.message ?? String(err)}`;

export const unchangedId = (hash: string): string => `d_${hash.slice(0, 16)}`;

/** Runs a store call, adding its time by `clock` to `timings.store`. */
export async function timed<T>(timings: StageTimings | undefined, call: () => Promise<T>, clock: Clock = wallClock): Promise<T> {
  if (!timings) return call();
  const started = clock();
  try {
    return await call();
  } finally {
    timings.store = (timings.store ?? 0) + clock() - started;
  }
}
