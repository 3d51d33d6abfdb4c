import { actorEntity, descriptionEntity, foldName, governmentEntity, institutionEntity, pronounEntity, textPerson, type EntityContext } from "./entities.js";
import { givenNameGender } from "./entities-link.js";
import { general, packed } from "./mentions-chunks.js";
import { actorsOf, adjacent, countryOf, isCap, keyOf, nameHead, organizationName, orgNameTail, possessive, readName, textOf, type Grammar } from "./mentions-grammar.js";
import type { Gender } from "./mentions-vocab.js";
import { MAX_NAME_WORDS } from "./quotes-tuning.js";
import type { EntityRef, Mention } from "./types.js";

// The mention rules, tried in order at each chunk; each returns the mention it read and the chunk after it.
// Titled people and honorifics are in mentions-titles.ts; institutions, governments, pronouns, bare names
// and places are here.

export interface Found {
  /** Null when the words were read but name no one (a treaty, a book, an island). */
  mention: Mention | null;
  next: number;
  /** Set for names read without a title: the rule that may keep them needs their context. */
  bare?: boolean;
}

export interface RuleContext extends Grammar {
  ec: EntityContext;
  /** The side the text has fixed (from the dateline), for context-only names ("the Foreign Ministry"). */
  country?: string;
}

// Up to five capitals: "OBR", "NHS", "FBI" (a longer word in capitals is a dateline or a shout).
const ACRONYM = /^\p{Lu}[\p{Lu}\d.&-]{1,4}$/u;

export function mention(g: RuleContext, from: number, to: number, entity: EntityRef, form: Mention["form"], ruleId: string): Mention {
  const start = g.tokens.starts[g.chunks[from]!.at]!;
  const last = g.chunks[to - 1]!;
  const end = g.tokens.ends[last.at + last.len - 1]!;
  return { start, end, text: g.tokens.text.slice(start, end), entity, form, ruleId };
}

/** A person's entity from a name (pack first), with what the title or honorific says about them. */
export function personFrom(g: RuleContext, from: number, to: number, country: string | undefined, gender: Gender | undefined): EntityRef {
  const name = textOf(g, g.chunks[from]!, g.chunks[to - 1]!);
  if (g.pack) {
    const ctx = { ...(g.date ? { date: g.date } : {}), ...(country ? { country } : {}) };
    const found = g.pack.index.actorsByAlias(name, ctx).filter((a) => a.kind === "person");
    if (found.length === 1) return actorEntity(found[0]!);
  }
  return textPerson(name, country ?? null, gender ?? null);
}

/** [the] [country] [modifiers] INSTITUTION [of [the] COUNTRY], or an institution the pack names. */
export function institution(g: RuleContext, j: number): Found | null {
  let k = j;
  if (keyOf(g, g.chunks[k]) === "the") k++;
  let from = k;
  let country: string | undefined;
  const cr = countryOf(g, g.chunks[k]);
  if (cr && (cr.role === "demonym" || possessive(g, g.chunks[k]!)) && adjacent(g, k)) {
    country = cr.code;
    k++;
  }
  while (general(g.chunks[k], "modifier") && !general(g.chunks[k], "institution") && adjacent(g, k)) k++;
  if (!country) from = k;
  const c = g.chunks[k];
  const actors = actorsOf(g, c, country ?? g.country).filter((a) => a.kind !== "person");
  if (actors.length === 1 && (!country || actors[0]!.country === country)) {
    return { mention: mention(g, from, k + 1, actorEntity(actors[0]!), "name", "mention/pack-institution"), next: k + 1 };
  }
  const head = general(c, "institution");
  if (!head) return null;
  let end = k + 1;
  if (keyOf(g, g.chunks[end]) === "of" && adjacent(g, k) && adjacent(g, end)) {
    let q = end + 1;
    if (keyOf(g, g.chunks[q]) === "the") q++;
    const owner = countryOf(g, g.chunks[q]);
    if (owner && owner.role === "name") {
      country ??= owner.code;
      end = q + 1;
    }
  }
  // "the Philippine Bureau of Fisheries and Aquatic Resources": a head with a name of its own after "of" is
  // that one body, named in full.
  const tail = end === k + 1 && !head.country ? orgNameTail(g, k) : null;
  if (tail !== null) {
    const name = textOf(g, g.chunks[from]!, g.chunks[tail - 1]!);
    const entity: EntityRef = { key: `text:institution:${foldName(name)}`, name, kind: "institution", country: country ?? null };
    return { mention: mention(g, from, tail, entity, "name", "mention/institution-named"), next: tail };
  }
  const entity = institutionEntity(head, country ?? null, g.ec, textOf(g, c!, c!));
  if (entity) return { mention: mention(g, from, end, entity, "name", "mention/institution"), next: end };
  // "the ministry", "the government": a description resolved later against the institutions named before it.
  if (from === j || head.kind === "organization") return null;
  const text = textOf(g, g.chunks[from]!, g.chunks[end - 1]!);
  const kind = head.kind === "government" ? "government" : "institution";
  return { mention: mention(g, from, end, descriptionEntity(text, kind, null, null), "title", "mention/institution-description"), next: end };
}

export function metonym(g: RuleContext, j: number): Found | null {
  const c = g.chunks[j]!;
  const cr = countryOf(g, c);
  // "US" is the pack's demonym ("US officials") and, standing alone, the country's name too ("The US said").
  const alsoName = cr?.role === "demonym" && c.general.some((e) => e.type === "country" && e.role === "name" && e.speaker);
  if (!cr || (cr.role === "demonym" && !alsoName) || !(cr.speaker || alsoName) || !isCap(g, c)) return null;
  const entity = governmentEntity(cr.code, g.ec);
  return entity ? { mention: mention(g, j, j + 1, entity, "metonym", "mention/metonym"), next: j + 1 } : null;
}

export function pronoun(g: RuleContext, j: number): Found | null {
  const p = general(g.chunks[j], "pronoun");
  if (!p) return null;
  const word = g.tokens.raw[g.chunks[j]!.at]!;
  return { mention: mention(g, j, j + 1, pronounEntity(word, p.refers, p.gender ?? null), "pronoun", "mention/pronoun"), next: j + 1 };
}

export function named(g: RuleContext, j: number): Found | null {
  let end = readName(g, j, MAX_NAME_WORDS);
  if (end === null) return null;
  // "Legislative Services Agency", "Federal Security Service": capitalised words before an institution's
  // head are that body's name.
  const body = general(g.chunks[end], "institution");
  const bodyName = !!body && body.kind !== "government" && isCap(g, g.chunks[end]) && adjacent(g, end - 1) && !possessive(g, g.chunks[end - 1]!);
  const extended = bodyName && !g.chunks.slice(j, end).some((c) => c.pack.length > 0);
  if (extended) end++;
  const head = extended || organizationName(g, j, end) ? "organization" : nameHead(g, g.chunks[end - 1]!);
  if (head === "thing" && !surnameLike(g, j, end)) return { mention: null, next: end };
  // "OBR", "NHS": an acronym is a body, not a person.
  if (head === "organization" || (end - j === 1 && ACRONYM.test(g.tokens.raw[g.chunks[j]!.at]!))) {
    // "the Palestinian Authority", "the Palestinian Dialogue Group": a demonym right before is part of the name.
    const owner = head === "organization" && j > 0 && adjacent(g, j - 1) ? countryOf(g, g.chunks[j - 1]) : null;
    const from = owner?.role === "demonym" && !possessive(g, g.chunks[j - 1]!) ? j - 1 : j;
    const text = textOf(g, g.chunks[from]!, g.chunks[end - 1]!);
    const entity: EntityRef = { key: `text:organization:${text.toLowerCase()}`, name: text, kind: "organization", country: from < j ? owner!.code : null };
    return { mention: mention(g, from, end, entity, "name", "mention/organization"), next: end, bare: true };
  }
  let known = false;
  for (let k = j; k < end && !known; k++) known = g.chunks[k]!.pack.length > 0;
  const packActor = known ? personFrom(g, j, end, g.country, undefined) : null;
  if (packActor?.actorId) return { mention: mention(g, j, end, packActor, "name", "mention/pack-person"), next: end };
  // A bare name: its entity is made only if the name is kept (findMentions decides, linkEntities links).
  const text = textOf(g, g.chunks[j]!, g.chunks[end - 1]!);
  return { mention: mention(g, j, end, { key: "", name: text, kind: "person", country: null }, "name", "mention/name"), next: end, bare: true };
}

/**
 * A name ending in a word that usually names a thing may still be a person's: after a known given name
 * ("Leslie Field", "Jude Law"), or alone right before a reporting verb ("… ,” Field told me).
 */
function surnameLike(g: RuleContext, j: number, end: number): boolean {
  if (end - j > 1) return givenNameGender(textOf(g, g.chunks[j]!, g.chunks[end - 1]!)) !== undefined;
  return general(g.chunks[end], "cue") !== undefined && adjacent(g, j) && keyOf(g, g.chunks[j - 1]) !== "the";
}

export function place(g: RuleContext, j: number): Found | null {
  const p = packed(g.chunks[j], "place");
  if (!p || !isCap(g, g.chunks[j])) return null;
  const name = g.pack?.index.placeByName(textOf(g, g.chunks[j]!, g.chunks[j]!))?.name ?? p.placeId;
  const entity: EntityRef = { key: `pack:${p.placeId}`, name, kind: "place", country: null };
  return { mention: mention(g, j, j + 1, entity, "name", "mention/place"), next: j + 1 };
}
