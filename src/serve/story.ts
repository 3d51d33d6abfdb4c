import type { MergedStatement } from "../store/store.js";
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

const rank = (s: MergedStatement): number => (s.stance.stance === "neutral" ? 1 : 0);

/**
 * Every dated statement (merged reports once) in the order said: the store's order, said_on then id. Read in
 * document order, which the store pages along an index, and sorted here once, rather than asking the store for
 * date order a page at a time.
 */
async function datedInOrder(ctx: ServeContext, countries: Set<string>): Promise<MergedStatement[]> {
  const dated: MergedStatement[] = [];
  let n = 0;
  for await (const s of ctx.store.iterateMergedStatements()) {
    if (s.speaker.country) countries.add(s.speaker.country);
    if (s.saidOn.date) dated.push(s);
    if (++n % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
  }
  const key = (s: MergedStatement) => s.saidOn.date!;
  return dated.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function* asStream<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

export async function storeFacts(ctx: ServeContext): Promise<StoreFacts> {
  const [documents, reports, statements, events, wireGroups] = await Promise.all([
    ctx.store.countDocuments(),
    ctx.store.countStatements(),
    ctx.store.countMergedStatements(),
    ctx.store.countEvents(),
    ctx.store.countDocumentGroups(),
  ]);
  const countries = new Set<string>();
  const all = await datedInOrder(ctx, countries);
  const bySpeaker = new Map<string, StoryLane>();
  const shifts: Shift[] = [];
  const tracker = new StanceTracker((p) => subjectsOf(p, ctx.pack));
  for await (const day of byDate(asStream(all), (s) => s.saidOn.date!)) shifts.push(...tracker.addDate(day.map(pointOf)));
  for (const s of all) {
    const lane = bySpeaker.get(s.speaker.key) ?? {
      key: s.speaker.key,
      name: s.speaker.name,
      country: s.speaker.country,
      label: s.speaker.country ? `${s.speaker.name} (${s.speaker.country})` : s.speaker.name,
      statements: 0,
    };
    lane.statements++;
    bySpeaker.set(s.speaker.key, lane);
  }
  const lanes = [...bySpeaker.values()]
    .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name))
    .slice(0, MAX_LANES);
  const inLane = new Set(lanes.map((l) => l.key));
  const candidates = all.filter((s) => inLane.has(s.speaker.key));
  // the scan is in date order: a stable sort by rank keeps it, and the slice drops the oldest neutral ones
  const drawn = candidates.length <= MAX_MARKS ? candidates : [...candidates].reverse().sort((a, b) => rank(a) - rank(b)).slice(0, MAX_MARKS);
  const story: StoryModel = {
    title: ctx.pack?.title ?? "dossier",
    description: ctx.pack?.description ?? null,
    counts: { documents, reports, statements, dated: all.length, events, wireGroups },
    said: { from: all[0]?.saidOn.date ?? null, to: all[all.length - 1]?.saidOn.date ?? null },
    lanes,
    marks: drawn.map((s) => ({
      lane: s.speaker.key,
      date: s.saidOn.date!,
      precision: s.saidOn.precision,
      stance: s.stance.stance,
      href: statementHref(s),
      title: statementTitle(s),
    })),
    inLanes: candidates.length,
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
  return { story, shifts, countries: [...countries].sort() };
}
