import { packIndex, type Pack, type PackActor, type PackIndex } from "../../core/pack.js";
import { plainKey, type Folder } from "../../core/pack-names.js";
import type { EntityRow, Store } from "../../store/store.js";

// A name typed by an analyst → the speakers it denotes. The pack resolves names, aliases, transliterations and
// surnames to its actors; the store adds entities found only in the text (a store ingested without a pack, or
// people the pack does not know). One pack actor gathers every stored entity that carries one of its names.

// How many stored entities one lookup may bring back: enough for a common word such as "Ministry".
const LOOKUP_LIMIT = 50;

export interface Speaker {
  name: string;
  kind: string;
  country: string | null;
  /** The pack actor, when the pack knows the speaker. */
  actor: PackActor | null;
  /** Entity keys that stand for the speaker in the store: the pack key first, then text entities of the same name. */
  keys: string[];
  statements: number;
  mentions: number;
}

/** How names are compared: the pack's folds (Nikolay = Nikolai), else case, accents and punctuation out. */
export const nameFolder = (pack: Pack | null): Folder => (pack ? packIndex(pack).fold : plainKey);

/** Actors a name denotes: an actor id or entity key ("RU-PESKOV", "pack:RU-PESKOV"), else names and aliases. */
function packActors(index: PackIndex, given: string): PackActor[] {
  const byId = index.actor(given.replace(/^pack:/, ""));
  return byId ? [byId] : index.actorsByAlias(given);
}

const sum = (rows: EntityRow[], field: "statements" | "mentions"): number => rows.reduce((n, r) => n + r[field], 0);

function entitySpeaker(e: EntityRow): Speaker {
  return { name: e.name, kind: e.kind, country: e.country, actor: null, keys: [e.key], statements: e.statements, mentions: e.mentions };
}

async function actorSpeaker(store: Store, actor: PackActor, fold: Folder, given: string, seen: EntityRow[]): Promise<Speaker> {
  const names = new Set([actor.name, ...actor.aliases, given].map(fold));
  const key = `pack:${actor.id}`;
  const stored = [...seen, ...(await store.findEntities(actor.name, LOOKUP_LIMIT))];
  const own = stored.filter((e) => e.key === key || e.actorId === actor.id || (e.key.startsWith("text:") && names.has(fold(e.name))));
  const entities = [...new Map(own.map((e) => [e.key, e])).values()];
  const keys = [key, ...entities.map((e) => e.key).filter((k) => k !== key)];
  return {
    name: actor.name,
    kind: actor.kind,
    country: actor.country,
    actor,
    keys,
    statements: sum(entities, "statements"),
    mentions: sum(entities, "mentions"),
  };
}

/** Every speaker the name may denote, most spoken first; [] when neither the pack nor the store knows it. */
export async function findSpeakers(store: Store, pack: Pack | null, name: string): Promise<Speaker[]> {
  const given = name.replace(/\s+/g, " ").trim();
  const fold = nameFolder(pack);
  const stored = await store.findEntities(given, LOOKUP_LIMIT);
  const actors = pack ? packActors(packIndex(pack), given) : [];
  const speakers: Speaker[] = [];
  for (const actor of actors) speakers.push(await actorSpeaker(store, actor, fold, given, stored));
  const claimed = new Set(speakers.flatMap((s) => s.keys));
  const rest = stored.filter((e) => !claimed.has(e.key));
  // a name the pack knows, or one that some entity bears exactly, is not widened to every name containing it
  const exact = rest.filter((e) => e.key === given || fold(e.name) === fold(given));
  const extra = speakers.length || exact.length ? exact : rest;
  speakers.push(...extra.map(entitySpeaker));
  return speakers.sort((a, b) => b.statements - a.statements || b.mentions - a.mentions || a.name.localeCompare(b.name));
}
