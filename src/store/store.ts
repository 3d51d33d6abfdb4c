import type { Doc } from "../core/doc.js";
import type { Dateline, Message, Metadata, Published, Removal } from "../core/types.js";

// The storage contract. SQLite (store/sqlite) is the embedded default; PostgreSQL (store/postgres) implements the
// same interface and passes the same contract tests. Every method is async so both fit.

/** A document as listed: what `dossier docs` shows. */
export interface DocumentRow {
  id: string;
  hash: string;
  source: string;
  url: string | null;
  kind: "html" | "text";
  size: number;
  title: string | null;
  outlet: string | null;
  published: Published;
  dateline: Dateline | null;
  crawledAt: string | null;
  ingestedAt: string;
}

/** A document with everything the pipeline produced for it. */
export interface StoredDocument extends DocumentRow {
  charset: { name: string; basis: string } | null;
  meta: Metadata;
  text: string;
  removed: Removal[];
  messages: Message[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  source: string;
  published: string | null;
  /** A passage around the matches, each match wrapped in `**`. */
  snippet: string;
}

export type PutResult = "inserted" | "unchanged";

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** True when a document with this content hash is already stored (lets ingest skip the work). */
  hasHash(hash: string): Promise<boolean>;
  /** Store one processed document in one transaction; "unchanged" when its content hash is already there. */
  putDocument(doc: Doc): Promise<PutResult>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Ids starting with `prefix` (at most `limit`), so analysts can type a short id. */
  matchIds(prefix: string, limit: number): Promise<string[]>;
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<DocumentRow[]>;
  /** Every stored document, oldest ingest first, read in pages so memory stays flat. */
  iterateDocuments(): AsyncIterable<StoredDocument>;
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  countDocuments(): Promise<number>;
  close(): Promise<void>;
}
