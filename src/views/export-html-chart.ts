import { dateInterval } from "../core/pack-dates.js";
import type { Stance } from "../extract/types.js";
import type { SideStory } from "./brief.js";
import { html } from "./export-escape.js";

// Stance over time as an inline SVG (no script, no external asset): one row per side, one mark per month in which
// its speakers took a stance, coloured by stance, on a shared time axis; a month with two stances shows both.

// Drawing size in SVG units; the page scales it to its width.
const WIDTH = 900;
const ROW = 34;
const LABEL = 150;
const PAD = 14;
const AXIS = 26;
const RADIUS = 6;

export const STANCE_COLOURS: Record<Stance, string> = { open: "#2e7d32", conditional: "#b58900", closed: "#c62828", neutral: "#777777" };
// Where a stance sits within its side's row, so a month with two stances shows both.
const OFFSET: Record<Stance, number> = { open: -8, conditional: 0, closed: 8, neutral: 0 };

const dayValue = (date: string, end = false): number => Date.parse(`${(end ? dateInterval(date).end : dateInterval(date).start)}T00:00:00Z`);

export function stanceChart(sides: SideStory[], labelOf: (s: SideStory) => string): string {
  const marks = sides.flatMap((s) => s.marks);
  if (!marks.length) return "";
  const lo = Math.min(...marks.map((m) => dayValue(m.date)));
  const hi = Math.max(...marks.map((m) => dayValue(m.date, true)));
  const span = Math.max(hi - lo, 1);
  const x = (date: string): number => LABEL + PAD + ((WIDTH - LABEL - 2 * PAD) * ((dayValue(date) + dayValue(date, true)) / 2 - lo)) / span;
  const height = sides.length * ROW + AXIS;
  const rows = sides.map((s, i) => {
    const y = i * ROW + ROW / 2;
    const dots = s.marks.map(
      (m) =>
        `<circle cx="${x(m.date).toFixed(1)}" cy="${y + OFFSET[m.stance]}" r="${RADIUS}" fill="${STANCE_COLOURS[m.stance]}"><title>${html(`${m.date}: ${m.stance} (${m.count})`)}</title></circle>`,
    );
    return `<text x="0" y="${y + 4}" class="lbl">${html(labelOf(s))}</text><line x1="${LABEL}" x2="${WIDTH}" y1="${y}" y2="${y}" class="rule"/>${dots.join("")}`;
  });
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi).getUTCFullYear();
  const axis = `<text x="${LABEL + PAD}" y="${height - 6}" class="lbl">${first}</text><text x="${WIDTH - PAD}" y="${height - 6}" class="lbl" text-anchor="end">${last}</text>`;
  const legend = (Object.keys(OFFSET) as Stance[])
    .filter((s) => s !== "neutral")
    .map((s) => `<span class="st st-${s}">${s}</span>`)
    .join(" ");
  return `<figure><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="stance of each side over time">${rows.join("")}${axis}</svg><figcaption>Stance of each side by month: ${legend}</figcaption></figure>`;
}
