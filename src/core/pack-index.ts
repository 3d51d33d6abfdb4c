import { actorNames, periodInterval, type NameEntry } from "./pack-collisions.js";
import { dateInterval, overlaps, widestInterval, type Interval } from "./pack-dates.js";
import { eventFinder, type EventMention } from "./pack-events.js";
import { givenNameOf, makeFolder, type Folder } from "./pack-names.js";
import { officeFinder } from "./pack-offices.js";
import type { OfficeHolding, Pack, PackActor, PackEvent, PackOffice, PackPlace, PackSide } from "./pack-types.js";

// Lookups the extractors use, built once per pack: names to actors, titles to offices, who held an
// office on a date, places and events by name.

export interface LookupContext {
  /** The side the text has fixed ("RU"): enables context-only names ("the Foreign Ministry", "PM"). */
  country?: string;
  /** When the text speaks of (YYYY, YYYY-MM or YYYY-MM-DD): names of things that did not exist then are
   *  skipped. Without it, the end of the coverage only breaks ties ("Moscow": Russian, not Soviet). */
  date?: string;
}

export interface HeldOffice {
  office: PackOffice;
  holding: OfficeHolding;
  /** Every day the holding may cover, given the precision of its dates. */
  interval: Interval;
}

export interface PackIndex {
  readonly pack: Pack;
  readonly fold: Folder;
  side(id: string): PackSide | undefined;
  actor(id: string): PackActor | undefined;
  office(id: string): PackOffice | undefined;
  sideByName(name: string, date?: string): PackSide | undefined;
  actorsByAlias(name: string, ctx?: LookupContext): PackActor[];
  actorByAlias(name: string, ctx?: LookupContext): PackActor | undefined;
  officesByTitle(title: string, ctx?: LookupContext): PackOffice[];
  officeByTitle(title: string, ctx?: LookupContext): PackOffice | undefined;
  holderOn(officeId: string, date: string): PackActor[];
  officesOf(actorId: string): HeldOffice[];
  datesWhen(actorId: string, officeId: string): Interval[];
  placeByName(name: string): PackPlace | undefined;
  eventByName(text: string): PackEvent | undefined;
  eventsIn(text: string): EventMention[];
}

const group = <T>(items: Iterable<[string, T]>): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const [key, value] of items) map.set(key, [...(map.get(key) ?? []), value]);
  return map;
};
const unique = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);
const uniq = <T>(list: T[]): T[] => [...new Set(list)];

export function indexPack(pack: Pack): PackIndex {
  const fold = makeFolder(pack.nameFolds);
  const actors = new Map(pack.actors.map((a) => [a.id, a]));
  const offices = new Map(pack.offices.map((o) => [o.id, o]));
  const sides = new Map(pack.sides.map((s) => [s.id, s]));
  const names = group(actorNames(pack, fold).map((e): [string, NameEntry] => [e.key, e]));
  const sideNames = group(
    pack.sides.flatMap((s) => [...s.names, ...s.demonyms, ...s.capitals].map((t): [string, PackSide] => [fold(t), s])),
  );
  const places = new Map(pack.places.flatMap((p) => [p.name, ...p.names.map((n) => n.name)].map((t) => [fold(t), p] as const)));
  const held = pack.actors.flatMap((actor) =>
    (actor.offices ?? []).map((holding) => ({ actor, holding, interval: widestInterval(holding.start, holding.end) })),
  );
  const heldBy = group(held.map((h): [string, (typeof held)[number]] => [h.holding.office, h]));
  const findOffices = officeFinder(pack, fold);
  const findEvents = eventFinder(pack, fold);

  /** Entries that existed at the date asked for; without a date, the date only breaks ties. */
  function existing(entries: NameEntry[], ctx?: LookupContext): NameEntry[] {
    if (ctx?.date !== undefined) return entries.filter((e) => overlaps(e.during, dateInterval(ctx.date!)));
    if (new Set(entries.map((e) => e.owner)).size < 2) return entries;
    const now = entries.filter((e) => overlaps(e.during, dateInterval(pack.coverage.to)));
    return now.length > 0 ? now : entries;
  }

  function actorsByAlias(name: string, ctx?: LookupContext): PackActor[] {
    const key = fold(name);
    const found = existing(names.get(key) ?? [], ctx);
    const tiers: NameEntry[][] = [
      found.filter((e) => e.role === "name" || e.role === "alias" || e.role === "metonym"),
      found.filter((e) => e.role === "context" && e.country === ctx?.country),
      found.filter((e) => e.role === "surname"),
      initialAndSurname(key),
    ];
    const tier = tiers.find((t) => t.length > 0) ?? [];
    let result = uniq(tier.map((e) => e.owner)).flatMap((id) => actors.get(id) ?? []);
    const local = result.filter((a) => a.country === ctx?.country);
    if (result.length > 1 && local.length > 0) result = local;
    return result;
  }

  /** "N. Nozdrev" / "N Nozdrev": a surname whose bearer's given name starts with that letter. */
  function initialAndSurname(key: string): NameEntry[] {
    const words = key.split(" ");
    if (words.length !== 2 || words[0]!.length !== 1) return [];
    return (names.get(words[1]!) ?? []).filter((e) => {
      const given = e.role === "surname" ? givenNameOf(actors.get(e.owner)!) : null;
      return given !== null && fold(given).startsWith(words[0]!);
    });
  }

  return {
    pack,
    fold,
    side: (id) => sides.get(id),
    actor: (id) => actors.get(id),
    office: (id) => offices.get(id),
    sideByName: (name, date) => {
      const list = uniq(sideNames.get(fold(name)) ?? []);
      const then = dateInterval(date ?? pack.coverage.to);
      return date === undefined && list.length < 2 ? list[0] : unique(list.filter((s) => overlaps(periodInterval(s.period), then)));
    },
    actorsByAlias,
    actorByAlias: (name, ctx) => unique(actorsByAlias(name, ctx)),
    officesByTitle: (title, ctx) => findOffices(title, ctx?.country),
    officeByTitle: (title, ctx) => unique(findOffices(title, ctx?.country)),
    holderOn: (officeId, date) => {
      const period = dateInterval(date);
      const list = (heldBy.get(officeId) ?? []).filter((h) => overlaps(h.interval, period));
      return uniq(list.sort((a, b) => a.interval.start.localeCompare(b.interval.start)).map((h) => h.actor));
    },
    officesOf: (actorId) =>
      held
        .filter((h) => h.actor.id === actorId)
        .flatMap((h) => {
          const office = offices.get(h.holding.office);
          return office ? [{ office, holding: h.holding, interval: h.interval }] : [];
        })
        .sort((a, b) => a.interval.start.localeCompare(b.interval.start)),
    datesWhen: (actorId, officeId) =>
      (heldBy.get(officeId) ?? [])
        .filter((h) => h.actor.id === actorId)
        .map((h) => h.interval)
        .sort((a, b) => a.start.localeCompare(b.start)),
    placeByName: (name) => places.get(fold(name)),
    eventByName: (text) => findEvents.byName(text),
    eventsIn: (text) => findEvents.inText(text),
  };
}
