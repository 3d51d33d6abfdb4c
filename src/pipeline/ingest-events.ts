import type { Doc } from "../core/doc.js";
import { notEnglish } from "../extract/extract.js";
import type { Stage } from "../core/types.js";
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
  /** A page stored although its input was damaged: what the analyst should know about it. */
  warnings?: IngestWarning[];
  /** A page stored but not read for statements: the language it reads as ("another language" when not told). */
  notEnglish?: string;
}

export interface IngestWarning {
  ruleId: string;
  reason: string;
}

/**
 * Warnings of these stages are reported by ingest: they say the stored text itself is damaged or missing (bytes
 * replaced, a declared charset refused, a page cut off, nothing left after cleaning). Metadata gaps (no title,
 * a crawl date only) are not: `dossier docs` shows them, and they hold for most WARC records.
 */
const REPORTED_STAGES: ReadonlySet<Stage> = new Set(["read", "clean"]);

/** The warnings ingest reports for a stored document (none: undefined, so events stay small). */
export function reportedWarnings(doc: Doc): IngestWarning[] | undefined {
  const found = doc.messages.filter((m) => m.severity !== "info" && REPORTED_STAGES.has(m.stage)).map((m) => ({ ruleId: m.ruleId, reason: m.reason }));
  return found.length > 0 ? found : undefined;
}

/** What ingest reports of a document it stored. */
export function storedEvent(source: string, doc: Doc): IngestEvent {
  const language = notEnglish(doc);
  return { source, status: "ingested", id: doc.id, warnings: reportedWarnings(doc), ...(language ? { notEnglish: language } : {}) };
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
