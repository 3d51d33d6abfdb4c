import type pg from "pg";
import type { EventQuery, EventRow } from "../store.js";
import { decodeCursor, encodeCursor, UNDATED } from "../cursor.js";
import type { Row } from "./rows.js";
import { containsPattern } from "../fts-query.js";
import { dateBounds } from "../date-bounds.js";

// Events the texts tell of (PostgreSQL), with the actors they name in a table of their own so a timeline can filter
// by actor. They are written with their document (extraction.ts).

function toEventRow(r: Row): EventRow {
  return {
    id: r.id as string,
    documentId: r.document_id as string,
    start: r.start as number,
    end: r.end as number,
    text: r.text as string,
    sentence: r.sentence as number,
    date: (r.date as string | null) ?? null,
    precision: (r.precision as EventRow["precision"]) ?? null,
    basis: r.basis as string,
    expr: (r.expr as EventRow["expr"]) ?? null,
    actors: (r.actors as string[]) ?? [],
    packEventId: (r.pack_event_id as string | null) ?? null,
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

export async function listEvents(pool: pg.Pool, q: EventQuery): Promise<{ rows: EventRow[]; next: string | null }> {
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (value: unknown): string => `$${args.push(value)}`;
  // a literal, not a parameter, so the planner can use the events_…when indexes; bounds go on it too
  const when = `coalesce(e.date, '${UNDATED}')`;
  where.push(...dateBounds("e.date", when, q.from, q.to, arg));
  if (q.actors?.length) where.push(`e.id IN (SELECT event_id FROM event_actors WHERE actor_key = ANY(${arg(q.actors)}::text[]))`);
  if (q.documentId) where.push(`e.document_id = ${arg(q.documentId)}`);
  if (q.packEventId) where.push(`e.pack_event_id = ${arg(q.packEventId)}`);
  // as written, so the planner takes the partial index of such events (migration 8)
  if (q.unnamed) where.push("e.pack_event_id IS NULL");
  // ILIKE folds ASCII case under the "C" collation, as SQLite's LIKE does
  if (q.text) where.push(`e.text ILIKE ${arg(containsPattern(q.text))}`);
  if (q.after) {
    const [after, id] = decodeCursor(q.after);
    where.push(`(${when}, e.id) > (${arg(after)}, ${arg(id)})`);
  }
  const limit = q.limit ?? 100;
  const { rows } = await pool.query(
    `SELECT e.*, d.source, d.url, d.title, d.outlet, d.published_date FROM events e JOIN documents d ON d.id = e.document_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${when}, e.id LIMIT ${arg(limit + 1)}`,
    args,
  );
  const page = (rows as Row[]).slice(0, limit).map(toEventRow);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? encodeCursor(last.date ?? UNDATED, last.id) : null };
}

export async function countEventDocuments(pool: pg.Pool, packEventId: string): Promise<number> {
  // one row per pack event and document (migration 11): counted from the primary key's index alone
  return (await pool.query("SELECT count(*)::int AS n FROM pack_event_documents WHERE pack_event_id = $1", [packEventId])).rows[0].n as number;
}

export async function countEvents(pool: pg.Pool): Promise<number> {
  return (await pool.query("SELECT count(*)::int AS n FROM events")).rows[0].n as number;
}
