import type { Pack } from "../core/pack.js";
import type { Store } from "../store/store.js";
import type { Sink } from "./export-json.js";
import { storeShifts } from "./shifts.js";
import { exportShift } from "./shifts-json.js";
import { timeline } from "./timeline.js";
import { exportEntry } from "./timeline-types.js";

// The JSON export's view fields after the documents and statements: `timeline` (every dated statement and
// event in order, with its sources) and `shifts` (every change of stance, with the statements before and after).
// Written piece by piece from the store, like the rest of the export.

export interface SectionCounts {
  timeline: number;
  shifts: number;
}

/** `,\n"timeline": [...],\n"shifts": [...]` — the leading comma included, to follow the statements array. */
export async function writeJsonSections(store: Store, sink: Sink, opts: { pack: Pack | null }): Promise<SectionCounts> {
  let t = 0;
  await sink.write(',\n"timeline": [');
  for await (const e of timeline(store, opts.pack)) await sink.write((t++ ? ",\n" : "\n") + JSON.stringify(exportEntry(e)));
  let s = 0;
  await sink.write('\n],\n"shifts": [');
  for await (const shift of storeShifts(store, opts.pack)) await sink.write((s++ ? ",\n" : "\n") + JSON.stringify(exportShift(shift)));
  await sink.write("\n]");
  return { timeline: t, shifts: s };
}
