import * as Plot from "@observablehq/plot";
import { parseHtml } from "../core/html.js";
import type { Precision } from "../core/types.js";
import type { Stance } from "../extract/types.js";
import { STANCES } from "./filters.js";
import { trusted, type Html } from "./html.js";

// The stance chart: one lane per actor (or per stance on an actor's page), time across, one mark per statement
// coloured by stance and linking to the sentence it comes from; a shift drawn as a dark bar across the whole lane,
// just before the first statement of the new stance.
// Observable Plot draws it on the server into a linkedom document; the page carries the SVG, no script.

/** The stance colours; style.css uses the same ones for the highlighted quotes and the legend. */
export const STANCE_COLORS: Record<Stance, string> = { open: "#2c7bb6", conditional: "#e08214", closed: "#d7191c", neutral: "#9a9a9a" };

// Drawing constants: the SVG's width in user units (CSS scales it), the height of one lane, the room kept left of the
// lanes for their labels, and how far apart marks that would hide each other are set within a lane (in lanes).
const WIDTH = 960;
const LANE_HEIGHT = 30;
const LABEL_MARGIN = 190;
const LABEL_CHARS = 30;
const RADIUS = 4;
const SPREAD_STEP = 0.21;
const SPREAD_SLOTS = [0, -1, 1, -2, 2];
// A shift's bar: drawn over the marks, as tall as the lane (in lanes, either side of its centre), set this many
// pixels before the first statement of the new stance so it covers none of that date's marks, and this wide.
const SHIFT_REACH = 0.5;
const SHIFT_OFFSET = -(RADIUS + 3);
const SHIFT_WIDTH = 3;
// Room at both ends of the time axis (pixels), so the first and last marks and a shift's bar before the first one
// stand clear of the lane labels' ticks.
const TIME_INSET = 14;

export interface ChartLane {
  key: string;
  label: string;
}

export interface ChartMark {
  lane: string;
  date: string;
  precision: Precision | null;
  stance: Stance;
  /** Where the mark leads: the statement in its document. */
  href: string;
  /** Hover text: date, stance, speaker, words. */
  title: string;
}

export interface ChartShift {
  lane: string;
  date: string;
  title: string;
}

/** The middle of the period a partial date names: "2018" is drawn mid-2018, "2018-11" mid-November. */
export function midpoint(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number?, number?];
  if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d));
  if (m !== undefined) return new Date(Date.UTC(y, m - 1, 15));
  return new Date(Date.UTC(y, 6, 1));
}

const clipLabel = (s: string): string => (s.length <= LABEL_CHARS ? s : s.slice(0, LABEL_CHARS - 1) + "…");

/**
 * Marks of one lane closer than a mark's width would hide each other: each gets a slot across the lane (centre,
 * above, below, …), so two statements on the same day both show and both can be followed.
 */
function spread(points: { lane: number; when: Date }[], plotWidth: number): number[] {
  const times = points.map((p) => p.when.getTime());
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0 || 1;
  const taken = new Map<string, number>();
  return points.map((p, i) => {
    const bucket = `${p.lane}:${Math.round((((times[i]! - t0) / span) * plotWidth) / (2 * RADIUS))}`;
    const n = taken.get(bucket) ?? 0;
    taken.set(bucket, n + 1);
    return p.lane + SPREAD_SLOTS[n % SPREAD_SLOTS.length]! * SPREAD_STEP;
  });
}

export function stanceChart(opts: { lanes: ChartLane[]; marks: ChartMark[]; shifts: ChartShift[]; ariaLabel: string }): Html {
  const document = parseHtml("<!doctype html><html><head></head><body></body></html>");
  const index = new Map(opts.lanes.map((l, i) => [l.key, i]));
  const labels = opts.lanes.map((l) => clipLabel(l.label));
  const placed = opts.marks.filter((m) => index.has(m.lane)).map((m) => ({ ...m, lane: index.get(m.lane)!, when: midpoint(m.date), exact: m.precision === "day" }));
  const ys = spread(placed, WIDTH - LABEL_MARGIN);
  const points = placed.map((p, i) => ({ ...p, y: ys[i]! }));
  const shifts = opts.shifts
    .filter((s) => index.has(s.lane))
    .map((s) => ({ ...s, when: midpoint(s.date), y1: index.get(s.lane)! - SHIFT_REACH, y2: index.get(s.lane)! + SHIFT_REACH }));
  const common = { x: "when", y: "y", href: "href", title: "title", r: RADIUS } as const;
  const svg = Plot.plot({
    document,
    className: "stance-plot",
    width: WIDTH,
    height: Math.max(90, opts.lanes.length * LANE_HEIGHT + 50),
    marginLeft: LABEL_MARGIN,
    ariaLabel: opts.ariaLabel,
    x: { type: "utc", label: null, grid: true, inset: TIME_INSET },
    // lanes are numbered top down; ticks only at their centres, labelled with the lane's name
    y: { type: "linear", domain: [opts.lanes.length - 0.5, -0.5], ticks: opts.lanes.map((_, i) => i), tickFormat: (i: number) => labels[i] ?? "", label: null },
    color: { domain: [...STANCES], range: STANCES.map((s) => STANCE_COLORS[s]) },
    marks: [
      // stated to the day: filled; known only to the month or year: a ring at the middle of the period
      Plot.dot(points.filter((p) => p.exact), { ...common, fill: "stance", stroke: "white", strokeWidth: 0.6 }),
      Plot.dot(points.filter((p) => !p.exact), { ...common, stroke: "stance", fill: "white", strokeWidth: 1.6 }),
      // over the marks, so no mark hides a shift; beside them, so a shift hides no mark
      Plot.ruleX(shifts, {
        x: "when", y1: "y1", y2: "y2", dx: SHIFT_OFFSET, stroke: "currentColor", strokeWidth: SHIFT_WIDTH, strokeLinecap: "round", title: "title",
        className: "shift",
      }),
    ],
  });
  // Plot adds a <style> element; the CSP refuses inline styles, so its rules live in style.css instead
  for (const style of svg.querySelectorAll("style")) style.remove();
  return trusted(svg.outerHTML as string);
}
