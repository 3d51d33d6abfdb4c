import type Database from "better-sqlite3";
import type { DocumentRow, EntityRow, StatementRow, StoredDocument } from "../store.js";

// Rows as SQLite returns them, turned into the Store's types. JSON columns are parsed here and nowhere else.

export type Row = Record<string, unknown>;

export const parseJson = <T>(value: unknown, fallback: T): T => (typeof value === "string" ? (JSON.parse(value) as T) : fallback);

export function toDocumentRow(r: Row): DocumentRow {
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
    duplicateOf: (r.duplicate_of as string | null) ?? null,
  };
}

export function toStoredDocument(r: Row): StoredDocument {
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

export function toStatementRow(r: Row): StatementRow {
  const detail = JSON.parse(r.detail as string) as Pick<StatementRow, "cue" | "sentence" | "saidOn" | "stance"> & {
    speaker: Pick<StatementRow["speaker"], "mention" | "ruleId">;
  };
  return {
    id: r.id as string,
    documentId: r.document_id as string,
    kind: r.kind as StatementRow["kind"],
    text: r.text as string,
    start: r.start as number,
    end: r.end as number,
    speaker: {
      key: r.speaker_key as string,
      name: r.speaker_name as string,
      country: (r.speaker_country as string | null) ?? null,
      kind: r.speaker_kind as StatementRow["speaker"]["kind"],
      ...detail.speaker,
    },
    cue: detail.cue,
    sentence: detail.sentence,
    saidOn: detail.saidOn,
    stance: detail.stance,
    ruleId: r.rule_id as string,
    document: {
      source: r.source as string,
      url: (r.url as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      outlet: (r.outlet as string | null) ?? null,
      published: (r.published_date as string | null) ?? null,
    },
  };
}

export function toEntityRow(r: Row): EntityRow {
  return {
    key: r.key as string,
    name: r.name as string,
    kind: r.kind as EntityRow["kind"],
    country: (r.country as string | null) ?? null,
    actorId: (r.actor_id as string | null) ?? null,
    statements: r.statements as number,
    mentions: r.mentions as number,
  };
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, made once per connection and SQL text: preparing costs more than running a small query. */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = db.prepare(sql)));
  return st;
}
