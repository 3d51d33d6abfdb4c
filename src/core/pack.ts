import { readFileSync } from "node:fs";
import { checkPack } from "./pack-checks.js";
import { checkCollisions } from "./pack-collisions.js";
import type { Interval } from "./pack-dates.js";
import type { EventMention } from "./pack-events.js";
import { indexPack, type HeldOffice, type LookupContext, type PackIndex } from "./pack-index.js";
import { schemaErrors } from "./pack-schema.js";
import type { Pack, PackActor, PackEvent, PackOffice, PackPlace } from "./pack-types.js";
import { projectPath } from "./paths.js";

// The story pack: a data file that carries everything the engine knows about one story.
// loadPack() reads and validates it; the lookups below build their maps once per pack.

export type * from "./pack-types.js";
export type { EventMention } from "./pack-events.js";
export type { HeldOffice, LookupContext, PackIndex } from "./pack-index.js";
export { dateInterval, intersect, precisionOf, type Interval } from "./pack-dates.js";
export { indexPack } from "./pack-index.js";
export { PACK_SCHEMA_PATH } from "./pack-schema.js";

export const DEFAULT_PACK_PATH = projectPath("data", "packs", "ru-jp-peace-treaty.json");

export interface PackValidation {
  ok: boolean;
  /** One line per problem, each starting with the JSON path it concerns. */
  errors: string[];
  /** Things worth a look that do not make the pack unusable (vacant offices, shared surnames). */
  warnings: string[];
}

/** Schema, then semantic checks (references, dates, overlapping holders, alias collisions). */
export function validatePack(json: unknown): PackValidation {
  const structural = schemaErrors(json);
  // The semantic checks assume the schema's shape; with a broken shape they would only add noise.
  if (structural.length > 0) return { ok: false, errors: structural, warnings: [] };
  const pack = json as Pack;
  const findings = checkPack(pack);
  checkCollisions(pack, findings);
  return { ok: findings.errors.length === 0, errors: findings.errors, warnings: findings.warnings };
}

/** Read and validate a pack; throws one error listing every problem with its JSON path. */
export function loadPack(path: string = DEFAULT_PACK_PATH): Pack {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`cannot read the pack ${path}: ${(err as Error).message}`);
  }
  const result = validatePack(json);
  if (!result.ok) {
    throw new Error(`invalid pack ${path} (${result.errors.length} problems):\n${result.errors.map((e) => `  - ${e}`).join("\n")}`);
  }
  return json as Pack;
}

const indexes = new WeakMap<Pack, PackIndex>();

/** The pack's lookup index, built on first use and kept as long as the pack object lives. */
export function packIndex(pack: Pack): PackIndex {
  let index = indexes.get(pack);
  if (!index) {
    index = indexPack(pack);
    indexes.set(pack, index);
  }
  return index;
}

/** The actor a name denotes ("Nikolay Nozdrev", "Lavrov", "the Kremlin", "Tokyo"); undefined if none or ambiguous. */
export const actorByAlias = (pack: Pack, name: string, ctx?: LookupContext): PackActor | undefined =>
  packIndex(pack).actorByAlias(name, ctx);

/** The office a title denotes ("Kremlin spokesman", "Japan's Prime Minister"; "PM" with ctx.country). */
export const officeByTitle = (pack: Pack, title: string, ctx?: LookupContext): PackOffice | undefined =>
  packIndex(pack).officeByTitle(title, ctx);

/** Who held the office at any time within the date (YYYY, YYYY-MM or YYYY-MM-DD), earliest first. */
export const holderOn = (pack: Pack, officeId: string, date: string): PackActor[] => packIndex(pack).holderOn(officeId, date);

export const officesOf = (pack: Pack, actorId: string): HeldOffice[] => packIndex(pack).officesOf(actorId);

/** The intervals during which the actor held the office. */
export const datesWhen = (pack: Pack, actorId: string, officeId: string): Interval[] =>
  packIndex(pack).datesWhen(actorId, officeId);

export const placeByName = (pack: Pack, name: string): PackPlace | undefined => packIndex(pack).placeByName(name);

/** The event or document a name denotes, or the first one the text mentions. */
export const eventByName = (pack: Pack, text: string): PackEvent | undefined => packIndex(pack).eventByName(text);

export const eventsIn = (pack: Pack, text: string): EventMention[] => packIndex(pack).eventsIn(text);
