import { packIndex, type Pack } from "../core/pack.js";
import type { Precision } from "../core/types.js";
import type { Stance } from "../extract/types.js";
import type { Store } from "../store/store.js";
import { datedStatements } from "./pages.js";
import { byDate, pointOf, StanceTracker, subjectsOf, type Run, type Shift, type Subject } from "./shifts.js";

// What the Markdown brief and the HTML report say about the sides: where each stands now (its current run of
// one stance), how it moved (its shifts), and marks for a chart of stance over time. One pass over the dated
// statements; memory grows with the sides and the months, not with the statements.

export interface SideStory {
  subject: Subject;
  now: Run | null;
  shifts: Shift[];
  /** One mark per month and stance the side's statements took (neutral left out). */
  marks: { date: string; precision: Precision | null; stance: Stance; count: number }[];
}

export interface Brief {
  title: string;
  issue: string | null;
  documents: number;
  statements: number;
  sides: SideStory[];
}

/** The month a date lies in (a year stays a year): the unit of the chart's marks. */
const monthOf = (date: string): string => date.slice(0, 7);

export async function gatherBrief(store: Store, pack: Pack | null): Promise<Brief> {
  const sidesOnly = (p: Parameters<typeof subjectsOf>[0]) => subjectsOf(p, pack).filter((s) => s.type === "side");
  const tracker = new StanceTracker(sidesOnly);
  const stories = new Map<string, SideStory>();
  const story = (subject: Subject): SideStory => {
    let s = stories.get(subject.key);
    if (!s) stories.set(subject.key, (s = { subject, now: null, shifts: [], marks: [] }));
    return s;
  };
  for await (const day of byDate(datedStatements(store), (s) => s.saidOn.date!)) {
    const points = day.map(pointOf);
    for (const shift of tracker.addDate(points)) story(shift.subject).shifts.push(shift);
    for (const p of points) {
      if (p.stance === "neutral") continue;
      for (const subject of sidesOnly(p)) {
        const marks = story(subject).marks;
        const date = monthOf(p.date);
        const mark = marks.find((m) => m.date === date && m.stance === p.stance);
        if (mark) mark.count++;
        else marks.push({ date, precision: date.length === 4 ? "year" : "month", stance: p.stance, count: 1 });
      }
    }
  }
  for (const run of tracker.positions()) story(run.subject).now = run;
  const order = pack?.sides.map((s) => s.id) ?? [];
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  return {
    title: pack ? pack.title : "Dossier",
    issue: pack?.issue.description ?? null,
    documents: await store.countDocuments(),
    statements: await store.countMergedStatements(),
    sides: [...stories.values()].sort((a, b) => rank(a.subject.key) - rank(b.subject.key) || a.subject.key.localeCompare(b.subject.key)),
  };
}

/** The side's name as the pack gives it, with its code. */
export const sideLabel = (s: Subject, pack: Pack | null): string => {
  const name = (pack && packIndex(pack).side(s.key)?.name) ?? s.name;
  return name === s.key ? s.key : `${name} (${s.key})`;
};
