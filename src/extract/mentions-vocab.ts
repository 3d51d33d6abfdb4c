import { alternation, lexicon, lexiconFile } from "../core/lexicon.js";
import { wordKey } from "./mentions-tokens.js";
import { addPhrase, type Keyed, type TrieNode } from "./mentions-trie.js";

// The general vocabulary of mentions and cues, read once per process from data/lexicons/en and put in one
// phrase trie. Nothing here decides anything; the mention grammar and the extractors do.

export type Gender = "male" | "female";

export interface VerbEntry {
  lemma: string;
  forms: string[];
  kind: string;
  takes: string[];
  audience?: boolean;
  span?: "with-cue";
  needs?: "complement" | "as-or-quote";
  target?: boolean;
  strictBare?: boolean;
}

export interface Country {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  notSpeaker?: string[];
}

export type Entry = Keyed &
  (
    | { type: "title"; roles: string[]; gender?: Gender; capitalOnly: boolean; phrase: string }
    | { type: "modifier" }
    | { type: "honorific"; gender?: Gender }
    | { type: "pronoun"; gender?: Gender; refers: "person" | "institution" | "plural" }
    | { type: "institution"; name: string; kind: "institution" | "government" | "organization"; country?: string; generic?: boolean }
    | { type: "country"; country: Country; role: "name" | "demonym" | "capital"; speaker: boolean }
    | { type: "cue"; verb: VerbEntry; form: string; gerund: boolean }
    | { type: "frame"; role: string }
    | { type: "gap"; role: string }
    | { type: "agency"; name: string }
    | { type: "stop" }
    | { type: "head"; role: "organization" | "thing" }
    | { type: "place" }
  );

export interface Vocab {
  trie: TrieNode<Entry>;
  countries: Map<string, Country>;
  verbs: VerbEntry[];
}

let vocab: Vocab | undefined;

interface RoleFile {
  entries: { role: string; words: string[] }[];
}

export function generalVocab(): Vocab {
  if (vocab) return vocab;
  const trie: TrieNode<Entry> = {};
  const add = (phrase: string, entry: Entry): void => addPhrase(trie, phrase, entry, wordKey);

  const titles = lexiconFile<{ entries: { words: string[]; roles: string[]; gender?: Gender; capitalOnly?: string[] }[] }>("person-titles");
  for (const e of titles.entries) {
    for (const w of e.words) {
      const capitalOnly = (e.capitalOnly ?? []).includes(w);
      add(w, { type: "title", roles: e.roles, gender: e.gender, capitalOnly, phrase: w, ...(capitalOnly ? { upper: true } : {}) });
    }
  }
  for (const w of lexicon("title-modifiers")) add(w, { type: "modifier" });
  for (const e of lexiconFile<{ entries: { words: string[]; gender?: Gender }[] }>("honorifics").entries) {
    for (const w of e.words) add(w, { type: "honorific", gender: e.gender });
  }
  const pronouns = lexiconFile<{ entries: { words: string[]; gender?: Gender; refers: "person" | "institution" | "plural" }[] }>("pronouns");
  for (const e of pronouns.entries) for (const w of e.words) add(w, { type: "pronoun", gender: e.gender, refers: e.refers });
  const institutions = lexiconFile<{ entries: { name: string; words: string[]; kind: "institution" | "government" | "organization"; country?: string; generic?: boolean }[] }>(
    "institution-heads",
  );
  for (const e of institutions.entries) {
    for (const w of e.words) add(w, { type: "institution", name: e.name, kind: e.kind, country: e.country, ...(e.generic ? { generic: true } : {}) });
  }
  const countries = new Map<string, Country>();
  for (const c of lexiconFile<{ entries: Country[] }>("countries").entries) {
    countries.set(c.code, c);
    const speaker = (w: string): boolean => !(c.notSpeaker ?? []).includes(w);
    for (const w of c.names) add(w, { type: "country", country: c, role: "name", speaker: speaker(w) });
    for (const w of c.demonyms) {
      add(w, { type: "country", country: c, role: "demonym", speaker: false });
      // "Palestinians", "Israelis": a people, never a person's name.
      if (/[aeiouny]$/.test(w) && !/ese$/.test(w)) add(`${w}s`, { type: "country", country: c, role: "demonym", speaker: false });
    }
    for (const w of c.capitals) add(w, { type: "country", country: c, role: "capital", speaker: speaker(w) });
  }
  const verbs = lexiconFile<{ entries: VerbEntry[] }>("reporting-verbs").entries;
  for (const verb of verbs) for (const form of verb.forms) add(form, { type: "cue", verb, form, gerund: form.split(" ")[0]!.endsWith("ing") });
  for (const e of lexiconFile<RoleFile>("reporting-frames").entries) for (const w of e.words) add(w, { type: "frame", role: e.role });
  for (const e of lexiconFile<RoleFile>("speaker-gaps").entries) for (const w of e.words) add(w, { type: "gap", role: e.role });
  for (const e of lexiconFile<{ entries: { name: string; aliases: string[] }[] }>("agencies").entries) {
    for (const w of e.aliases) add(w, { type: "agency", name: e.name });
  }
  for (const w of lexicon("name-stopwords")) add(w, { type: "stop" });
  for (const w of lexicon("places")) add(w, { type: "place" });
  for (const e of lexiconFile<RoleFile>("not-person-heads").entries) {
    for (const w of e.words) add(w, { type: "head", role: e.role as "organization" | "thing" });
  }
  vocab = { trie, countries, verbs };
  return vocab;
}

let grammarRoles: Map<string, Set<string>> | undefined;

/** The lower-cased words of one role of data/lexicons/en/grammar-words.json ("determiner", "be" …). */
export function grammarWords(role: string): Set<string> {
  if (!grammarRoles) {
    grammarRoles = new Map();
    for (const e of lexiconFile<RoleFile>("grammar-words").entries) grammarRoles.set(e.role, new Set(e.words.map((w) => w.toLowerCase())));
  }
  const words = grammarRoles.get(role);
  if (!words) throw new Error(`grammar-words has no role "${role}"`);
  return words;
}

/** An alternation of a grammar role's words for a regex, e.g. \`(?:\${grammarAlternation("relative")})\`. */
export const grammarAlternation = (role: string): string => alternation([...grammarWords(role)]);
