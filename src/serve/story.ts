import { datedStatements } from "../views/pages.js";
import { byDate, pointOf, StanceTracker, subjectsOf, type Shift } from "../views/shifts.js";
import type { ChartLane, ChartMark, ChartShift } from "./chart.js";
import type { ServeContext } from "./context.js";
import { statementHref, statementTitle } from "./links.js";

// The story page's data: what the store holds, the span of time it covers, and the stance chart's lanes, marks and
// shifts. One pass over every dated statement also finds every shift of stance (src/views/shifts.ts), actors' and
// sides', which /api/shifts serves. It is computed per state of the store (see memo.ts), not per request.

// Lanes on the chart: the actors with the most dated statements. More lanes make the chart too tall to read.
const MAX_LANES = 14;
// Marks on the chart: past this many the page grows heavy (about 300 bytes a mark with its link and hover text)
// and the dots pile up. Statements with a stance are drawn first, then neutral ones from the most recent back.
const MAX_MARKS = 1200;
// Statements read between two turns of the event loop while scanning, so requests keep being answered.
const YIELD_EVERY = 500;

export interface StoryLane extends ChartLane {
  name: string;
  country: string | null;
  /** Dated statements of this speaker (merged reports count once). */
  statements: number;
}

export interface StoryModel {
  title: string;
  description: string | null;
  counts: { documents: number; reports: number; statements: number; dated: number; events: number; wireGroups: number };
  /** First and last date a statement was made, at the precision known. */
  said: { from: string | null; to: string | null };
  lanes: StoryLane[];
  marks: ChartMark[];
  /** Dated statements in the lanes, and how many of them are drawn. */
  inLanes: number;
  drawn: number;
  /** Shifts of the actors in the lanes, drawn as bars at the first statement of the new stance. */
  shifts: (ChartShift & { name: string; from: string; to: string; certain: boolean; before: string; after: string; href: string })[];
}

/** What one pass over the store yields: the story page, and every shift of stance in the order they happened. */
export interface StoreFacts {
  story: StoryModel;
  shifts: Shift[];
  /** The countries (sides) of every speaker in the store, dated statement or not, sorted. */
  countries: string[];
}

// A mark as the chart draws it, with the order it was said in (date, then id: the store's order).
interface Mark extends ChartMark {
  id: string;
}

/**
 * One speaker's most recent marks, statements with a stance and neutral ones apart: the chart draws stance first
 * and then the most recent neutral ones, so no more than MAX_MARKS of each can ever be drawn.
 */
class RecentMarks {
  readonly stance: Mark[] = [];
  readonly neutral: Mark[] = [];

  add(m: Mark): void {
    const list = m.stance === "neutral" ? this.neutral : this.stance;
    list.push(m);
    // trimmed now and then, not at every mark
    if (list.length >= 2 * MAX_MARKS) list.splice(0, list.length - MAX_MARKS);
  }
}

const byWhen = (a: Mark, b: Mark): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The marks drawn: all of the lanes' marks in date order when they fit, else stance first, most recent first. */
function drawnMarks(recent: RecentMarks[], inLanes: number): Mark[] {
  if (inLanes <= MAX_MARKS) return recent.flatMap((r) => [...r.stance, ...r.neutral]).sort(byWhen);
  const latest = (lists: Mark[][]): Mark[] => lists.flat().sort((a, b) => byWhen(b, a));
  return [...latest(recent.map((r) => r.stance)), ...latest(recent.map((r) => r.neutral))].slice(0, MAX_MARKS);
}

/**
 * One pass over the dated statements (merged reports once) in the order said, as the store lists them: counts,
 * lanes, each speaker's most recent marks and every shift. Nothing is held per statement, so memory stays flat on a
 * store of millions (holding them all took minutes of garbage collection at a million).
 */
export async function storeFacts(ctx: ServeContext): Promise<StoreFacts> {
  const [documents, reports, statements, events, wireGroups, countries] = await Promise.all([
    ctx.store.countDocuments(),
    ctx.store.countStatements(),
    ctx.store.countMergedStatements(),
    ctx.store.countEvents(),
    ctx.store.countDocumentGroups(),
    ctx.store.speakerCountries(),
  ]);
  // per speaker: its lane (with its count) and its most recent marks
  const speakers = new Map<string, { lane: StoryLane; marks: RecentMarks }>();
  const shifts: Shift[] = [];
  const tracker = new StanceTracker((p) => subjectsOf(p, ctx.pack));
  const said: StoryModel["said"] = { from: null, to: null };
  let dated = 0;
  let sinceYield = 0;
  for await (const day of byDate(datedStatements(ctx.store), (s) => s.saidOn.date!)) {
    shifts.push(...tracker.addDate(day.map(pointOf)));
    for (const s of day) {
      let speaker = speakers.get(s.speaker.key);
      if (!speaker) {
        const { key, name, country } = s.speaker;
        const lane = { key, name, country, label: country ? `${name} (${country})` : name, statements: 0 };
        speakers.set(key, (speaker = { lane, marks: new RecentMarks() }));
      }
      speaker.lane.statements++;
      speaker.marks.add({
        id: s.id,
        lane: s.speaker.key,
        date: s.saidOn.date!,
        precision: s.saidOn.precision,
        stance: s.stance.stance,
        href: statementHref(s),
        title: statementTitle(s),
      });
    }
    said.from ??= day[0]!.saidOn.date;
    said.to = day[0]!.saidOn.date;
    dated += day.length;
    // requests keep being answered while the pass runs
    sinceYield += day.length;
    if (sinceYield >= YIELD_EVERY) {
      sinceYield = 0;
      await new Promise((r) => setImmediate(r));
    }
  }
  const lanes = [...speakers.values()]
    .map((s) => s.lane)
    .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name))
    .slice(0, MAX_LANES);
  const inLane = new Set(lanes.map((l) => l.key));
  const inLanes = lanes.reduce((n, l) => n + l.statements, 0);
  const drawn = drawnMarks(lanes.map((l) => speakers.get(l.key)!.marks), inLanes);
  const story: StoryModel = {
    title: ctx.pack?.title ?? "dossier",
    description: ctx.pack?.description ?? null,
    counts: { documents, reports, statements, dated, events, wireGroups },
    said,
    lanes,
    marks: drawn.map(({ id: _, ...mark }) => mark),
    inLanes,
    drawn: drawn.length,
    shifts: shifts
      .filter((sh) => sh.subject.type === "actor" && inLane.has(sh.subject.key))
      .map((sh) => ({
        lane: sh.subject.key,
        name: sh.subject.name,
        date: sh.after.date,
        title: `${sh.subject.name}: ${sh.from} → ${sh.to} (${sh.before.date} → ${sh.after.date}${sh.certain ? "" : ", order not certain"})`,
        from: sh.from,
        to: sh.to,
        certain: sh.certain,
        before: sh.before.id,
        after: sh.after.id,
        href: statementHref({ id: sh.after.id, documentId: sh.after.sources[0]!.document }),
      })),
  };
  return { story, shifts, countries };
}
