import type { EventRow, MergedStatement } from "../store/store.js";
import { eventSource, statementSource } from "./pages.js";
import type { EntrySource, EventEntry, StatementEntry, TimelineEntry } from "./timeline-types.js";
import { addTo } from "../core/multimap.js";

// The timeline from three streams already in date order — statements, the documents' events, the pack's
// events — merged one date at a time. Within a date: pack events, then events told only by documents (a date's are
// read together, to merge wire copies), then statements, streamed one by one: a date with thousands of statements
// costs what is read of it, and memory holds one date's events, never the whole store.
// A document's event is left out where something else already tells it:
//   - it names a pack event: it becomes one of that pack event's sources instead;
//   - its words hold the words of a statement its document dates the same day (the event is that statement being
//     made: "In March 2022, the Russian Foreign Ministry announced that …").
// The same event told by several documents (wire copies) is one entry with several sources.

export interface MergeInputs {
  /** Dated statements, in order of said_on. */
  statements: AsyncIterable<MergedStatement>;
  /** Dated events from documents, in date order: with a pack, only those naming none of its events (those are
   *  the pack entries' sources, read by sourcesOf). */
  events: AsyncIterable<EventRow>;
  /** The pack's events to show, in date order, without sources. */
  packEntries: EventEntry[];
  /** The documents' events that name a pack event. */
  sourcesOf(packEventId: string): AsyncIterable<EventRow>;
  /** The words of the statements these documents date `date` (exactly that date, at that precision). */
  saidIn(documentIds: string[], date: string): Promise<{ documentId: string; text: string }[]>;
  /** How many documents name the pack event. */
  countSources(packEventId: string): Promise<number>;
  /** At most this many sources per pack event are read (a pack event may be named in thousands of documents). */
  sourceLimit?: number;
}

interface Head<T> {
  it: AsyncIterator<T>;
  next: T | undefined;
}
async function head<T>(source: AsyncIterable<T>): Promise<Head<T>> {
  const it = source[Symbol.asyncIterator]();
  const r = await it.next();
  return { it, next: r.done ? undefined : r.value };
}
/** Every item at the head dated `date`, advancing past them. */
async function take<T>(h: Head<T>, date: string, dateOf: (x: T) => string): Promise<T[]> {
  const out: T[] = [];
  while (h.next !== undefined && dateOf(h.next) === date) {
    out.push(h.next);
    const r = await h.it.next();
    h.next = r.done ? undefined : r.value;
  }
  return out;
}

const fold = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

function statementEntry(s: MergedStatement): StatementEntry {
  const sources = s.sources.length ? s.sources.map(statementSource) : [
    { document: s.documentId, outlet: s.document.outlet, published: s.document.published, title: s.document.title, url: s.document.url, source: s.document.source, start: s.start, end: s.end },
  ];
  return {
    type: "statement", id: s.id, date: s.saidOn.date!, precision: s.saidOn.precision, basis: s.saidOn.basis, sources, sourceCount: sources.length,
    speaker: { key: s.speaker.key, name: s.speaker.name, country: s.speaker.country }, kind: s.kind, text: s.text,
    stance: s.stance.stance, cues: s.stance.cues,
  };
}

async function textEntries(events: EventRow[], date: string, inputs: MergeInputs): Promise<EventEntry[]> {
  const said = new Map<string, string[]>();
  if (events.length) {
    for (const s of await inputs.saidIn([...new Set(events.map((e) => e.documentId))], date)) {
      const words = fold(s.text);
      if (words.trim()) addTo(said, s.documentId, words);
    }
  }
  const byWords = new Map<string, EventEntry>();
  for (const e of events) {
    const words = fold(e.text);
    if (said.get(e.documentId)?.some((w) => words.includes(w))) continue;
    const same = byWords.get(words);
    if (same) {
      if (!same.sources.some((x) => x.document === e.documentId)) same.sourceCount = same.sources.push(eventSource(e));
      for (const a of e.actors) if (!same.actors.includes(a)) same.actors.push(a);
      continue;
    }
    byWords.set(words, {
      type: "event", id: e.id, date: e.date!, precision: e.precision, basis: e.basis, sources: [eventSource(e)], sourceCount: 1, origin: "text",
      packEventId: e.packEventId, title: e.text, text: e.text, actors: [...e.actors],
    });
  }
  return [...byWords.values()];
}

async function withSources(entry: EventEntry, inputs: MergeInputs): Promise<EventEntry> {
  const sources: EntrySource[] = [];
  const seen = new Set<string>();
  const limit = inputs.sourceLimit ?? Infinity;
  let complete = true;
  for await (const e of inputs.sourcesOf(entry.packEventId!)) {
    if (seen.has(e.documentId)) continue;
    if (sources.length >= limit) {
      complete = false;
      break;
    }
    seen.add(e.documentId);
    sources.push(eventSource(e));
  }
  return { ...entry, sources, sourceCount: complete ? sources.length : await inputs.countSources(entry.packEventId!) };
}

export async function* mergeTimeline(inputs: MergeInputs): AsyncGenerator<TimelineEntry> {
  const statements = await head(inputs.statements);
  const events = await head(inputs.events);
  const pack = await head((async function* () { yield* inputs.packEntries; })());
  for (;;) {
    const dates = [statements.next?.saidOn.date, events.next?.date, pack.next?.date].filter((d): d is string => typeof d === "string");
    if (!dates.length) return;
    const date = dates.reduce((a, b) => (b < a ? b : a));
    for (const p of await take(pack, date, (e) => e.date)) yield await withSources(p, inputs);
    yield* await textEntries(await take(events, date, (e) => e.date!), date, inputs);
    while (statements.next !== undefined && statements.next.saidOn.date === date) {
      const s = statements.next;
      const r = await statements.it.next();
      statements.next = r.done ? undefined : r.value;
      yield statementEntry(s);
    }
  }
}
