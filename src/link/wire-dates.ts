import type { Precision, Published } from "../core/types.js";
import type { Member } from "./doc-groups.js";

// Dates from wire copies: a member of a group of near-duplicates that lacks a full date of its own takes the date
// of the best-dated member. A date the page states outright is kept unless the wire date only makes it more precise
// ("2023-02" → "2023-02-10"); an inferred date yields to a stated one; a republication stating another day keeps it.

export const RULE_WIRE_COPY = "published/wire-copy";

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };
const rank = (p: Published): number => (p.precision ? RANK[p.precision] : 3);
const dated = (p: Published): boolean => Boolean(p.date) && !p.crawl;
const stated = (p: Published): boolean => dated(p) && !p.inferred;
/** The finer date falls within the coarser one. */
const compatible = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/** The member whose own date the others take: stated before inferred, then the most precise, then the earliest. */
function sourceOf(members: readonly Member[]): Member | null {
  const candidates = members.filter((m) => dated(m.own));
  candidates.sort(
    (a, b) =>
      Number(stated(b.own)) - Number(stated(a.own)) ||
      rank(a.own) - rank(b.own) ||
      a.own.date!.localeCompare(b.own.date!) ||
      a.id.localeCompare(b.id),
  );
  return candidates[0] ?? null;
}

/** Whether a member with date `own` takes the source's date `wire`. */
function takes(own: Published, wire: Published): boolean {
  if (!dated(own)) return true;
  const finer = rank(wire) < rank(own);
  const fits = compatible(own.date!, wire.date!);
  if (stated(own)) return finer && fits;
  if (stated(wire)) return rank(wire) <= rank(own) || !fits;
  return finer && fits;
}

/** Each member's date after wire-copy dating (its own when it keeps it), by id. */
export function wireDates(members: readonly Member[]): Map<string, Published> {
  const out = new Map(members.map((m) => [m.id, m.own]));
  const source = sourceOf(members);
  if (!source) return out;
  const wire = source.own;
  for (const m of members) {
    if (m === source || !takes(m.own, wire)) continue;
    out.set(m.id, {
      date: wire.date,
      precision: wire.precision,
      basis: `wire copy of ${source.id}${source.title ? ` ('${source.title}')` : ""} published ${wire.date} (${wire.basis})`,
      ruleId: RULE_WIRE_COPY,
      inferred: true,
    });
  }
  return out;
}
