import type { PackActor } from "../core/pack.js";
import type { PackVocab } from "./entities-pack.js";
import { general, hasAny, maskOfTypes, packed, type Chunk } from "./mentions-chunks.js";
import type { Tokens } from "./mentions-tokens.js";
import { ORG_NAME_WORDS } from "./quotes-tuning.js";
import { joined } from "./mentions-trie.js";
import { grammarWords, type Country, type Gender } from "./mentions-vocab.js";

// Reading chunks as the parts of a mention: whose (a country), what (a title, an institution), who (a name).
// Each reader returns where its part ends, or null; mentions.ts combines them into mention rules.

export interface Grammar {
  tokens: Tokens;
  chunks: Chunk[];
  pack: PackVocab | null;
  date?: string;
  countries: Map<string, Country>;
  /** Pack actors a chunk's name stands for, cached per chunk. */
  actors: Map<Chunk, PackActor[]>;
}

export interface CountryRef {
  code: string;
  role: "name" | "demonym" | "capital";
  /** The word may stand alone for a government ("Tokyo maintains"). */
  speaker: boolean;
}

export const keyOf = (g: Grammar, c: Chunk | undefined): string => (c && c.len === 1 ? g.tokens.keys[c.at]! : "");
export const isCap = (g: Grammar, c: Chunk | undefined): boolean => !!c && g.tokens.cap[c.at] === 1;
export const possessive = (g: Grammar, c: Chunk): boolean => g.tokens.poss[c.at + c.len - 1] === 1;
export const textOf = (g: Grammar, from: Chunk, to: Chunk): string =>
  g.tokens.text.slice(g.tokens.starts[from.at]!, g.tokens.ends[to.at + to.len - 1]!);

/** Chunk j+1 follows chunk j as part of the same phrase (no punctuation between them). */
export const adjacent = (g: Grammar, j: number): boolean => {
  const c = g.chunks[j];
  return !!c && j + 1 < g.chunks.length && joined(g.tokens, c.at + c.len - 1);
};

export function countryOf(g: Grammar, c: Chunk | undefined): CountryRef | null {
  const side = packed(c, "side");
  if (side) return { code: side.sideId, role: side.role, speaker: side.role !== "demonym" };
  const gen = general(c, "country");
  if (gen) return { code: gen.country.code, role: gen.role, speaker: gen.speaker };
  return null;
}

/** The pack actors a chunk names (any kind), with the document's date and country as context. */
export function actorsOf(g: Grammar, c: Chunk | undefined, country?: string): PackActor[] {
  if (!c || !g.pack) return [];
  const entry = packed(c, "actor");
  if (!entry) return [];
  let list = g.actors.get(c);
  if (!list) {
    const ctx = { ...(g.date ? { date: g.date } : {}), ...(country ? { country } : {}) };
    list = g.pack.index.actorsByAlias(g.tokens.text.slice(g.tokens.starts[c.at]!, g.tokens.ends[c.at + c.len - 1]!), ctx);
    g.actors.set(c, list);
  }
  return list;
}

export const personActor = (g: Grammar, c: Chunk | undefined): boolean => actorsOf(g, c).some((a) => a.kind === "person");

export interface TitleHead {
  roles: string[];
  gender?: Gender;
  /** Words the pack knows as an office title. */
  office: boolean;
}

export function titleHead(g: Grammar, c: Chunk | undefined): TitleHead | null {
  const t = general(c, "title");
  const office = !!packed(c, "office");
  if (!t && !office) return null;
  return { roles: t?.roles ?? [], gender: t?.gender, office };
}

// Chunks of these kinds are never part of a person's name.
const NOT_NAME = maskOfTypes([
  "stop", "cue", "frame", "pronoun", "gap", "place", "country", "institution", "title", "honorific", "pack:side", "pack:office", "pack:place",
]);

const PARTICLES = grammarWords("name-particle");
const ORG_JOINERS = grammarWords("org-joiner");
const ORG_OPENERS = grammarWords("org-opener");

/** A word that may be part of a person's name: capitalised, not a function word, cue, title or place word. */
export function nameWord(g: Grammar, c: Chunk | undefined): boolean {
  if (!c || !isCap(g, c)) return false;
  if (personActor(g, c)) return true;
  if (actorsOf(g, c).length > 0) return false;
  if (hasAny(c, NOT_NAME)) return false;
  return !/\d/.test(g.tokens.raw[c.at]!);
}

/** How far a name runs from chunk j: capitalised words, initials, particles between them; null if none. */
export function readName(g: Grammar, j: number, maxWords: number): number | null {
  let k = j;
  let words = 0;
  let organization = false;
  let joined = false;
  while (k < g.chunks.length && (words < maxWords || organization)) {
    const c = g.chunks[k]!;
    // "Bank of Japan", "University of Tokyo": after an organisation's "of", a country or city is part of its name.
    const owner = joined && isCap(g, c) && countryOf(g, c) !== null;
    joined = false;
    // Inside an organisation's name a capitalised common word is a name word too ("… of Policy Studies").
    const inner = organization && words > 0 && isCap(g, c) && c.general.length > 0 && c.general.every((e) => e.type === "stop");
    if (nameWord(g, c) || owner || inner) {
      words += c.len;
      organization ||= general(c, "head")?.role === "organization";
      k++;
      if (possessive(g, c) || !adjacent(g, k - 1)) break;
      continue;
    }
    const next = g.chunks[k + 1];
    const joins = words > 0 && adjacent(g, k) && nameWord(g, next);
    if (joins && PARTICLES.has(keyOf(g, c))) {
      k++;
      continue;
    }
    // "Bureau of Fisheries and Aquatic Resources": once an organisation's head is read, "of" and "and" go on.
    const ownerNext = words > 0 && adjacent(g, k) && isCap(g, next) && countryOf(g, next) !== null;
    if ((joins || ownerNext) && organization && ORG_JOINERS.has(keyOf(g, c)) && words < ORG_NAME_WORDS) {
      joined = true;
      k++;
      continue;
    }
    break;
  }
  return words > 0 ? k : null;
}

/** A name that reads as an organisation's: its last word is a head ("Lowy Institute"), or a head word is
 *  followed by "of"/"for" inside it ("Institute of Policy Studies", "Bank of Japan"). */
export function organizationName(g: Grammar, j: number, end: number): boolean {
  if (nameHead(g, g.chunks[end - 1]!) === "organization") return true;
  for (let k = j; k + 1 < end; k++) {
    if (general(g.chunks[k], "head")?.role === "organization" && ORG_JOINERS.has(keyOf(g, g.chunks[k + 1]))) return true;
  }
  return false;
}

/** The role of the last word of a name: an organisation, a thing (treaty, island, book) or a person. */
export function nameHead(g: Grammar, last: Chunk): "organization" | "thing" | null {
  return general(last, "head")?.role ?? null;
}

/**
 * After an institution's head at chunk k, "of"/"for" and capitalised words joined by "and"/"of" that are not a
 * country ("Bureau of Fisheries and Aquatic Resources", "Commission for Human Rights"): where the name ends, or
 * null when no such name follows.
 */
export function orgNameTail(g: Grammar, k: number): number | null {
  let end: number | null = null;
  let words = 0;
  for (let q = k + 1; q + 1 < g.chunks.length && words < ORG_NAME_WORDS; ) {
    const joiner = g.chunks[q]!;
    const next = g.chunks[q + 1]!;
    if (!ORG_JOINERS.has(keyOf(g, joiner)) || !adjacent(g, q - 1) || !adjacent(g, q)) break;
    // The name opens with "of"/"for" ("Defense Ministry on Sunday" is a time, not a name).
    if (end === null && !ORG_OPENERS.has(keyOf(g, joiner))) break;
    if (!isCap(g, next) || countryOf(g, next) || general(next, "cue") || /\d/.test(g.tokens.raw[next.at]!)) break;
    q += 2;
    words += next.len;
    // Capitalised words run on ("Aquatic Resources" read as two chunks).
    while (q < g.chunks.length && adjacent(g, q - 1) && isCap(g, g.chunks[q]) && !countryOf(g, g.chunks[q]) && !possessive(g, g.chunks[q - 1]!)) {
      words += g.chunks[q]!.len;
      q++;
    }
    end = q;
    if (possessive(g, g.chunks[q - 1]!)) break;
  }
  return end;
}
