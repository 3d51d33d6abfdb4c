import { packIndex, precisionOf, type Pack, type PackEvent } from "../core/pack.js";
import { inBounds, type EventEntry, type TimelineFilter } from "./timeline-types.js";

// The pack's events as timeline entries: the story's dated backbone (treaties, declarations, summits). Each
// carries the pack's description; the documents that name it are added where the timeline is merged.

/** Entity keys of a pack event's actors: an actor as pack:<id>, a side as its government's key (or side:<id>). */
export function packEventActors(pack: Pack, e: PackEvent): string[] {
  const index = packIndex(pack);
  return e.actors.map((id) => {
    if (index.actor(id)) return `pack:${id}`;
    const side = index.side(id);
    return side?.government ? `pack:${side.government}` : `side:${id}`;
  });
}

/** The sides a pack event involves: named sides and the countries of its actors. */
function sidesOf(pack: Pack, e: PackEvent): Set<string> {
  const index = packIndex(pack);
  return new Set(e.actors.map((id) => index.actor(id)?.country ?? id));
}

export function packEntry(pack: Pack, e: PackEvent): EventEntry {
  const held = e.end ? ` until ${e.end}` : "";
  return {
    type: "event",
    id: `pack:${e.id}`,
    date: e.date,
    precision: precisionOf(e.date),
    basis: `the pack's date for '${e.names[0]}'${held}${e.note ? ` (${e.note})` : ""}`,
    sources: [],
    sourceCount: 0,
    origin: "pack",
    packEventId: e.id,
    title: e.names[0]!,
    text: e.description,
    actors: packEventActors(pack, e),
  };
}

/** The pack's events that pass the filter, in date order; none when a stance is asked for (events have none). */
export function packEntries(pack: Pack | null, f: TimelineFilter): EventEntry[] {
  if (!pack || f.stance) return [];
  const wanted = f.actors?.length ? new Set(f.actors) : null;
  const words = f.text?.toLowerCase();
  return pack.events
    .filter((e) => inBounds(e.date, f))
    .filter((e) => !words || `${e.names[0]} ${e.description}`.toLowerCase().includes(words))
    .filter((e) => !f.side || sidesOf(pack, e).has(f.side))
    .map((e) => packEntry(pack, e))
    .filter((e) => !wanted || e.actors.some((k) => wanted.has(k)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
}
