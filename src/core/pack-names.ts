import type { NameFold, PackActor } from "./pack-types.js";

// Name keys: the form two spellings of one name share. Case, accents, apostrophes, dots, dashes,
// a leading "the" and the pack's transliteration variants (Nikolay/Nikolai) are folded away.

export type Folder = (text: string) => string;

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`ʼ]/g;
// "U.S." and "U. S." → "us"; dots inside abbreviations carry no meaning for matching.
const DOTS = /\./g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const LEADING_THE = /^the /;

/** Lower-case words without accents or punctuation, before the pack's spelling folds. */
export function plainKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(DOTS, "")
    .replace(SEPARATORS, " ")
    .trim()
    .replace(LEADING_THE, "");
}

/** A key function applying the pack's folds to every word of the plain key. */
export function makeFolder(folds: readonly NameFold[] = []): Folder {
  const rules = folds.map((f) => ({ re: new RegExp(f.pattern, "gu"), replace: f.replace }));
  const cache = new Map<string, string>();
  const foldWord = (word: string): string => {
    let hit = cache.get(word);
    if (hit === undefined) {
      hit = rules.reduce((w, r) => w.replace(r.re, r.replace), word);
      cache.set(word, hit);
    }
    return hit;
  };
  return (text) => {
    const plain = plainKey(text);
    return plain === "" ? "" : plain.split(" ").map(foldWord).join(" ");
  };
}

/** The surname the engine derives from a person's canonical name; null for institutions. */
export function surnameOf(actor: PackActor): string | null {
  if (actor.kind !== "person") return null;
  const words = actor.name.trim().split(/\s+/);
  const surname = actor.nameOrder === "family-first" ? words[0] : words[words.length - 1];
  return surname !== undefined && words.length > 1 ? surname : null;
}

/** The given name (first word for given-first names), used to check initials: "N. Nozdrev". */
export function givenNameOf(actor: PackActor): string | null {
  if (actor.kind !== "person") return null;
  const words = actor.name.trim().split(/\s+/);
  if (words.length < 2) return null;
  return (actor.nameOrder === "family-first" ? words[words.length - 1] : words[0]) ?? null;
}
