import { packIndex, type Pack } from "../core/pack.js";
import type { EntityRow } from "../store/store.js";
import type { ServeContext } from "./context.js";
import { notFound } from "./errors.js";

// What the server says about one speaker: the stored entity and, when the pack knows the actor, its aliases and
// the offices it held with their dates.

export interface OfficeHeld {
  officeId: string;
  title: string;
  country: string;
  start: string;
  /** null while the office is still held. */
  end: string | null;
  acting: boolean;
  /** What the dates rest on. */
  note: string;
}

export interface ActorInfo {
  key: string;
  name: string;
  kind: string;
  country: string | null;
  statements: number;
  mentions: number;
  /** The pack's record, when the pack knows the actor. */
  pack: { id: string; aliases: string[]; offices: OfficeHeld[]; note: string | null } | null;
}

function packRecord(pack: Pack, actorId: string): ActorInfo["pack"] {
  const index = packIndex(pack);
  const actor = index.actor(actorId);
  if (!actor) return null;
  const offices = index
    .officesOf(actorId)
    .map(({ office, holding }) => ({
      officeId: office.id,
      title: office.title,
      country: office.country,
      start: holding.start,
      end: holding.end,
      acting: holding.acting ?? false,
      note: holding.note,
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
  return { id: actor.id, aliases: actor.aliases, offices, note: actor.note ?? null };
}

/** The entity under `key`; a pack actor nobody has quoted yet still has a record. 404 when neither knows it. */
export async function actorInfo(ctx: ServeContext, key: string): Promise<ActorInfo> {
  const entity: EntityRow | null = await ctx.store.getEntity(key);
  const actorId = entity?.actorId ?? (key.startsWith("pack:") ? key.slice(5) : null);
  const record = ctx.pack && actorId ? packRecord(ctx.pack, actorId) : null;
  if (!entity && !record) throw notFound(`no actor '${key}'`);
  const actor = !entity && ctx.pack && actorId ? packIndex(ctx.pack).actor(actorId) : undefined;
  return {
    key,
    name: entity?.name ?? actor?.name ?? key,
    kind: entity?.kind ?? actor?.kind ?? "person",
    country: entity?.country ?? actor?.country ?? null,
    statements: entity?.statements ?? 0,
    mentions: entity?.mentions ?? 0,
    pack: record,
  };
}
