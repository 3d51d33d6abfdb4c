import { addDays, certainInterval, dayRange, sharedDays, widestInterval, type Interval } from "./pack-dates.js";
import type { Findings } from "./pack-checks.js";
import type { OfficeHolding, Pack, PackActor } from "./pack-types.js";

// Who held each single-holder office when: holders must not overlap beyond the handover day unless
// the pack declares why, and stretches with no holder inside the coverage period are reported.

// Holders of a single-holder office may share the handover day and no more.
const HANDOVER_DAYS = 1;

interface Held {
  actor: PackActor;
  holding: OfficeHolding;
}

const span = (h: OfficeHolding): string => `${h.start}..${h.end ?? "now"}`;
const datesOk = (h: OfficeHolding): boolean => dayRange(h.start) !== null && (h.end === null || dayRange(h.end) !== null);

/** Single-holder offices: overlapping holders (beyond a handover day) and vacancies within the coverage. */
export function checkHolders(pack: Pack, f: Findings): void {
  const byOffice = new Map<string, Held[]>();
  for (const actor of pack.actors) {
    for (const holding of actor.offices ?? []) {
      if (!datesOk(holding)) continue;
      const list = byOffice.get(holding.office) ?? [];
      list.push({ actor, holding });
      byOffice.set(holding.office, list);
    }
  }
  const horizon = dayRange(pack.coverage.to)?.to ?? pack.coverage.to;
  for (const office of pack.offices.filter((o) => o.singleHolder)) {
    const held = (byOffice.get(office.id) ?? []).sort((a, b) => a.holding.start.localeCompare(b.holding.start));
    for (let i = 0; i < held.length; i++) {
      for (let j = i + 1; j < held.length; j++) {
        const a = held[i]!;
        const b = held[j]!;
        const shared = sharedDays(
          certainInterval(a.holding.start, a.holding.end),
          certainInterval(b.holding.start, b.holding.end),
          horizon,
        );
        if (shared <= HANDOVER_DAYS) continue;
        const what = `${office.id}: ${a.actor.id} (${span(a.holding)}) and ${b.actor.id} (${span(b.holding)}) overlap by ${shared} days`;
        const reason = b.holding.overlapReason ?? a.holding.overlapReason;
        if (reason) f.warnings.push(`${what} (declared: ${reason})`);
        else f.errors.push(what);
      }
    }
    // An office created within the coverage period is not vacant before it existed.
    const established = office.established ? dayRange(office.established)?.from : undefined;
    const from = laterDay(dayRange(pack.coverage.from)?.from, established);
    const spans = held.map((h) => widestInterval(h.holding.start, h.holding.end));
    for (const gap of vacancies(spans, from, dayRange(pack.coverage.to)?.to)) {
      f.warnings.push(`${office.id}: no holder recorded ${gap.start}..${gap.end}`);
    }
  }
}

function laterDay(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return a > b ? a : b;
}

/** Stretches from `from` to `to` that no interval covers. */
function vacancies(spans: Interval[], from: string | undefined, to: string | undefined): Interval[] {
  if (!from || !to) return [];
  const gaps: Interval[] = [];
  let next = from; // the first day not yet known to be covered
  for (const s of [...spans].sort((a, b) => a.start.localeCompare(b.start))) {
    if (next > to) return gaps;
    if (s.start > next) {
      const before = addDays(s.start, -1);
      gaps.push({ start: next, end: before < to ? before : to });
    }
    if (s.end === null) return gaps;
    if (s.end >= next) next = addDays(s.end, 1);
  }
  if (next <= to) gaps.push({ start: next, end: to });
  return gaps;
}
