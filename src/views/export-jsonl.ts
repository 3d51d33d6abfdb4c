import type { Pack } from "../core/pack.js";
import type { Store } from "../store/store.js";
import { exportDocument, exportStatement, type Sink } from "./export-json.js";
import { paged, PAGE_SIZE } from "./pages.js";
import { storeShifts } from "./shifts.js";
import { exportShift } from "./shifts-json.js";
import { timeline } from "./timeline.js";
import { exportEntry } from "./timeline-types.js";

// JSONL: one record per line, each with a `type` — document, statement (merged, with every source), event (as a
// document tells it), timeline (an entry of the timeline), shift — so a script can stream and pick what it needs.

export type JsonlCounts = Record<"document" | "statement" | "event" | "timeline" | "shift", number>;

export async function writeJsonl(store: Store, sink: Sink, opts: { pack: Pack | null }): Promise<JsonlCounts> {
  const counts: JsonlCounts = { document: 0, statement: 0, event: 0, timeline: 0, shift: 0 };
  const line = async (type: keyof JsonlCounts, record: Record<string, unknown>): Promise<void> => {
    counts[type]++;
    // the record's own fields never replace its type, which comes first on the line
    const { type: _own, ...fields } = record;
    await sink.write(JSON.stringify({ type, ...fields }) + "\n");
  };
  for await (const d of store.iterateDocuments()) await line("document", exportDocument(d));
  for await (const s of store.iterateMergedStatements()) await line("statement", exportStatement(s));
  for await (const e of paged((after) => store.listEvents({ limit: PAGE_SIZE, ...(after ? { after } : {}) }))) {
    await line("event", {
      id: e.id, document: e.documentId, start: e.start, end: e.end, text: e.text, date: e.date, precision: e.precision,
      basis: e.basis, actors: e.actors, pack_event: e.packEventId, rule: e.ruleId, outlet: e.document.outlet,
    });
  }
  // a timeline record says in `entry` whether it is a statement or an event
  for await (const e of timeline(store, opts.pack)) await line("timeline", { ...exportEntry(e), entry: e.type });
  for await (const s of storeShifts(store, opts.pack)) await line("shift", exportShift(s));
  return counts;
}
