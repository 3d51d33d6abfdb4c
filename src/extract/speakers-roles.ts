import { lexiconFile } from "../core/lexicon.js";
import type { PackVocab } from "./entities-pack.js";
import { tokenize } from "./mentions-tokens.js";
import { longestAt } from "./mentions-trie.js";
import { generalVocab } from "./mentions-vocab.js";
import type { Mention } from "./types.js";

// What a title makes a person, for descriptions that point back to them: "the diplomat" is anyone whose title
// has the role `diplomat` (an ambassador, a foreign minister, a Foreign Ministry spokeswoman). Roles come from
// data/lexicons/en/person-titles.json (the title's head) and institution-heads.json (where the person works).

export interface Roles {
  /** What the title's head means as a description: the first role of the head ("spokesperson"). */
  identity: string | null;
  all: Set<string>;
}

const cache = new Map<string, Roles>();
let institutionRoles: Map<string, string[]> | undefined;

function rolesOfInstitution(name: string): string[] {
  if (!institutionRoles) {
    const file = lexiconFile<{ entries: { name: string; roles?: string[] }[] }>("institution-heads");
    institutionRoles = new Map(file.entries.map((e) => [e.name, e.roles ?? []]));
  }
  return institutionRoles.get(name) ?? [];
}

/** The roles a title text names: its first title head and the institutions in it. */
export function titleRoles(title: string): Roles {
  const known = cache.get(title);
  if (known) return known;
  const vocab = generalVocab();
  const tokens = tokenize(` ${title} `, false);
  const roles: Roles = { identity: null, all: new Set() };
  for (let i = 0; i < tokens.count; ) {
    const m = longestAt(vocab.trie, tokens, i, tokens.keys);
    if (!m) {
      i++;
      continue;
    }
    for (const e of m.entries) {
      if (e.type === "title" && roles.identity === null) {
        roles.identity = e.roles[0] ?? null;
        e.roles.forEach((r) => roles.all.add(r));
      }
      if (e.type === "institution") rolesOfInstitution(e.name).forEach((r) => roles.all.add(r));
    }
    i += m.length;
  }
  cache.set(title, roles);
  return roles;
}

/** Everything a person mention's titles say: the title written in the text and the pack's offices. */
export function personRoles(m: Mention, pack: PackVocab | null, titles: string[]): Set<string> {
  const all = new Set<string>();
  const add = (t: string): void => titleRoles(t).all.forEach((r) => all.add(r));
  for (const t of titles) add(t);
  if (pack && m.entity.actorId) for (const h of pack.index.officesOf(m.entity.actorId)) [h.office.title, ...h.office.aliases.slice(0, 3)].forEach(add);
  return all;
}
