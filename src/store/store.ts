import type { Doc } from "../core/doc.js";
import type { Dateline, Message, Metadata, Published, Removal } from "../core/types.js";
import type { EntityKind, SaidOn, Span, Stance, StanceResult, StatementKind } from "../extract/types.js";

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

/** A statement as stored: one report of words by a speaker, in one document. */
export interface StatementRow {
  id: string;
  documentId: string;
  kind: StatementKind;
  text: string;
  start: number;
  end: number;
  speaker: { key: string; name: string; country: string | null; kind: EntityKind; mention: Span & { text: string }; ruleId: string };
  cue: Span & { text: string };
  sentence: number;
  saidOn: SaidOn;
  stance: StanceResult;
  ruleId: string;
  /** The document it comes from, for listing without another query. */
  document: { source: string; url: string | null; title: string | null; outlet: string | null; published: string | null };
}

export interface StatementQuery {
  /** Entity keys of the speaker (the CLI resolves names and aliases to keys). */
  speakers?: string[];
  /** Side (country code) of the speaker. */
  side?: string;
  stance?: Stance;
  /** said_on bounds, at any precision: `2023` includes every date in 2023. */
  from?: string;
  to?: string;
  documentId?: string;
  /** Words that must occur in the statement's text. */
  text?: string;
  limit?: number;
  /** Opaque cursor from the previous page. */
  after?: string;
}

export interface EntityRow {
  key: string;
  name: string;
  kind: EntityKind;
  country: string | null;
  actorId: string | null;
  statements: number;
  mentions: number;
}

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
  /** Statements in order of when they were said (undated last), filtered; a page at a time. */
  listStatements(q?: StatementQuery): Promise<{ rows: StatementRow[]; next: string | null }>;
  /** Every statement, document order, read in pages. */
  iterateStatements(): AsyncIterable<StatementRow>;
  countStatements(): Promise<number>;
  /** Entities whose name contains the words (case-insensitive), most spoken first. */
  findEntities(name: string, limit?: number): Promise<EntityRow[]>;
  getEntity(key: string): Promise<EntityRow | null>;
  close(): Promise<void>;
}
