import { dayRange } from "./pack-dates.js";
import { checkHolders } from "./pack-holders.js";
import type { Pack } from "./pack-types.js";

// Semantic checks the schema cannot express: unique ids, calendar dates and their order, references
// between sections, fold patterns. Office holders are checked in pack-holders.ts, names in
// pack-collisions.ts.

export interface Findings {
  errors: string[];
  warnings: string[];
}

const at = (section: string, i: number, id: string): string => `/${section}/${i} (${id})`;

/** Every date field with its JSON path, in document order. */
function dateFields(pack: Pack): Array<[string, string]> {
  const out: Array<[string, string]> = [["/coverage/from", pack.coverage.from], ["/coverage/to", pack.coverage.to]];
  pack.offices.forEach((o, i) => {
    if (o.established) out.push([`${at("offices", i, o.id)}/established`, o.established]);
  });
  pack.sides.forEach((s, i) => {
    if (s.period?.from) out.push([`${at("sides", i, s.id)}/period/from`, s.period.from]);
    if (s.period?.to) out.push([`${at("sides", i, s.id)}/period/to`, s.period.to]);
  });
  pack.actors.forEach((a, i) => {
    if (a.period?.from) out.push([`${at("actors", i, a.id)}/period/from`, a.period.from]);
    if (a.period?.to) out.push([`${at("actors", i, a.id)}/period/to`, a.period.to]);
    (a.offices ?? []).forEach((h, j) => {
      out.push([`${at("actors", i, a.id)}/offices/${j}/start`, h.start]);
      if (h.end !== null) out.push([`${at("actors", i, a.id)}/offices/${j}/end`, h.end]);
    });
  });
  pack.events.forEach((e, i) => {
    out.push([`${at("events", i, e.id)}/date`, e.date]);
    if (e.end) out.push([`${at("events", i, e.id)}/end`, e.end]);
    if (e.inForce) out.push([`${at("events", i, e.id)}/inForce`, e.inForce]);
  });
  return out;
}

/** "first" must not begin after "last" can end. */
function ordered(first: string | undefined, last: string | null | undefined): boolean {
  if (!first || !last) return true;
  const a = dayRange(first);
  const b = dayRange(last);
  return !a || !b || a.from <= b.to;
}

function checkDates(pack: Pack, f: Findings): void {
  for (const [path, value] of dateFields(pack)) {
    if (!dayRange(value)) f.errors.push(`${path}: "${value}" is not a calendar date`);
  }
  const order = (path: string, a: string | undefined, b: string | null | undefined, what: string): void => {
    if (!ordered(a, b)) f.errors.push(`${path}: ${what} (${a} > ${b})`);
  };
  order("/coverage", pack.coverage.from, pack.coverage.to, "coverage starts after it ends");
  pack.sides.forEach((s, i) => order(at("sides", i, s.id), s.period?.from, s.period?.to, "period starts after it ends"));
  pack.actors.forEach((a, i) => {
    order(at("actors", i, a.id), a.period?.from, a.period?.to, "period starts after it ends");
    (a.offices ?? []).forEach((h, j) =>
      order(`${at("actors", i, a.id)}/offices/${j}`, h.start, h.end, `holding of ${h.office} starts after it ends`),
    );
  });
  pack.events.forEach((e, i) => {
    order(at("events", i, e.id), e.date, e.end, "event starts after it ends");
    order(at("events", i, e.id), e.date, e.inForce, "document enters into force before it is dated");
  });
}

function checkUniqueIds(pack: Pack, f: Findings): void {
  const sections = { sides: pack.sides, offices: pack.offices, actors: pack.actors, places: pack.places, events: pack.events };
  for (const [name, items] of Object.entries(sections)) {
    const seen = new Set<string>();
    items.forEach((item: { id: string }, i: number) => {
      if (seen.has(item.id)) f.errors.push(`${at(name, i, item.id)}: duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  }
}

function checkReferences(pack: Pack, f: Findings): void {
  const sides = new Set(pack.sides.map((s) => s.id));
  const actors = new Set(pack.actors.map((a) => a.id));
  const offices = new Map(pack.offices.map((o) => [o.id, o]));
  const places = new Set(pack.places.map((p) => p.id));
  const need = (ok: boolean, path: string, what: string): void => {
    if (!ok) f.errors.push(`${path}: ${what}`);
  };
  pack.sides.forEach((s, i) => {
    if (s.government) need(actors.has(s.government), at("sides", i, s.id), `unknown government actor "${s.government}"`);
    if (s.successorOf) need(sides.has(s.successorOf), at("sides", i, s.id), `unknown side "${s.successorOf}"`);
  });
  pack.offices.forEach((o, i) => need(sides.has(o.country), at("offices", i, o.id), `unknown side "${o.country}"`));
  pack.actors.forEach((a, i) => {
    need(sides.has(a.country), at("actors", i, a.id), `unknown side "${a.country}"`);
    (a.offices ?? []).forEach((h, j) => {
      const office = offices.get(h.office);
      need(office !== undefined, `${at("actors", i, a.id)}/offices/${j}`, `unknown office "${h.office}"`);
      if (office && office.country !== a.country) {
        f.warnings.push(`${at("actors", i, a.id)}/offices/${j}: holds ${office.id}, an office of ${office.country}`);
      }
    });
  });
  pack.places.forEach((p, i) => {
    for (const part of p.partOf ?? []) need(places.has(part) && part !== p.id, at("places", i, p.id), `bad partOf "${part}"`);
    const used = [...p.names.flatMap((n) => n.usedBy), ...(p.claimedBy ?? []), ...(p.administeredBy ? [p.administeredBy] : [])];
    for (const side of new Set(used)) need(sides.has(side), at("places", i, p.id), `unknown side "${side}"`);
  });
  pack.events.forEach((e, i) => {
    for (const who of e.actors) need(sides.has(who) || actors.has(who), at("events", i, e.id), `unknown side or actor "${who}"`);
    if (e.place) need(places.has(e.place), at("events", i, e.id), `unknown place "${e.place}"`);
  });
}

function checkFolds(pack: Pack, f: Findings): void {
  (pack.nameFolds ?? []).forEach((fold, i) => {
    try {
      new RegExp(fold.pattern, "u");
    } catch (err) {
      f.errors.push(`/nameFolds/${i}: bad pattern "${fold.pattern}": ${(err as Error).message}`);
    }
  });
}

/** Everything wrong with a pack that passed the schema, as readable lines. */
export function checkPack(pack: Pack): Findings {
  const f: Findings = { errors: [], warnings: [] };
  checkUniqueIds(pack, f);
  checkDates(pack, f);
  checkReferences(pack, f);
  checkFolds(pack, f);
  checkHolders(pack, f);
  return f;
}
