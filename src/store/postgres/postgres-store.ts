import pg from "pg";
import type { Doc } from "../../core/doc.js";
import type {
  DateUpdate, DocumentGroup, DocumentLink, DocumentRow, EntityRow, EventQuery, EventRow, LinkKeyKind, MergedStatement, PutResult,
  SearchOptions, SearchResult, StatementLink, StatementQuery, StatementRow, Store, StoredDocument,
} from "../store.js";
import { redactUrl, type OpenOptions } from "../open-options.js";
import { checkSchema, migrate } from "./migrate.js";
import { searchDocuments } from "./search.js";
import { listStatements, iterateStatements, findEntities, getEntity } from "./statements.js";
import { toDocumentRow, toStoredDocument, type Row } from "./rows.js";
import { documentInsert, putResult } from "./document-insert.js";
import { inTransaction } from "./transaction.js";
import * as docLinks from "./link-documents.js";
import * as statementLinks from "./link-statements.js";
import { countEventDocuments, countEvents, listEvents } from "./events.js";

// How many documents one read of iterateDocuments() fetches: bounds memory on a large store.
const PAGE_SIZE = 200;
// Connections one store opens at most: commands are sequential, a worker overlaps a few queries.
const POOL_SIZE = 4;

// Every column but the search vector, which only the server needs.
const DOCUMENT_COLUMNS =
  "d.seq, d.id, d.hash, d.source, d.url, d.kind, d.size, d.charset, d.title, d.outlet, d.published_date, d.published, d.dateline, d.meta, d.text, d.removed, d.messages, d.crawled_at, d.ingested_at";
const LIST_COLUMNS = "d.id, d.hash, d.source, d.url, d.kind, d.size, d.title, d.outlet, d.published, d.dateline, d.crawled_at, d.ingested_at";
// A document with the original it copies (link stage), when it is a copy.
const WITH_LINK =
  "CASE WHEN l.role = 'copy' THEN l.original_id END AS duplicate_of FROM documents d LEFT JOIN document_links l ON l.document_id = d.id";

/** The Store on PostgreSQL: same contract as SQLite, for a team's shared corpus and for several workers. */
export class PostgresStore implements Store {
  readonly dialect = "postgres" as const;

  private constructor(readonly pool: pg.Pool) {}

  /**
   * Connect and bring the schema up to date (several processes may do this at once). `name` is shown in the
   * server's pg_stat_activity, so an operator can tell workers apart (a URL's application_name wins).
   */
  static async open(url: string, name = "dossier", opts: OpenOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: POOL_SIZE,
      application_name: name,
      // read-only: every transaction of every connection, so the server itself refuses a write
      ...(opts.readonly ? { options: "-c default_transaction_read_only=on" } : {}),
    });
    // an idle connection the server drops must not crash the process; the next query reconnects or reports it
    pool.on("error", () => {});
    try {
      if (opts.readonly) await checkSchema(pool, redactUrl(url));
      else await migrate(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStore(pool);
  }

  private async rows(sql: string, args: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, args)).rows as Row[];
  }

  async hasHash(hash: string): Promise<boolean> {
    return (await this.rows("SELECT 1 FROM documents WHERE hash = $1", [hash])).length > 0;
  }

  async putDocument(doc: Doc): Promise<PutResult> {
    // built (and serialised) before any I/O: a document that cannot be stored fails without touching the server
    const insert = documentInsert(doc);
    return putResult(await this.pool.query(insert));
  }

  async putDocuments(docs: Doc[]): Promise<PutResult[]> {
    const inserts = docs.map((doc) => documentInsert(doc));
    return inTransaction(this.pool, async (client) => {
      const results: PutResult[] = [];
      for (const insert of inserts) results.push(putResult(await client.query(insert)));
      return results;
    });
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const [r] = await this.rows(`SELECT ${DOCUMENT_COLUMNS}, ${WITH_LINK} WHERE d.id = $1`, [id]);
    return r ? toStoredDocument(r) : null;
  }

  async matchIds(prefix: string, limit: number): Promise<string[]> {
    // ids are [a-z0-9_] and sort byte-wise: a prefix range scan on the unique index
    const rows = await this.rows("SELECT id FROM documents WHERE id >= $1 AND id < $2 ORDER BY id LIMIT $3", [prefix, prefix + "\uffff", limit]);
    return rows.map((r) => r.id as string);
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<DocumentRow[]> {
    const rows = await this.rows(`SELECT ${LIST_COLUMNS}, ${WITH_LINK} ORDER BY d.seq LIMIT $1 OFFSET $2`, [opts.limit ?? null, opts.offset ?? 0]);
    return rows.map(toDocumentRow);
  }

  async *iterateDocuments(): AsyncIterable<StoredDocument> {
    let after = "0";
    for (;;) {
      const rows = await this.rows(`SELECT ${DOCUMENT_COLUMNS}, ${WITH_LINK} WHERE d.seq > $1 ORDER BY d.seq LIMIT $2`, [after, PAGE_SIZE]);
      if (!rows.length) return;
      for (const r of rows) yield toStoredDocument(r);
      after = rows[rows.length - 1]!.seq as string;
    }
  }

  search(query: string, opts: SearchOptions = {}): Promise<SearchResult> {
    return searchDocuments(this.pool, query, opts);
  }

  async countDocuments(): Promise<number> {
    return (await this.rows("SELECT count(*)::int AS n FROM documents"))[0]!.n as number;
  }

  listStatements(q: StatementQuery = {}): Promise<{ rows: StatementRow[]; next: string | null }> {
    return listStatements(this.pool, q);
  }

  iterateStatements(): AsyncIterable<StatementRow> {
    return iterateStatements(this.pool, PAGE_SIZE);
  }

  async countStatements(): Promise<number> {
    return (await this.rows("SELECT count(*)::int AS n FROM statements"))[0]!.n as number;
  }

  async speakerCountries(): Promise<string[]> {
    const rows = await this.rows(`SELECT DISTINCT speaker_country COLLATE "C" AS c FROM statements WHERE speaker_country IS NOT NULL ORDER BY 1`);
    return rows.map((r) => r.c as string);
  }

  findEntities(name: string, limit = 20): Promise<EntityRow[]> {
    return findEntities(this.pool, name, limit);
  }

  getEntity(key: string): Promise<EntityRow | null> {
    return getEntity(this.pool, key);
  }

  replaceDocumentLinks(documentIds: string[], links: DocumentLink[]): Promise<void> {
    return docLinks.replaceDocumentLinks(this.pool, documentIds, links);
  }

  getDocumentLinks(documentIds: string[]): Promise<DocumentLink[]> {
    return docLinks.getDocumentLinks(this.pool, documentIds);
  }

  listDocumentGroups(opts: { limit?: number; after?: string } = {}): Promise<{ rows: DocumentGroup[]; next: string | null }> {
    return docLinks.listDocumentGroups(this.pool, opts);
  }

  getDocumentGroup(groupId: string): Promise<DocumentGroup | null> {
    return docLinks.getDocumentGroup(this.pool, groupId);
  }

  countDocumentGroups(): Promise<number> {
    return docLinks.countDocumentGroups(this.pool);
  }

  putLinkKeys(kind: LinkKeyKind, entries: { itemId: string; documentId: string; keys: string[] }[]): Promise<void> {
    return docLinks.putLinkKeys(this.pool, kind, entries);
  }

  findLinkKeys(kind: LinkKeyKind, keys: string[]): Promise<{ key: string; itemId: string }[]> {
    return docLinks.findLinkKeys(this.pool, kind, keys);
  }

  updateDates(updates: DateUpdate[]): Promise<void> {
    return docLinks.updateDates(this.pool, updates);
  }

  getStatements(ids: string[]): Promise<StatementRow[]> {
    return statementLinks.getStatements(this.pool, ids);
  }

  replaceStatementLinks(statementIds: string[], links: StatementLink[]): Promise<void> {
    return statementLinks.replaceStatementLinks(this.pool, statementIds, links);
  }

  getStatementLinks(statementIds: string[]): Promise<StatementLink[]> {
    return statementLinks.getStatementLinks(this.pool, statementIds);
  }

  listMergedStatements(q: StatementQuery = {}): Promise<{ rows: MergedStatement[]; next: string | null }> {
    return statementLinks.listMergedStatements(this.pool, q);
  }

  iterateMergedStatements(): AsyncIterable<MergedStatement> {
    return statementLinks.iterateMergedStatements(this.pool, PAGE_SIZE);
  }

  countMergedStatements(): Promise<number> {
    return statementLinks.countMergedStatements(this.pool);
  }

  listEvents(q: EventQuery = {}): Promise<{ rows: EventRow[]; next: string | null }> {
    return listEvents(this.pool, q);
  }

  countEvents(): Promise<number> {
    return countEvents(this.pool);
  }

  countEventDocuments(packEventId: string): Promise<number> {
    return countEventDocuments(this.pool, packEventId);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
