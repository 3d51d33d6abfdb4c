import type Database from "better-sqlite3";
import type { TextEvent } from "../../extract/types.js";
import { eventId, type EventQuery, type EventRow } from "../store.js";
import { encodeCursor, UNDATED } from "../cursor.js";
import { parseJson, prepared, type Row } from "./rows.js";
import { dateBounds } from "../date-bounds.js";
import { afterCursor } from "./statement-filter.js";
import { wordsFilter } from "./words-index.js";

// Events the texts tell of, with the actors they name in a table of their own so a timeline can filter by actor.

type Db = Database.Database;

/** The order of a listing, undated last: the expression the events_when index holds (a literal, not a parameter). */
const WHEN = `coalesce(e.date, '${UNDATED}')`;

/** The document's events; runs inside putDocuments' transaction. */
export function putEvents(db: Db, documentId: string, events: readonly TextEvent[]): void {
  const event = prepared(
    db,
    `INSERT OR IGNORE INTO events (id, document_id, seq, start, end, text, sentence, date, precision, basis, expr, actors,
     pack_event_id, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const actor = prepared(db, "INSERT OR IGNORE INTO event_actors (event_id, actor_key) VALUES (?, ?)");
  events.forEach((e, i) => {
    const id = eventId(documentId, e);
    event.run(id, documentId, i, e.start, e.end, e.text, e.sentence, e.date, e.precision, e.basis, e.expr ? JSON.stringify(e.expr) : null,
      JSON.stringify(e.actors), e.packEventId, e.ruleId);
    for (const key of e.actors) actor.run(id, key);
  });
}

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
    expr: parseJson(r.expr, null),
    actors: parseJson(r.actors, []),
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

export function listEvents(db: Db, q: EventQuery): { rows: EventRow[]; next: string | null } {
  const where: string[] = [];
  const args: unknown[] = [];
  where.push(...dateBounds("e.date", WHEN, q.from, q.to, (v) => (args.push(v), "?")));
  if (q.actors?.length) {
    where.push("e.id IN (SELECT event_id FROM event_actors WHERE actor_key IN (SELECT value FROM json_each(?)))");
    args.push(JSON.stringify(q.actors));
  }
  if (q.documentId) (where.push("e.document_id = ?"), args.push(q.documentId));
  if (q.packEventId) (where.push("e.pack_event_id = ?"), args.push(q.packEventId));
  // read along events_pack_event_when (pack_event_id IS NULL, then in date order)
  if (q.unnamed) where.push("e.pack_event_id IS NULL");
  if (q.text) {
    const words = wordsFilter(db, "events", "e", q.text);
    where.push(...words.clauses);
    args.push(...words.args);
  }
  if (q.after) {
    const after = afterCursor(WHEN, "e.id", q.after);
    where.push(after.clause);
    args.push(...after.args);
  }
  const limit = q.limit ?? 100;
  const rows = prepared(
    db,
    `SELECT e.*, d.source, d.url, d.title, d.outlet, d.published_date FROM events e JOIN documents d ON d.id = e.document_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${WHEN}, e.id LIMIT ?`,
  ).all(...args, limit + 1) as Row[];
  const page = rows.slice(0, limit).map(toEventRow);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? encodeCursor(last.date ?? UNDATED, last.id) : null };
}

export const countEventDocuments = (db: Db, packEventId: string): number =>
  (prepared(db, "SELECT count(DISTINCT document_id) AS n FROM events WHERE pack_event_id = ?").get(packEventId) as { n: number }).n;

export const countEvents = (db: Db): number => (prepared(db, "SELECT count(*) AS n FROM events").get() as { n: number }).n;
