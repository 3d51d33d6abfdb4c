import Database from "better-sqlite3";
import type { Doc } from "../../core/doc.js";
import type { DocumentRow, PutResult, SearchHit, Store, StoredDocument } from "../store.js";
import { parseQuery, toFts5 } from "../fts-query.js";
import { migrations } from "./migrations.js";

// How many documents one read of iterateDocuments() fetches: bounds memory on a large store.
const PAGE_SIZE = 200;
// How long a writer waits for another process's lock before giving up (ms).
const BUSY_TIMEOUT_MS = 10_000;

type Row = Record<string, unknown>;

const parseJson = <T>(value: unknown, fallback: T): T => (typeof value === "string" ? (JSON.parse(value) as T) : fallback);

function toDocumentRow(r: Row): DocumentRow {
  return {
    id: r.id as string,
    hash: r.hash as string,
    source: r.source as string,
    url: (r.url as string | null) ?? null,
    kind: r.kind as "html" | "text",
    size: r.size as number,
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: parseJson(r.published, { date: null, precision: null, basis: "", ruleId: "", inferred: false }),
    dateline: parseJson(r.dateline, null),
    crawledAt: (r.crawled_at as string | null) ?? null,
    ingestedAt: r.ingested_at as string,
  };
}

function toStoredDocument(r: Row): StoredDocument {
  const row = toDocumentRow(r);
  return {
    ...row,
    charset: parseJson(r.charset, null),
    meta: parseJson(r.meta, null as never),
    text: r.text as string,
    removed: parseJson(r.removed, []),
    messages: parseJson(r.messages, []),
  };
}

const LIST_COLUMNS =
  "id, hash, source, url, kind, size, title, outlet, published, dateline, crawled_at, ingested_at";

export class SqliteStore implements Store {
  readonly dialect = "sqlite" as const;
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma("journal_mode = WAL");
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.migrate();
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
    return this.db.prepare("SELECT 1 FROM documents WHERE hash = ?").get(hash) !== undefined;
  }

  async putDocument(doc: Doc): Promise<PutResult> {
    const insert = this.db.prepare(
      `INSERT INTO documents (id, hash, source, url, kind, size, charset, title, outlet, published_date,
         published_precision, published, dateline, meta, text, removed, messages, crawled_at, ingested_at)
       VALUES (@id, @hash, @source, @url, @kind, @size, @charset, @title, @outlet, @published_date,
         @published_precision, @published, @dateline, @meta, @text, @removed, @messages, @crawled_at, @ingested_at)
       ON CONFLICT(hash) DO NOTHING`,
    );
    const m = doc.meta;
    const run = this.db.transaction((): PutResult => {
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
      return info.changes === 1 ? "inserted" : "unchanged";
    });
    return run.immediate();
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.db.prepare("SELECT * FROM documents WHERE id = ?").get(id) as Row | undefined;
    return r ? toStoredDocument(r) : null;
  }

  async matchIds(prefix: string, limit: number): Promise<string[]> {
    // ids are [a-z0-9_]: a prefix range scan on the unique index, no LIKE escaping needed
    const rows = this.db
      .prepare("SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?")
      .all(prefix, prefix + "\uffff", limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<DocumentRow[]> {
    const rows = this.db
      .prepare(`SELECT ${LIST_COLUMNS} FROM documents ORDER BY seq LIMIT ? OFFSET ?`)
      .all(opts.limit ?? -1, opts.offset ?? 0) as Row[];
    return rows.map(toDocumentRow);
  }

  async *iterateDocuments(): AsyncIterable<StoredDocument> {
    const page = this.db.prepare("SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ?");
    let after = 0;
    for (;;) {
      const rows = page.all(after, PAGE_SIZE) as Row[];
      if (!rows.length) return;
      for (const r of rows) yield toStoredDocument(r);
      after = rows[rows.length - 1]!.seq as number;
    }
  }

  async search(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const parsed = parseQuery(query);
    if (!parsed.terms.length) return [];
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, d.source, d.published_date,
                snippet(documents_fts, 1, '**', '**', '…', 16) AS snippet
           FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
          WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(toFts5(parsed), opts.limit ?? 20) as Row[];
    return rows.map((r) => ({
      id: r.id as string,
      title: (r.title as string | null) ?? null,
      source: r.source as string,
      published: (r.published_date as string | null) ?? null,
      snippet: r.snippet as string,
    }));
  }

  async countDocuments(): Promise<number> {
    return (this.db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
