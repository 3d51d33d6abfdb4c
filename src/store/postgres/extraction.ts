// A document's entities, mentions, statements, extraction data and events, as parts of putDocument's single
// statement (document-insert.ts). Each part inserts only when the document row was inserted.
import type { Extraction, TextEvent } from "../../extract/types.js";
import { documentEntities, extractionData } from "../extraction-data.js";
import { eventId } from "../store.js";
import { statementId } from "../ids.js";
import { pgJson, pgText } from "./rows.js";
import type { SqlBuilder } from "./document-insert.js";

const ONLY_NEW = "WHERE EXISTS (SELECT 1 FROM doc)";

/** `unnest($1::text[], $2::int[], …) AS t (c1, c2, …)` over the columns of `rows`. */
function unnest(q: SqlBuilder, rows: unknown[][], types: string[]): string {
  const arrays = types.map((type, i) => q.param(rows.map((r) => r[i]), `::${type}[]`));
  return `unnest(${arrays.join(", ")}) AS t (${types.map((_, i) => `c${i + 1}`).join(", ")})`;
}

export function extractionParts(q: SqlBuilder, documentId: string, x: Extraction): void {
  const entities = documentEntities(x);
  if (entities.length) {
    const rows = entities.map((e) => [pgText(e.key), pgText(e.name), e.kind, e.country, e.actorId ?? null]);
    q.with(
      "entity",
      `INSERT INTO entities (key, name, kind, country, actor_id)
       SELECT * FROM ${unnest(q, rows, ["text", "text", "text", "text", "text"])} ${ONLY_NEW} ON CONFLICT (key) DO NOTHING`,
    );
  }
  if (x.mentions.length) {
    const rows = x.mentions.map((m, i) => [
      documentId, i, m.start, m.end, pgText(m.text), pgText(m.entity.key), m.form, pgText(m.title?.text ?? null), m.title?.officeId ?? null, m.ruleId,
    ]);
    q.with(
      "mention",
      `INSERT INTO mentions (document_id, seq, start, "end", text, entity_key, form, title, office_id, rule_id)
       SELECT * FROM ${unnest(q, rows, ["text", "int", "int", "int", "text", "text", "text", "text", "text", "text"])} ${ONLY_NEW}`,
    );
  }
  if (x.statements.length) {
    const rows = x.statements.map((st, i) => {
      const e = st.speaker.entity;
      const detail = { speaker: { mention: st.speaker.mention, ruleId: st.speaker.ruleId }, cue: st.cue, sentence: st.sentence, saidOn: st.saidOn, stance: st.stance };
      return [
        statementId(documentId, st), documentId, i, st.kind, pgText(st.text), st.start, st.end, pgText(e.key), pgText(e.name), e.country,
        e.kind, pgText(st.cue.text), st.saidOn.date, st.saidOn.precision, st.stance.stance, pgJson(detail), st.ruleId,
      ];
    });
    const types = ["text", "text", "int", "text", "text", "int", "int", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text"];
    q.with(
      "statement",
      `INSERT INTO statements (id, document_id, seq, kind, text, start, "end", speaker_key, speaker_name, speaker_country,
         speaker_kind, cue, said_on, said_on_precision, stance, detail, rule_id)
       SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16::jsonb, c17 FROM ${unnest(q, rows, types)} ${ONLY_NEW}`,
    );
  }
  q.with(
    "extraction",
    `INSERT INTO extractions (document_id, data) SELECT ${q.param(documentId)}, ${q.param(pgJson(extractionData(x)))}::jsonb ${ONLY_NEW}`,
  );
  if (x.events?.length) eventParts(q, documentId, x.events);
}

function eventParts(q: SqlBuilder, documentId: string, events: readonly TextEvent[]): void {
  const ids = events.map((e) => eventId(documentId, e));
  const rows = events.map((e, i) => [
    ids[i], documentId, i, e.start, e.end, pgText(e.text), e.sentence, e.date, e.precision, pgText(e.basis),
    e.expr ? pgJson(e.expr) : null, pgJson(e.actors), e.packEventId, e.ruleId,
  ]);
  const types = ["text", "text", "int", "int", "int", "text", "int", "text", "text", "text", "text", "text", "text", "text"];
  q.with(
    "event",
    `INSERT INTO events (id, document_id, seq, start, "end", text, sentence, date, precision, basis, expr, actors, pack_event_id, rule_id)
     SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11::jsonb, c12::jsonb, c13, c14 FROM ${unnest(q, rows, types)} ${ONLY_NEW}
     ON CONFLICT (id) DO NOTHING`,
  );
  const named = [...new Set(events.flatMap((e) => (e.packEventId ? [e.packEventId] : [])))];
  if (named.length) {
    q.with(
      "pack_event_document",
      `INSERT INTO pack_event_documents (pack_event_id, document_id)
       SELECT unnest(${q.param(named, "::text[]")}), ${q.param(documentId)} ${ONLY_NEW} ON CONFLICT DO NOTHING`,
    );
  }
  const actors = [...new Set(events.flatMap((e, i) => e.actors.map((key) => JSON.stringify([ids[i], key]))))].map((pair) => JSON.parse(pair) as string[]);
  if (actors.length) {
    // an event whose id was already taken (ON CONFLICT above) keeps its actors; the pair is skipped like the event
    q.with(
      "event_actor",
      `INSERT INTO event_actors (event_id, actor_key) SELECT * FROM ${unnest(q, actors, ["text", "text"])} ${ONLY_NEW} ON CONFLICT DO NOTHING`,
    );
  }
}
