import type { Store } from "../store/store.js";
import { datedStatements } from "./pages.js";
import { byDate, pointOf, StanceTracker, type Run, type Shift, type StancePoint, type Subject } from "./shifts.js";

// One actor's or one side's stance over time: every dated statement in the order said (neutral ones included,
// marked as such), each with the shift it makes, and at the end the runs of one stance (see shifts.ts for how
// neutral statements and same-day statements are treated).

export interface SeriesStep {
  point: StancePoint;
  /** The shift this statement makes, if it starts a new stance. */
  shift: Shift | null;
}

/**
 * The series of a subject: an actor (its entity keys: a pack actor and the stored entities of its names) or a
 * side (a country code). Read from the store a page at a time; returns the runs once done.
 */
export async function* stanceSeries(store: Store, subject: Subject, keys: string[] = [subject.key]): AsyncGenerator<SeriesStep, Run[]> {
  const tracker = new StanceTracker(() => [subject], true);
  const q = subject.type === "side" ? { side: subject.key } : { speakers: keys };
  for await (const day of byDate(datedStatements(store, q), (s) => s.saidOn.date!)) {
    const points = day.map(pointOf);
    const shifts = tracker.addDate(points);
    for (const point of points) yield { point, shift: shifts.find((s) => s.after.id === point.id) ?? null };
  }
  return tracker.allRuns();
}
