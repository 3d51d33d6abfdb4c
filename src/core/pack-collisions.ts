import { sharedDays, widestInterval, type Interval } from "./pack-dates.js";
import type { Findings } from "./pack-checks.js";
import { makeFolder, surnameOf, type Folder } from "./pack-names.js";
import type { Pack, Period } from "./pack-types.js";

// Names that would make lookups ambiguous: one alias for two actors that existed at the same time,
// one title for two offices, one name for two places or two events.

/** How a name reaches its owner; context names need the text to have fixed the country first. */
export type NameRole = "name" | "alias" | "metonym" | "context" | "surname";

export interface NameEntry {
  key: string;
  text: string;
  owner: string;
  country: string;
  role: NameRole;
  /** When the owner existed (actors with a period; sides' capitals). */
  during: Interval;
}

const ALWAYS: Interval = { start: "0001-01-01", end: null };
// Two owners whose lifetimes share a single day (a state succeeding another) do not collide.
const SUCCESSION_DAYS = 1;

export function periodInterval(period: Period | undefined): Interval {
  if (!period) return ALWAYS;
  try {
    return widestInterval(period.from ?? "0001", period.to ?? null);
  } catch {
    return ALWAYS; // a bad date is reported by the date checks
  }
}

/** Every name an actor can be found by, including what the sides' names and capitals stand for. */
export function actorNames(pack: Pack, fold: Folder): NameEntry[] {
  const out: NameEntry[] = [];
  for (const a of pack.actors) {
    const during = periodInterval(a.period);
    const add = (text: string, role: NameRole): void => {
      out.push({ key: fold(text), text, owner: a.id, country: a.country, role, during });
    };
    add(a.name, "name");
    a.aliases.forEach((t) => add(t, "alias"));
    (a.metonyms ?? []).forEach((t) => add(t, "metonym"));
    (a.contextAliases ?? []).forEach((t) => add(t, "context"));
    const surname = surnameOf(a);
    if (surname) add(surname, "surname");
  }
  for (const s of pack.sides) {
    if (!s.government) continue;
    const during = periodInterval(s.period);
    for (const text of [...s.names, ...s.capitals]) {
      out.push({ key: fold(text), text, owner: s.government, country: s.id, role: "metonym", during });
    }
  }
  return out;
}

type Verdict = "error" | "warning" | null;

/** Two actor names with one key: context names clash only within a country; surnames only warn. */
function judgeActors(a: NameEntry, b: NameEntry, horizon: string): Verdict {
  if (a.owner === b.owner) return null;
  if (sharedDays(a.during, b.during, horizon) <= SUCCESSION_DAYS) return null;
  if (a.role === "context" && b.role === "context" && a.country !== b.country) return null;
  if (a.role === "surname" || b.role === "surname") return "warning";
  if (a.role === "context" || b.role === "context") return a.country === b.country ? "error" : "warning";
  return "error";
}

function report(entries: NameEntry[], judge: (a: NameEntry, b: NameEntry) => Verdict, what: string, f: Findings): void {
  const byKey = new Map<string, NameEntry[]>();
  for (const e of entries) {
    if (e.key === "") {
      f.errors.push(`${what} "${e.text}" of ${e.owner} has no letters to match on`);
      continue;
    }
    byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  }
  const said = new Set<string>();
  for (const [key, list] of byKey) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const verdict = judge(a, b);
        const line = `${what} "${key}" names both ${a.owner} (${a.role} "${a.text}") and ${b.owner} (${b.role} "${b.text}")`;
        if (!verdict || said.has(line)) continue;
        said.add(line);
        (verdict === "error" ? f.errors : f.warnings).push(line);
      }
    }
  }
}

/** Alias collisions between actors, offices, places and events. */
export function checkCollisions(pack: Pack, f: Findings): void {
  let fold: Folder;
  try {
    fold = makeFolder(pack.nameFolds);
  } catch {
    return; // bad fold patterns are reported by the fold check
  }
  const horizon = "9999-12-31";
  report(actorNames(pack, fold), (a, b) => judgeActors(a, b, horizon), "actor name", f);

  const titles: NameEntry[] = pack.offices.flatMap((o) => [
    ...[o.title, ...o.aliases].map((text) => ({ text, role: "alias" as NameRole })),
    ...(o.contextAliases ?? []).map((text) => ({ text, role: "context" as NameRole })),
  ].map(({ text, role }) => ({ key: fold(text), text, owner: o.id, country: o.country, role, during: ALWAYS })));
  report(titles, (a, b) => judgeActors(a, b, horizon), "office title", f);

  const placeNames = pack.places.flatMap((p) =>
    [p.name, ...p.names.map((n) => n.name)].map((text) => ({ key: fold(text), text, owner: p.id, country: "", role: "name" as NameRole, during: ALWAYS })),
  );
  report(placeNames, (a, b) => (a.owner === b.owner ? null : "error"), "place name", f);

  const eventNames = pack.events.flatMap((e) =>
    e.names.map((text) => ({ key: fold(text), text, owner: e.id, country: "", role: "name" as NameRole, during: ALWAYS })),
  );
  report(eventNames, (a, b) => (a.owner === b.owner ? null : "error"), "event name", f);
}
