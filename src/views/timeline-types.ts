import type { Precision } from "../core/types.js";
import type { Stance, StatementKind } from "../extract/types.js";

// What a timeline is made of: statements (when they were said) and events (when they happened), each with the
// documents behind it. Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD) with their precision and the evidence.

/** One document behind an entry, and where in its text. */
export interface EntrySource {
  document: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  source: string;
  start: number;
  end: number;
}

interface EntryBase {
  id: string;
  date: string;
  precision: Precision | null;
  /** Why this date: the time words and how they were read, or the pack. */
  basis: string;
  /** The documents behind it, all of them unless the timeline was asked for fewer (`sourceLimit`). */
  sources: EntrySource[];
  /** How many documents are behind it, whether all are in `sources` or not. */
  sourceCount: number;
}

export interface Speaker {
  key: string;
  name: string;
  country: string | null;
}

export interface StatementEntry extends EntryBase {
  type: "statement";
  speaker: Speaker;
  kind: StatementKind;
  text: string;
  stance: Stance;
  cues: string[];
}

export interface EventEntry extends EntryBase {
  type: "event";
  /** "pack": an event the story pack knows (with the documents that name it); "text": told only by documents. */
  origin: "pack" | "text";
  packEventId: string | null;
  /** The pack event's name, or the words that tell the event. */
  title: string;
  /** The pack's description; for a text event the same words as the title. */
  text: string;
  /** Entity keys (pack actors as pack:<id>, a side by its government's key). */
  actors: string[];
}

export type TimelineEntry = StatementEntry | EventEntry;

/** Only what falls in these bounds, by these actors, of this side or stance (a stance leaves events out). */
export interface TimelineFilter {
  /** Bounds at any precision, inclusive: "2023" takes in all of 2023. */
  from?: string;
  to?: string;
  /** Entity keys. */
  actors?: string[];
  side?: string;
  stance?: Stance;
  /** Words a statement's text, or an event's name or telling, must contain (any case; read by the store). */
  text?: string;
}

/** True when a date lies within the bounds, compared as the store does (a partial date sorts before its days). */
export function inBounds(date: string, f: Pick<TimelineFilter, "from" | "to">): boolean {
  return (!f.from || date >= f.from) && (!f.to || date < `${f.to}\uffff`);
}

const exportSource = (s: EntrySource): Record<string, unknown> => ({
  document: s.document, outlet: s.outlet, published: s.published, title: s.title, url: s.url, start: s.start, end: s.end,
});

/** An entry as the exports write it (snake case, like the statements of the JSON export). */
export function exportEntry(e: TimelineEntry): Record<string, unknown> {
  const when = { date: e.date, precision: e.precision, basis: e.basis };
  if (e.type === "statement") {
    return {
      type: e.type, id: e.id, ...when, speaker: e.speaker, kind: e.kind, text: e.text, stance: e.stance, stance_cues: e.cues,
      sources: e.sources.map(exportSource), source_count: e.sourceCount,
    };
  }
  return {
    type: e.type, id: e.id, ...when, origin: e.origin, pack_event: e.packEventId, title: e.title, text: e.text, actors: e.actors,
    sources: e.sources.map(exportSource), source_count: e.sourceCount,
  };
}
