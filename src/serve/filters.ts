import { packIndex } from "../core/pack.js";
import { plainKey } from "../core/pack-names.js";
import type { Stance } from "../extract/types.js";
import type { StatementQuery } from "../store/store.js";
import type { AppContext, ServeContext } from "./context.js";
import { badParameter } from "./errors.js";
import { checkRange, dateParam, enumParam, many, MAX_TEXT, one, textParam } from "./params.js";

// The statement filters shared by the API, the timeline and the actor page: who (speaker keys or names), which
// side, which stance, when, which words.

export const STANCES: readonly Stance[] = ["open", "conditional", "closed", "neutral"];

// How many stored entities one name may bring back: enough for a common word such as "Ministry".
const NAME_LOOKUP_LIMIT = 50;
// Speakers one filter may name: each is looked up among the stored names.
const MAX_SPEAKERS = 20;

const KEY_SHAPE = /^(pack|text):/;

/** Entity keys a speaker parameter denotes: keys as given; names through the pack's aliases and the stored names. */
export async function speakerKeys(ctx: ServeContext, given: string[]): Promise<string[]> {
  const keys = new Set<string>();
  for (const value of given) {
    if (KEY_SHAPE.test(value)) {
      keys.add(value);
      continue;
    }
    const fold = ctx.pack ? packIndex(ctx.pack).fold : plainKey;
    const actors = ctx.pack ? packIndex(ctx.pack).actorsByAlias(value) : [];
    for (const a of actors) keys.add(`pack:${a.id}`);
    const stored = await ctx.store.findEntities(value, NAME_LOOKUP_LIMIT);
    const ids = new Set(actors.map((a) => a.id));
    const exact = stored.filter((e) => (e.actorId && ids.has(e.actorId)) || fold(e.name) === fold(value));
    // a name the pack or some entity bears exactly is not widened to every name containing it
    for (const e of actors.length || exact.length ? exact : stored) keys.add(e.key);
  }
  return [...keys];
}

/**
 * A side by its code (RU) or, with a pack, by its name (Russia, Japanese, Moscow). The sides known are the pack's
 * and the countries of the store's speakers (a store of general news quotes people from everywhere); any other value
 * is refused with the list, since it could only ever answer nothing.
 */
export async function sideCode(ctx: AppContext, q: URLSearchParams, name = "side"): Promise<string | undefined> {
  const v = one(q, name)?.trim();
  if (!v) return undefined;
  const index = ctx.pack ? packIndex(ctx.pack) : null;
  const side = index?.side(v.toUpperCase()) ?? index?.sideByName(v);
  if (side) return side.id;
  const { countries } = await ctx.facts();
  if (countries.includes(v.toUpperCase())) return v.toUpperCase();
  const packSides = ctx.pack?.sides.map((s) => `${s.id} (${s.name})`) ?? [];
  const others = countries.filter((c) => !ctx.pack?.sides.some((s) => s.id === c));
  const known = [
    packSides.length ? `the story's sides ${packSides.join(", ")}` : "",
    others.length ? `the countries of other speakers ${others.join(", ")}` : "",
  ].filter(Boolean);
  throw badParameter(name, `'${v}' is not a side this store knows; give ${known.length ? known.join(", or ") : "nothing yet: no speaker in it has a side"}`);
}

/** The speakers a parameter names: the parameter repeated, or names separated by commas as typed in the form. */
export function speakersGiven(q: URLSearchParams, name: string): string[] {
  const values = many(q, name);
  const given = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  if (values.length && !given.length) throw badParameter(name, `names nobody in '${values.join("', '")}'; give an entity key or a name`);
  if (given.length > MAX_SPEAKERS) throw badParameter(name, `names ${given.length} speakers; at most ${MAX_SPEAKERS}`);
  const long = given.find((v) => v.length > MAX_TEXT);
  if (long) throw badParameter(name, `has a name ${long.length} characters long; at most ${MAX_TEXT}`);
  return given;
}

export interface StatementFilters {
  query: StatementQuery;
  /** True when a speaker was asked for and no entity bears that name: the answer is empty without asking the store. */
  noSpeaker: boolean;
}

/** The filters of a statement listing; `speakerParam` is `speaker` in the API and `actor` on pages. */
export async function statementFilters(ctx: AppContext, q: URLSearchParams, speakerParam = "speaker"): Promise<StatementFilters> {
  const from = dateParam(q, "from");
  const to = dateParam(q, "to");
  checkRange(from, to);
  const query: StatementQuery = {
    side: await sideCode(ctx, q),
    stance: enumParam(q, "stance", STANCES),
    from,
    to,
    text: textParam(q, "q"),
  };
  const given = speakersGiven(q, speakerParam);
  const keys = given.length ? await speakerKeys(ctx, given) : [];
  if (keys.length) query.speakers = keys;
  for (const k of Object.keys(query) as (keyof StatementQuery)[]) if (query[k] === undefined) delete query[k];
  return { query, noSpeaker: given.length > 0 && keys.length === 0 };
}

/** The parameters statementFilters reads, for endpoints that refuse unknown ones. */
export const FILTER_PARAMS = ["side", "stance", "from", "to", "q"] as const;
