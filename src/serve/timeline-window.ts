import { decodeCursor, encodeCursor } from "../store/cursor.js";
import { timeline } from "../views/timeline.js";
import type { TimelineEntry, TimelineFilter } from "../views/timeline-types.js";
import { viewStore, type ServeContext } from "./context.js";
import { badParameter } from "./errors.js";
import type { StatementFilters } from "./filters.js";

// One page of the timeline (src/views/timeline.ts streams it whole, in date order). A page ends at an entry; the
// cursor says where: its date and how many entries of that date came before the next one. The next page
// starts the stream at that date and skips those, so a page costs what it shows, not what came before it.

/** Documents listed under one entry; the rest are counted (`sourceCount`): a pack event may be named in thousands. */
export const SOURCES_PER_ENTRY = 25;

export interface TimelineWindow {
  entries: TimelineEntry[];
  /** Opaque cursor of the next page, null on the last. */
  next: string | null;
}

/** The timeline filter for a statement query (the store's names for the same bounds). */
export function timelineFilter(f: StatementFilters): TimelineFilter {
  const q = f.query;
  const out: TimelineFilter = {};
  if (q.from) out.from = q.from;
  if (q.to) out.to = q.to;
  if (q.speakers) out.actors = q.speakers;
  if (q.side) out.side = q.side;
  if (q.stance) out.stance = q.stance;
  if (q.text) out.text = q.text;
  return out;
}

export async function timelineWindow(ctx: ServeContext, f: StatementFilters, opts: { cursor?: string; limit: number }): Promise<TimelineWindow> {
  if (f.noSpeaker) return { entries: [], next: null };
  const filter = timelineFilter(f);
  const [atDate, seen] = opts.cursor ? decodeCursor(opts.cursor) : [null, "0"];
  if (!/^\d+$/.test(seen)) throw badParameter("cursor", "is not a timeline cursor; use the `next` value of the previous page");
  const skip = Number(seen);
  // start at the cursor's date (entries before it were on earlier pages), never before the asked-for bound
  if (atDate && (!filter.from || atDate > filter.from)) filter.from = atDate;
  const entries: TimelineEntry[] = [];
  let date: string | null = null;
  let ofDate = 0;
  let lastCount = 0;
  for await (const e of timeline(viewStore(ctx.store), ctx.pack, filter, { sourceLimit: SOURCES_PER_ENTRY })) {
    if (e.date !== date) (date = e.date), (ofDate = 0);
    ofDate++;
    if (date === atDate && ofDate <= skip) continue;
    if (entries.length === opts.limit) {
      const last = entries[entries.length - 1]!;
      return { entries, next: encodeCursor(last.date, String(lastCount)) };
    }
    entries.push(e);
    lastCount = ofDate;
  }
  return { entries, next: null };
}
