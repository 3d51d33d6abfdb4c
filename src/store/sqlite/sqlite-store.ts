import Database from "better-sqlite3";
import type { Doc } from "../../core/doc.js";
import type {
  DateUpdate, DocumentGroup, DocumentLink, DocumentRow, EntityRow, EventQuery, EventRow, LinkKeyKind, MergedStatement, PutResult,
  SearchOptions, SearchResult, StatementLink, StatementQuery, StatementRow, Store, StoredDocument,
} from "../store.js";
import { SEARCH_WINDOW } from "../store.js";
import { schemaBehind, type OpenOptions } from "../open-options.js";
import { prepared, toDocumentRow, toEntityRow, toStatementRow, toStoredDocument, type Row } from "./rows.js";
import type { Extraction } from "../../extract/types.js";
import { statementId } from "../ids.js";
import { documentEntities, extractionData } from "../extraction-data.js";
import { encodeCursor, UNDATED } from "../cursor.js";
import { SAID_WHEN, statementFilter } from "./statement-filter.js";
import { containsPattern, parseQuery, toFts5 } from "../fts-query.js";
import { migrations } from "./migrations.js";
import * as docLinks from "./link-documents.js";
import * as statementLinks from "./link-statements.js";
import { countEventDocuments, countEvents, listEvents, putEvents } from "./events.js";

// How many documents one read of iterateDocuments() fetches: bounds memory on a large store.
const PAGE_SIZE = 200;
// How long a writer waits for another process's lock before giving up (ms).
const BUSY_TIMEOUT_MS = 10_000;

const LIST_COLUMNS =
  "d.seq, d.id, d.hash, d.source, d.url, d.kind, d.size, d.title, d.outlet, d.published, d.dateline, d.crawled_at, d.ingested_at";
// A document with the original it copies (link stage), when it is a copy.
const WITH_LINK =
  "CASE WHEN l.role = 'copy' THEN l.original_id END AS duplicate_of FROM documents d LEFT JOIN document_links l ON l.document_id = d.id";

export class SqliteStore implements Store {
  readonly dialect = "sqlite" as const;
  private readonly db: Database.Database;

  constructor(readonly path: string, opts: OpenOptions = {}) {
    if (opts.readonly) {
      // only reads: nothing is created, migrated or set; another process may write beside it (WAL)
      this.db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
      const version = this.db.pragma("user_version", { simple: true }) as number;
      if (version < migrations.length) {
        this.db.close();
        throw new Error(schemaBehind(path, version, migrations.length));
      }
      return;
    }
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma("journal_mode = WAL");
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.migrate();
  }

  /** Prepared once per SQL text (rows.ts): preparing costs more than running a small query. */
  private prep(sql: string): Database.Statement {
    return prepared(this.db, sql);
  }

  private migrate(): void {
    const current = this.db.pragma("user_version", { simple: true }) as number;
    for (let v = current; v < migrations.length; v++) {
      this.db.transaction(() => {
        this.db.exec(migrations[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  }

  async hasHash(hash: string): Promise<boolean> {
    return this.prep("SELECT 1 FROM documents WHERE hash = ?").get(hash) !== undefined;
  }

  async putDocument(doc: Doc): Promise<PutResult> {
    return (await this.putDocuments([doc]))[0]!;
  }

  async putDocuments(docs: Doc[]): Promise<PutResult[]> {
    return this.db.transaction(() => docs.map((doc) => this.insertDocument(doc))).immediate();
  }

  /** The document's row and its extraction; runs inside putDocuments' transaction. */
  private insertDocument(doc: Doc): PutResult {
    const insert = this.prep(
      `INSERT INTO documents (id, hash, source, url, kind, size, charset, title, outlet, published_date,
         published_precision, published, dateline, meta, text, removed, messages, crawled_at, ingested_at)
       VALUES (@id, @hash, @source, @url, @kind, @size, @charset, @title, @outlet, @published_date,
         @published_precision, @published, @dateline, @meta, @text, @removed, @messages, @crawled_at, @ingested_at)
       ON CONFLICT(hash) DO NOTHING`,
    );
    const m = doc.meta;
    const info = insert.run({
      id: doc.id,
      hash: doc.hash,
      source: doc.source,
      url: doc.url,
      kind: doc.kind,
      size: doc.size,
      charset: doc.charset ? JSON.stringify(doc.charset) : null,
      title: m.title?.value ?? null,
      outlet: m.outlet?.value ?? null,
      published_date: m.published.date,
      published_precision: m.published.precision,
      published: JSON.stringify(m.published),
      dateline: m.dateline ? JSON.stringify(m.dateline) : null,
      meta: JSON.stringify(m),
      text: doc.text,
      removed: JSON.stringify(doc.removed),
      messages: JSON.stringify(doc.messages),
      crawled_at: doc.crawledAt,
      ingested_at: new Date().toISOString(),
    });
    if (info.changes !== 1) return "unchanged";
    const extraction = doc.data.extract as Extraction | undefined;
    if (extraction) this.putExtraction(doc.id, extraction);
    return "inserted";
  }

  /** The document's entities, mentions and statements; runs inside putDocuments' transaction. */
  private putExtraction(documentId: string, x: Extraction): void {
    const entity = this.prep(
      "INSERT INTO entities (key, name, kind, country, actor_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
    );
    const mention = this.prep(
      `INSERT INTO mentions (document_id, seq, start, end, text, entity_key, form, title, office_id, rule_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const statement = this.prep(
      `INSERT INTO statements (id, document_id, seq, kind, text, start, end, speaker_key, speaker_name, speaker_country,
         speaker_kind, cue, said_on, said_on_precision, stance, detail, rule_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of documentEntities(x)) entity.run(e.key, e.name, e.kind, e.country, e.actorId ?? null);
    x.mentions.forEach((m, i) => {
      const e = m.entity;
      mention.run(documentId, i, m.start, m.end, m.text, e.key, m.form, m.title?.text ?? null, m.title?.officeId ?? null, m.ruleId);
    });
    x.statements.forEach((st, i) => {
      const e = st.speaker.entity;
      const detail = { speaker: { mention: st.speaker.mention, ruleId: st.speaker.ruleId }, cue: st.cue, sentence: st.sentence, saidOn: st.saidOn, stance: st.stance };
      statement.run(statementId(documentId, st), documentId, i, st.kind, st.text, st.start, st.end, e.key, e.name, e.country,
        e.kind, st.cue.text, st.saidOn.date, st.saidOn.precision, st.stance.stance, JSON.stringify(detail), st.ruleId);
    });
    this.prep("INSERT INTO extractions (document_id, data) VALUES (?, ?)").run(documentId, JSON.stringify(extractionData(x)));
    if (x.events?.length) putEvents(this.db, documentId, x.events);
  }

  async listStatements(q: StatementQuery = {}): Promise<{ rows: StatementRow[]; next: string | null }> {
    const { where, args } = statementFilter(this.db, q);
    const limit = q.limit ?? 100;
    const rows = this.prep(
      `SELECT s.*, d.source, d.url, d.title, d.outlet, d.published_date FROM statements s
         JOIN documents d ON d.id = s.document_id
        ${where} ORDER BY ${SAID_WHEN}, s.id LIMIT ?`,
    ).all(...args, limit + 1) as Row[];
    const more = rows.length > limit;
    const page = rows.slice(0, limit).map(toStatementRow);
    const last = page[page.length - 1];
    return { rows: page, next: more && last ? encodeCursor(last.saidOn.date ?? UNDATED, last.id) : null };
  }

  async *iterateStatements(): AsyncIterable<StatementRow> {
    const page = this.prep(
      `SELECT s.*, d.source, d.url, d.title, d.outlet, d.published_date, d.seq AS doc_seq FROM statements s
         JOIN documents d ON d.id = s.document_id
        WHERE (d.seq, s.seq) > (?, ?) ORDER BY d.seq, s.seq LIMIT ?`,
    );
    let after: [number, number] = [0, -1];
    for (;;) {
      const rows = page.all(after[0], after[1], PAGE_SIZE) as Row[];
      if (!rows.length) return;
      for (const r of rows) yield toStatementRow(r);
      const last = rows[rows.length - 1]!;
      after = [last.doc_seq as number, last.seq as number];
    }
  }

  async countStatements(): Promise<number> {
    return (this.prep("SELECT count(*) AS n FROM statements").get() as { n: number }).n;
  }

  async speakerCountries(): Promise<string[]> {
    // along statements_side_when
    const rows = this.prep("SELECT DISTINCT speaker_country AS c FROM statements WHERE speaker_country IS NOT NULL ORDER BY 1").all();
    return (rows as { c: string }[]).map((r) => r.c);
  }

  async findEntities(name: string, limit = 20): Promise<EntityRow[]> {
    const rows = this.prep(
      `SELECT e.*, (SELECT count(*) FROM statements s WHERE s.speaker_key = e.key) AS statements,
              (SELECT count(*) FROM mentions m WHERE m.entity_key = e.key) AS mentions
         FROM entities e WHERE e.name LIKE ? ESCAPE '\\' OR e.key = ?
        ORDER BY statements DESC, mentions DESC, e.name LIMIT ?`,
    ).all(containsPattern(name), name, limit) as Row[];
    return rows.map(toEntityRow);
  }

  async getEntity(key: string): Promise<EntityRow | null> {
    const r = this.prep(
      `SELECT e.*, (SELECT count(*) FROM statements s WHERE s.speaker_key = e.key) AS statements,
              (SELECT count(*) FROM mentions m WHERE m.entity_key = e.key) AS mentions
         FROM entities e WHERE e.key = ?`,
    ).get(key) as Row | undefined;
    return r ? toEntityRow(r) : null;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.prep(`SELECT d.*, ${WITH_LINK} WHERE d.id = ?`).get(id) as Row | undefined;
    return r ? toStoredDocument(r) : null;
  }

  async matchIds(prefix: string, limit: number): Promise<string[]> {
    // ids are [a-z0-9_]: a prefix range scan on the unique index, no LIKE escaping needed
    const rows = this.prep("SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?").all(prefix, prefix + "\uffff", limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<DocumentRow[]> {
    const rows = this.prep(`SELECT ${LIST_COLUMNS}, ${WITH_LINK} ORDER BY d.seq LIMIT ? OFFSET ?`).all(opts.limit ?? -1, opts.offset ?? 0) as Row[];
    return rows.map(toDocumentRow);
  }

  async *iterateDocuments(): AsyncIterable<StoredDocument> {
    const page = this.prep(`SELECT d.*, ${WITH_LINK} WHERE d.seq > ? ORDER BY d.seq LIMIT ?`);
    let after = 0;
    for (;;) {
      const rows = page.all(after, PAGE_SIZE) as Row[];
      if (!rows.length) return;
      for (const r of rows) yield toStoredDocument(r);
      after = rows[rows.length - 1]!.seq as number;
    }
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchResult> {
    const parsed = parseQuery(query);
    if (!parsed.terms.length) return { hits: [], windowed: false };
    const match = toFts5(parsed);
    const window = opts.window ?? SEARCH_WINDOW;
    // FTS5 reads a term's documents in rowid order and stops at the limit, so the window costs its own size however
    // many documents match; bm25 is then computed for those alone.
    const ranked = this.prep(
      `SELECT rowid AS seq, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?`,
    ).all(match, window + 1) as { seq: number; rank: number }[];
    const windowed = ranked.length > window;
    const top = ranked.slice(0, window).sort((a, b) => a.rank - b.rank || a.seq - b.seq).slice(0, opts.limit ?? 20);
    // snippets for the hits shown only
    const rows = this.prep(
      `SELECT d.seq, d.id, d.title, d.source, d.published_date,
              snippet(documents_fts, 1, '**', '**', '…', 16) AS snippet
         FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
        WHERE documents_fts MATCH ? AND documents_fts.rowid IN (SELECT value FROM json_each(?))`,
    ).all(match, JSON.stringify(top.map((t) => t.seq))) as Row[];
    const bySeq = new Map(rows.map((r) => [r.seq as number, r]));
    const hits = top.flatMap(({ seq }) => {
      const r = bySeq.get(seq);
      return r
        ? [{ id: r.id as string, title: (r.title as string | null) ?? null, source: r.source as string, published: (r.published_date as string | null) ?? null, snippet: r.snippet as string }]
        : [];
    });
    return { hits, windowed };
  }

  async countDocuments(): Promise<number> {
    return (this.prep("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
  }

  async replaceDocumentLinks(documentIds: string[], links: DocumentLink[]): Promise<void> {
    docLinks.replaceDocumentLinks(this.db, documentIds, links);
  }

  async getDocumentLinks(documentIds: string[]): Promise<DocumentLink[]> {
    return docLinks.getDocumentLinks(this.db, documentIds);
  }

  async listDocumentGroups(opts: { limit?: number; after?: string } = {}): Promise<{ rows: DocumentGroup[]; next: string | null }> {
    return docLinks.listDocumentGroups(this.db, opts);
  }

  async getDocumentGroup(groupId: string): Promise<DocumentGroup | null> {
    return docLinks.getDocumentGroup(this.db, groupId);
  }

  async countDocumentGroups(): Promise<number> {
    return docLinks.countDocumentGroups(this.db);
  }

  async putLinkKeys(kind: LinkKeyKind, entries: { itemId: string; documentId: string; keys: string[] }[]): Promise<void> {
    docLinks.putLinkKeys(this.db, kind, entries);
  }

  async findLinkKeys(kind: LinkKeyKind, keys: string[]): Promise<{ key: string; itemId: string }[]> {
    return docLinks.findLinkKeys(this.db, kind, keys);
  }

  async updateDates(updates: DateUpdate[]): Promise<void> {
    docLinks.updateDates(this.db, updates);
  }

  async getStatements(ids: string[]): Promise<StatementRow[]> {
    return statementLinks.getStatements(this.db, ids);
  }

  async replaceStatementLinks(statementIds: string[], links: StatementLink[]): Promise<void> {
    statementLinks.replaceStatementLinks(this.db, statementIds, links);
  }

  async getStatementLinks(statementIds: string[]): Promise<StatementLink[]> {
    return statementLinks.getStatementLinks(this.db, statementIds);
  }

  async listMergedStatements(q: StatementQuery = {}): Promise<{ rows: MergedStatement[]; next: string | null }> {
    return statementLinks.listMergedStatements(this.db, q);
  }

  async *iterateMergedStatements(): AsyncIterable<MergedStatement> {
    yield* statementLinks.iterateMergedStatements(this.db, PAGE_SIZE);
  }

  async countMergedStatements(): Promise<number> {
    return statementLinks.countMergedStatements(this.db);
  }

  async listEvents(q: EventQuery = {}): Promise<{ rows: EventRow[]; next: string | null }> {
    return listEvents(this.db, q);
  }

  async countEvents(): Promise<number> {
    return countEvents(this.db);
  }

  async countEventDocuments(packEventId: string): Promise<number> {
    return countEventDocuments(this.db, packEventId);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
