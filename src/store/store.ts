import type { Doc } from "../core/doc.js";
import { shortId } from "../core/hash.js";
import type { Dateline, Message, Metadata, Precision, Published, Removal } from "../core/types.js";
import type { EntityKind, SaidOn, Span, Stance, StanceResult, StatementKind, TextEvent } from "../extract/types.js";

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
  /** The id of its group's original when the link pass found this document to be a copy; else null. */
  duplicateOf: string | null;
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

/**
 * Ranking reads every document it ranks, so a search ranks at most this many matches: the ones stored last. A
 * phrase that most of a million documents contain is then answered in milliseconds, not seconds, and the answer says
 * that it was cut (SearchResult.windowed). PostgreSQL finds them by reading documents newest first and testing each
 * (about 5 µs a document on the bench's store), so the window is also what a frequent word costs there.
 */
export const SEARCH_WINDOW = 1000;

export interface SearchResult {
  /** Best first. */
  hits: SearchHit[];
  /** More documents match than were ranked: the hits are the best of the `window` matching documents stored last. */
  windowed: boolean;
}

export interface SearchOptions {
  /** Hits to return (20). */
  limit?: number;
  /** Matches to rank at most (SEARCH_WINDOW). */
  window?: number;
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

/** How a copy differs from its group's original. */
export type CopyChangeKind = "retitled" | "trimmed" | "extended";
export interface CopyChange {
  kind: CopyChangeKind;
  /** What was measured, readable: "keeps 62% of the original's text". */
  detail: string;
}

/** One document's place in its group of near-duplicates (wire copies, republications). */
export interface DocumentLink {
  documentId: string;
  /** "g_" + the original's id without "d_": it changes when an earlier original arrives. */
  groupId: string;
  originalId: string;
  role: "original" | "copy";
  /** Share of word shingles in common with the original, 0..1 (1 for the original itself). */
  similarity: number;
  /** Empty for the original and for verbatim copies. */
  changes: CopyChange[];
  /** The date the document had by itself, before the link pass dated it from its group. */
  ownPublished: Published;
  ruleId: string;
}

export interface DocumentGroup {
  id: string;
  originalId: string;
  /** The original first, then the copies by id. */
  members: (DocumentLink & { document: DocumentRow })[];
}

/** What the link pass indexes: documents by text shingles, statements by speaker and words. */
export type LinkKeyKind = "document" | "statement";

/** A document's date set by the link pass, and the dates read against it again. */
export interface DateUpdate {
  documentId: string;
  published: Published;
  statements: { id: string; saidOn: SaidOn }[];
  events: { id: string; date: string | null; precision: Precision | null; basis: string }[];
}

/** A statement's membership of a group of reports of the same words (groups of two or more only). */
export interface StatementLink {
  statementId: string;
  /** The id of the group's representative statement. */
  groupId: string;
  documentId: string;
  /** Word overlap with the representative, 0..1 (1 for the representative). */
  similarity: number;
  ruleId: string;
}

/** One report of a merged statement. */
export interface StatementSource {
  statementId: string;
  documentId: string;
  start: number;
  end: number;
  text: string;
  kind: StatementKind;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** A statement with every document that reports it: the representative's fields, its report first. */
export interface MergedStatement extends StatementRow {
  sources: StatementSource[];
}

/** An event a document tells of, as stored. */
export interface EventRow extends TextEvent {
  /** "e_" + a short hash of document id and offsets. */
  id: string;
  documentId: string;
  document: StatementRow["document"];
}

export interface EventQuery {
  /** Date bounds at any precision, inclusive, like StatementQuery. */
  from?: string;
  to?: string;
  /** Entity keys: events naming any of them. */
  actors?: string[];
  documentId?: string;
  packEventId?: string;
  /** Only events that name no pack event (the timeline lists those that do under the pack's own entry). */
  unnamed?: boolean;
  /** Words that must occur in the words telling the event (matched as StatementQuery.text is). */
  text?: string;
  limit?: number;
  after?: string;
}

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** True when a document with this content hash is already stored (lets ingest skip the work). */
  hasHash(hash: string): Promise<boolean>;
  /** Store one processed document in one transaction; "unchanged" when its content hash is already there. */
  putDocument(doc: Doc): Promise<PutResult>;
  /** Store documents in ONE transaction, all or none (ingest batches its writes); the results in the same order.
   * A document whose content hash is stored, or comes earlier in the list, is "unchanged". */
  putDocuments(docs: Doc[]): Promise<PutResult[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Ids starting with `prefix` (at most `limit`), so analysts can type a short id. */
  matchIds(prefix: string, limit: number): Promise<string[]>;
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<DocumentRow[]>;
  /** Every stored document, oldest ingest first, read in pages so memory stays flat. */
  iterateDocuments(): AsyncIterable<StoredDocument>;
  search(query: string, opts?: SearchOptions): Promise<SearchResult>;
  countDocuments(): Promise<number>;
  /** Statements in order of when they were said (undated last), filtered; a page at a time. */
  listStatements(q?: StatementQuery): Promise<{ rows: StatementRow[]; next: string | null }>;
  /** Every statement, document order, read in pages. */
  iterateStatements(): AsyncIterable<StatementRow>;
  countStatements(): Promise<number>;
  /** The countries (sides) of every speaker of a statement, dated or not, sorted. */
  speakerCountries(): Promise<string[]>;
  /** Entities whose name contains the words (case-insensitive), most spoken first. */
  findEntities(name: string, limit?: number): Promise<EntityRow[]>;
  getEntity(key: string): Promise<EntityRow | null>;

  // Link stage: near-duplicate documents, merged statements, dates from wire copies (src/link).
  /** Drop the links of `documentIds` and write `links`, in one transaction. */
  replaceDocumentLinks(documentIds: string[], links: DocumentLink[]): Promise<void>;
  getDocumentLinks(documentIds: string[]): Promise<DocumentLink[]>;
  /** Groups by id, a page at a time. */
  listDocumentGroups(opts?: { limit?: number; after?: string }): Promise<{ rows: DocumentGroup[]; next: string | null }>;
  getDocumentGroup(groupId: string): Promise<DocumentGroup | null>;
  countDocumentGroups(): Promise<number>;
  /** Replace the index keys of these items (an item belongs to one document, whose deletion drops its keys). */
  putLinkKeys(kind: LinkKeyKind, entries: { itemId: string; documentId: string; keys: string[] }[]): Promise<void>;
  /** Items holding any of the keys. */
  findLinkKeys(kind: LinkKeyKind, keys: string[]): Promise<{ key: string; itemId: string }[]>;
  /** New published dates, with the said_on and event dates read against them, one transaction. */
  updateDates(updates: DateUpdate[]): Promise<void>;
  getStatements(ids: string[]): Promise<StatementRow[]>;
  /** Drop the links of `statementIds` and write `links`, in one transaction. */
  replaceStatementLinks(statementIds: string[], links: StatementLink[]): Promise<void>;
  /** Every link of every group these statements belong to. */
  getStatementLinks(statementIds: string[]): Promise<StatementLink[]>;
  /** One row per statement group, filtered and ordered like listStatements; documentId matches any source. */
  listMergedStatements(q?: StatementQuery): Promise<{ rows: MergedStatement[]; next: string | null }>;
  /** Every statement group, in document order of its representative, read in pages. */
  iterateMergedStatements(): AsyncIterable<MergedStatement>;
  countMergedStatements(): Promise<number>;
  /** Events in date order (undated last), filtered; a page at a time. */
  listEvents(q?: EventQuery): Promise<{ rows: EventRow[]; next: string | null }>;
  countEvents(): Promise<number>;
  /** How many documents tell of the pack event (a timeline entry's sources, counted without reading them). */
  countEventDocuments(packEventId: string): Promise<number>;
  close(): Promise<void>;
}

/** An event's id: stable for the same words at the same place of the same document. */
export const eventId = (documentId: string, e: { start: number; end: number }): string => shortId("e", `${documentId}:${e.start}:${e.end}`);
