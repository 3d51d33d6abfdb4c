import { packIndex, type Pack } from "../core/pack.js";
import { dateInterval } from "../core/pack-dates.js";
import type { Precision } from "../core/types.js";
import type { Stance } from "../extract/types.js";
import type { MergedStatement, Store } from "../store/store.js";
import { datedStatements, statementSource } from "./pages.js";
import type { EntrySource, Speaker } from "./timeline-types.js";

// Stance over time and where it changes. A series is the dated statements of one actor (a speaker) or one side
// (the speakers' country), in order of when they were said. A shift is where the stance changes between two
// consecutive statements of a series; both statements are its evidence.
//   - Neutral statements neither continue nor break a run: they pass no verdict on talks (facts, sovereignty
//     claims, criticism), so "closed … neutral … closed" is one closed run and "closed … neutral … open" one shift.
//   - Statements without a date have no place in a series.
//   - Statements of the same date come in no known order: those that continue the current run are taken first,
//     so a day with both stances makes at most the one shift it must.
//   - A shift is `certain` only when the two dates cannot overlap: "2018" then "2018-11", or two statements of
//     one day, may have come the other way round.

export interface Subject {
  type: "actor" | "side";
  /** Entity key for an actor, country code for a side. */
  key: string;
  name: string;
}

export interface StancePoint {
  id: string;
  date: string;
  precision: Precision | null;
  basis: string;
  stance: Stance;
  cues: string[];
  speaker: Speaker;
  text: string;
  sources: EntrySource[];
}

export interface Shift {
  subject: Subject;
  from: Stance;
  to: Stance;
  /** The last statement of the old stance and the first of the new. */
  before: StancePoint;
  after: StancePoint;
  certain: boolean;
}

/** A stretch of one stance: its first and last statement, and how many stated it. */
export interface Run {
  subject: Subject;
  stance: Stance;
  first: StancePoint;
  last: StancePoint;
  count: number;
}

export function pointOf(s: MergedStatement): StancePoint {
  return {
    id: s.id,
    date: s.saidOn.date!,
    precision: s.saidOn.precision,
    basis: s.saidOn.basis,
    stance: s.stance.stance,
    cues: s.stance.cues,
    speaker: { key: s.speaker.key, name: s.speaker.name, country: s.speaker.country },
    text: s.text,
    sources: s.sources.map(statementSource),
  };
}

/** The actor and the side a statement belongs to. */
export function subjectsOf(p: StancePoint, pack: Pack | null): Subject[] {
  const out: Subject[] = [{ type: "actor", key: p.speaker.key, name: p.speaker.name }];
  const c = p.speaker.country;
  if (c) out.push({ type: "side", key: c, name: (pack && packIndex(pack).side(c)?.name) ?? c });
  return out;
}

const subjectId = (s: Subject): string => `${s.type}:${s.key}`;
const certainOrder = (a: string, b: string): boolean => dateInterval(a).end! < dateInterval(b).start;

/** Runs and shifts of many series at once, fed one date at a time in date order. */
export class StanceTracker {
  private readonly current = new Map<string, Run>();
  /** Closed runs, kept only when asked for (one subject's series); shifts need only the current run. */
  readonly runs: Run[] = [];

  constructor(
    private readonly subjects: (p: StancePoint) => Subject[],
    private readonly keepRuns = false,
  ) {}

  /** Feed every statement of one date; returns the shifts they make. */
  addDate(points: StancePoint[]): Shift[] {
    const bySubject = new Map<string, { subject: Subject; points: StancePoint[] }>();
    for (const p of points) {
      if (p.stance === "neutral") continue;
      for (const subject of this.subjects(p)) {
        const id = subjectId(subject);
        const group = bySubject.get(id) ?? { subject, points: [] };
        group.points.push(p);
        bySubject.set(id, group);
      }
    }
    const shifts: Shift[] = [];
    for (const [id, { subject, points: list }] of bySubject) {
      const now = this.current.get(id)?.stance;
      list.sort((a, b) => Number(b.stance === now) - Number(a.stance === now) || a.stance.localeCompare(b.stance) || a.id.localeCompare(b.id));
      for (const p of list) {
        const run = this.current.get(id);
        if (run && run.stance === p.stance) {
          run.last = p;
          run.count++;
          continue;
        }
        if (run) {
          shifts.push({ subject, from: run.stance, to: p.stance, before: run.last, after: p, certain: certainOrder(run.last.date, p.date) });
          if (this.keepRuns) this.runs.push(run);
        }
        this.current.set(id, { subject, stance: p.stance, first: p, last: p, count: 1 });
      }
    }
    return shifts;
  }

  /** Where each series stands now: its current run. */
  positions(): Run[] {
    return [...this.current.values()];
  }

  /** Closed runs and the current ones (only with keepRuns). */
  allRuns(): Run[] {
    return [...this.runs, ...this.current.values()];
  }
}

/** Statements grouped by their date, in the order given (already by date). */
export async function* byDate<T>(items: AsyncIterable<T>, dateOf: (x: T) => string): AsyncGenerator<T[]> {
  let group: T[] = [];
  for await (const x of items) {
    if (group.length && dateOf(group[0]!) !== dateOf(x)) {
      yield group;
      group = [];
    }
    group.push(x);
  }
  if (group.length) yield group;
}

/** Every shift in the store, actors' and sides', in the order they happened; returns where each series ends. */
export async function* storeShifts(store: Store, pack: Pack | null): AsyncGenerator<Shift, Run[]> {
  const tracker = new StanceTracker((p) => subjectsOf(p, pack));
  for await (const day of byDate(datedStatements(store), (s) => s.saidOn.date!)) yield* tracker.addDate(day.map(pointOf));
  return tracker.positions();
}
