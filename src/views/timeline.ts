import { packIndex, type Pack } from "../core/pack.js";
import type { EventRow, Store } from "../store/store.js";
import { datedEvents, datedStatements, paged, PAGE_SIZE } from "./pages.js";
import { packEntries } from "./timeline-pack.js";
import { mergeTimeline } from "./timeline-merge.js";
import type { TimelineEntry, TimelineFilter } from "./timeline-types.js";

// The timeline of a store: what was said and what happened, ordered by when (said_on, the event's date — not
// when it was published), with the documents and outlets behind each entry. Undated statements and events have
// no place on it (dossier statements lists them). The pack's events come in with the documents that name them.

/** The side of an entity key: the pack's actor's country, else the stored entity's. */
function sideFinder(store: Store, pack: Pack | null): (key: string) => Promise<string | null> {
  const known = new Map<string, string | null>();
  return async (key) => {
    if (known.has(key)) return known.get(key)!;
    const actor = pack && key.startsWith("pack:") ? packIndex(pack).actor(key.slice(5)) : undefined;
    const side = actor ? actor.country : ((await store.getEntity(key))?.country ?? null);
    known.set(key, side);
    return side;
  };
}

async function* ofSide(events: AsyncIterable<EventRow>, side: string, sideOf: (key: string) => Promise<string | null>): AsyncGenerator<EventRow> {
  for await (const e of events) {
    for (const key of e.actors) {
      if ((await sideOf(key)) === side) {
        yield e;
        break;
      }
    }
  }
}

async function* none<T>(): AsyncGenerator<T> {}

export interface TimelineOptions {
  /** Read at most this many documents behind each pack event (the rest are counted): for views that show a few. */
  sourceLimit?: number;
}

/** The timeline entries that pass the filter, in date order, read from the store as they are written out. */
export function timeline(store: Store, pack: Pack | null, f: TimelineFilter = {}, opts: TimelineOptions = {}): AsyncGenerator<TimelineEntry> {
  const bounds = { ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
  // words are looked for by the store, so a rare word costs a query, not a read of the whole timeline
  const words = f.text ? { text: f.text } : {};
  const statements = datedStatements(store, {
    ...bounds,
    ...words,
    ...(f.actors?.length ? { speakers: f.actors } : {}),
    ...(f.side ? { side: f.side } : {}),
    ...(f.stance ? { stance: f.stance } : {}),
  });
  // With a pack, events naming a pack event are read as that entry's sources (sourcesOf), not in the date-ordered
  // stream: a story's founding treaty is named in most of its documents, and skipping those in the stream cost a
  // read of every one of them before the first entry. (An event naming a pack event of another pack is left out.)
  let events: AsyncIterable<EventRow> = f.stance
    ? none()
    : datedEvents(store, { ...bounds, ...words, ...(f.actors?.length ? { actors: f.actors } : {}), ...(pack ? { unnamed: true } : {}) });
  if (f.side && !f.stance) events = ofSide(events, f.side, sideFinder(store, pack));
  return mergeTimeline({
    statements,
    events,
    packEntries: packEntries(pack, f),
    sourcesOf: (id) => paged((after) => store.listEvents({ packEventId: id, limit: Math.min(PAGE_SIZE, (opts.sourceLimit ?? PAGE_SIZE) + 1), ...(after ? { after } : {}) })),
    countSources: (id) => store.countEventDocuments(id),
    saidIn: async (documentIds, date) => {
      const out: { documentId: string; text: string }[] = [];
      for (const documentId of documentIds) {
        for await (const s of paged((after) => store.listStatements({ documentId, from: date, to: date, limit: PAGE_SIZE, ...(after ? { after } : {}) }))) {
          if (s.saidOn.date === date) out.push({ documentId, text: s.text });
        }
      }
      return out;
    },
    ...(opts.sourceLimit !== undefined ? { sourceLimit: opts.sourceLimit } : {}),
  });
}
