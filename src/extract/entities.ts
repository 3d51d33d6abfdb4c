import type { PackActor } from "../core/pack.js";
import type { PackVocab } from "./entities-pack.js";
import type { Country, Gender } from "./mentions-vocab.js";
import { personKey } from "./entities-translit.js";
import type { EntityKind, EntityRef } from "./types.js";

// Entities a mention can stand for. A pack actor is `pack:<id>` under its canonical name; a name the pack
// does not know is `text:<kind>:<folded name>` under the name as written; a country's government is the
// pack's government actor for that side, else `text:government:<code>` under the country's name.

export interface EntityContext {
  pack: PackVocab | null;
  countries: Map<string, Country>;
  date?: string;
}

const KINDS: Record<PackActor["kind"], EntityKind> = {
  person: "person",
  government: "government",
  institution: "institution",
  organization: "organization",
  agency: "organization",
};

export function actorEntity(actor: PackActor): EntityRef {
  return {
    key: `pack:${actor.id}`,
    name: actor.name,
    kind: KINDS[actor.kind],
    country: actor.country,
    gender: actor.gender ?? null,
    actorId: actor.id,
  };
}

const ASCII = /^[\x00-\x7f]*$/;

/** A name's key: lower case, without accents, apostrophes and dots, words separated by one space. */
export const foldName = (name: string): string =>
  ASCII.test(name)
    ? name.toLowerCase().replace(/['.]/g, "").replace(/[^a-z0-9]+/g, " ").trim()
    : name
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .replace(/['’.]/g, "")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();

/** A person the pack does not know, keyed by the common spelling of the name (Nikolay and Nikolai are one). */
export function textPerson(name: string, country: string | null, gender: Gender | null): EntityRef {
  return { key: `text:person:${personKey(name)}`, name, kind: "person", country, gender };
}

/** The government of a country: the pack's government actor for the side, else one named after the country. */
export function governmentEntity(code: string, ec: EntityContext): EntityRef | null {
  if (ec.pack) {
    const side = ec.pack.index.side(code);
    const actor = side?.government ? ec.pack.index.actor(side.government) : undefined;
    if (actor) return actorEntity(actor);
  }
  const country = ec.countries.get(code);
  const name = country?.name ?? ec.pack?.index.side(code)?.name;
  return name ? { key: `text:government:${code.toLowerCase()}`, name, kind: "government", country: code } : null;
}

/** An institution named by a head ("Foreign Ministry") and the country qualifying it; `written`: the head as the text has it. */
export function institutionEntity(
  head: { name: string; kind: "institution" | "government" | "organization"; country?: string; generic?: boolean },
  code: string | null,
  ec: EntityContext,
  written?: string,
): EntityRef | null {
  // "the company", "the institute": only ever a description of an organisation named before.
  if (head.generic) return null;
  const owner = head.country ?? code;
  if (head.kind === "government") return owner ? governmentEntity(owner, ec) : null;
  if (head.kind === "organization" || head.country) {
    const kind: EntityKind = head.kind === "organization" ? "organization" : "institution";
    return { key: `text:${kind}:${foldName(head.name)}`, name: head.name, kind, country: owner ?? null };
  }
  if (!owner) return null;
  const demonym = ec.countries.get(owner)?.demonyms[0] ?? ec.pack?.index.side(owner)?.demonyms[0] ?? owner;
  // Named as the text writes the institution ("British Foreign Office"), keyed by what it is (a foreign ministry).
  // Written in lower case ("China's commerce ministry"), the words are capitalised as a name.
  const words = written ? written.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()) : head.name;
  const name = `${demonym} ${words}`;
  return { key: `text:institution:${owner.toLowerCase()}:${foldName(head.name)}`, name, kind: "institution", country: owner };
}

/** A description whose referent is not known yet ("the diplomat", "the ministry"). */
export function descriptionEntity(text: string, kind: EntityKind, gender: Gender | null, country: string | null): EntityRef {
  const name = text.replace(/^(?:the|a|an)\s+/i, "");
  return { key: `text:description:${foldName(name)}`, name, kind, country, gender };
}

export function pronounEntity(word: string, refers: string, gender: Gender | null): EntityRef {
  const kind: EntityKind = refers === "person" ? "person" : "institution";
  return { key: `pronoun:${word.toLowerCase()}`, name: word.toLowerCase(), kind, country: null, gender };
}
