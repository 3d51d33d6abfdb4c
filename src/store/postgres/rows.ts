// PostgreSQL rows → the Store's shapes, and values → what PostgreSQL accepts. jsonb columns arrive parsed;
// bigint counts arrive as strings and are cast to int in the queries that need numbers.
import type { DocumentRow, EntityRow, StatementRow, StoredDocument } from "../store.js";

export type Row = Record<string, unknown>;

const NO_DATE = { date: null, precision: null, basis: "", ruleId: "", inferred: false };

/** PostgreSQL text cannot hold U+0000; a decoded binary page may. U+FFFD keeps every offset where it was. */
export const pgText = <T extends string | null | undefined>(s: T): T => (s ? (s.replaceAll("\0", "\uFFFD") as T) : s);

/** JSON for a jsonb column: jsonb refuses the \u0000 escape for the same reason. */
export const pgJson = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" ? pgText(v) : v));

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
    published: (r.published as DocumentRow["published"] | null) ?? NO_DATE,
    dateline: (r.dateline as DocumentRow["dateline"]) ?? null,
    crawledAt: (r.crawled_at as string | null) ?? null,
    ingestedAt: r.ingested_at as string,
    duplicateOf: (r.duplicate_of as string | null) ?? null,
  };
}

export function toStoredDocument(r: Row): StoredDocument {
  return {
    ...toDocumentRow(r),
    charset: (r.charset as StoredDocument["charset"]) ?? null,
    meta: r.meta as StoredDocument["meta"],
    text: r.text as string,
    removed: (r.removed as StoredDocument["removed"]) ?? [],
    messages: (r.messages as StoredDocument["messages"]) ?? [],
  };
}

type Detail = Pick<StatementRow, "cue" | "sentence" | "saidOn" | "stance"> & { speaker: Pick<StatementRow["speaker"], "mention" | "ruleId"> };

export function toStatementRow(r: Row): StatementRow {
  const detail = r.detail as Detail;
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
