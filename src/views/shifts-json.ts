import type { Run, Shift, StancePoint } from "./shifts.js";
import type { EntrySource } from "./timeline-types.js";

// Points, shifts and runs as the exports and --json write them (snake case, like the JSON export).

const source = (s: EntrySource): Record<string, unknown> => ({ document: s.document, outlet: s.outlet, published: s.published, start: s.start, end: s.end });

export const exportPoint = (p: StancePoint): Record<string, unknown> => ({
  statement: p.id,
  date: p.date,
  precision: p.precision,
  basis: p.basis,
  stance: p.stance,
  stance_cues: p.cues,
  speaker: p.speaker,
  text: p.text,
  sources: p.sources.map(source),
});

export const exportShift = (s: Shift): Record<string, unknown> => ({
  subject: s.subject,
  from: s.from,
  to: s.to,
  certain: s.certain,
  before: exportPoint(s.before),
  after: exportPoint(s.after),
});

export const exportRun = (r: Run): Record<string, unknown> => ({
  subject: r.subject,
  stance: r.stance,
  from: r.first.date,
  to: r.last.date,
  statements: r.count,
  first: r.first.id,
  last: r.last.id,
});
