import { lexiconFile } from "../core/lexicon.js";
import { textPerson } from "./entities.js";
import { personKey } from "./entities-translit.js";
import { tokenAtOrAfter, tokenize } from "./mentions-tokens.js";
import type { EntityRef, Mention, Sentence } from "./types.js";
import { addTo } from "../core/multimap.js";

// Names within one document: "Peskov" after "Dmitry Peskov" is the same person (and "Peskov" after "Dmitriy
// Peskov": names are compared in their common spelling, entities-translit.ts). A surname-only name takes the
// entity of the full name that ends with it (the nearest one before it, else the first after it), a given name
// alone ("Donna" after "Donna Kelce") the full name that starts with it; a lone word kept only as a candidate
// is dropped when it links to nothing. What one mention says of a person's gender (the pack, a title, an
// honorific, the given name, the pronouns that follow the name) holds for every mention of them.

export function linkEntities(mentions: Mention[], text: string, sentences: Sentence[]): Mention[] {
  const emitted = mentions.filter((m) => m.entity.kind === "person" && m.form === "name" && m.text.includes(" "));
  const people = [...emitted].sort((a, b) => a.start - b.start);
  // Full names read only in passing (not as speakers, without a title) count for surnames after them only.
  const candidate = new Set(emitted.filter((m) => m.ruleId === "mention/name-bare"));
  const bySurname = new Map<string, Mention[]>();
  const byGiven = new Map<string, Mention[]>();
  for (const p of people) {
    const words = personKey(p.entity.actorId ? p.text : p.entity.name).split(" ");
    addTo(bySurname, words[words.length - 1]!, p);
    addTo(byGiven, words[0]!, p);
  }
  // A lone name the text also uses as a speaker ("Al-Riyami told …") is that person wherever it stands.
  const spoken = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.entity.kind === "person" && m.form === "name" && !m.text.includes(" ") && m.ruleId !== "mention/name-candidate") spoken.set(personKey(m.text), m);
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    const single = m.entity.kind === "person" && m.form === "name" && !m.entity.actorId && !m.text.includes(" ");
    if (!single) {
      out.push(m);
      continue;
    }
    const key = personKey(m.text);
    // A name the text gave in full only in passing (not as a speaker or with a title) counts only before.
    const usable = (list: Mention[]): Mention[] => list.filter((p) => !candidate.has(p) || p.start < m.start);
    const full = fullNameFor(usable(bySurname.get(key) ?? []), m.start) ?? fullNameFor(usable(byGiven.get(key) ?? []), m.start);
    if (full) {
      // A full name read only in passing gets its entity when a later name links to it.
      if (full.entity.key === "") full.entity = textPerson(full.text, null, null);
      out.push({ ...m, entity: full.entity, ruleId: "mention/surname-link" });
    } else if (m.ruleId === "mention/name-candidate" && spoken.has(key)) {
      const same = spoken.get(key)!;
      out.push({ ...m, entity: same.entity.key === "" ? textPerson(same.text, null, null) : same.entity, ruleId: "mention/same-name" });
    }
    else if (m.ruleId !== "mention/name-candidate") out.push(m.entity.key === "" ? { ...m, entity: textPerson(m.text, null, null) } : m);
  }
  out.sort((a, b) => a.start - b.start);
  return shareGender(out, pronounGenders(out, text, sentences));
}

const AFTER_QUOTE = /[,?!]["”’»]\s*$/;
// "he" and "she" from data/lexicons/en/pronouns.json.
const pronouns = (gender: "male" | "female"): Set<string> =>
  new Set(lexiconFile<{ entries: { words: string[]; gender?: string }[] }>("pronouns").entries.filter((e) => e.gender === gender).flatMap((e) => e.words));
/** How much one gender's pronouns must outnumber the other's to decide. */
const GENDER_MARGIN = 2;

/**
 * Gender from the pronouns after a person's mentions: from each mention to the end of the next sentence,
 * when no other person is named in that stretch ("Roma Jayne … She said"). Votes over all mentions decide.
 */
function pronounGenders(mentions: Mention[], text: string, sentences: Sentence[]): Map<string, "male" | "female"> {
  // Running counts of gendered pronouns by word index: a window's count is a difference.
  // Only pronouns that stand as a subject where a speaker would: opening a sentence ("She said …") or right
  // after a quotation ("…," he said). "her" and "his" in passing say little about who was named.
  const tokens = tokenize(text);
  const starts = new Set(sentences.map((s) => s.start));
  const MALE = pronouns("male");
  const FEMALE = pronouns("female");
  const male = new Int32Array(tokens.count + 1);
  const female = new Int32Array(tokens.count + 1);
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.keys[i]!;
    const he = MALE.has(k);
    const she = !he && FEMALE.has(k);
    const subject = (he || she) && (starts.has(tokens.starts[i]!) || AFTER_QUOTE.test(text.slice(Math.max(0, tokens.starts[i]! - 4), tokens.starts[i]!)));
    male[i + 1] = male[i]! + (subject && he ? 1 : 0);
    female[i + 1] = female[i]! + (subject && she ? 1 : 0);
  }
  const votes = new Map<string, [number, number]>();
  const people = mentions.filter((m) => m.entity.kind === "person" && m.form === "name");
  let s = 0;
  for (let i = 0; i < people.length; i++) {
    const m = people[i]!;
    while (s < sentences.length && sentences[s]!.end <= m.start) s++;
    let end = sentences[Math.min(s + 1, sentences.length - 1)]?.end ?? text.length;
    let next: Mention | undefined;
    for (let k = i + 1; k < people.length && !next; k++) if (people[k]!.entity.key !== m.entity.key) next = people[k];
    if (next && next.start < end) end = sentences[s]?.end ?? end;
    if (next && next.start < end) continue;
    const from = tokenAtOrAfter(tokens, m.end);
    const to = tokenAtOrAfter(tokens, end);
    const v = votes.get(m.entity.key) ?? [0, 0];
    v[0] += male[to]! - male[from]!;
    v[1] += female[to]! - female[from]!;
    votes.set(m.entity.key, v);
  }
  const out = new Map<string, "male" | "female">();
  for (const [key, [he, she]] of votes) {
    if (he > 0 && he >= GENDER_MARGIN * she) out.set(key, "male");
    else if (she > 0 && she >= GENDER_MARGIN * he) out.set(key, "female");
  }
  return out;
}

/**
 * The full name a surname (or given name) stands for: the nearest one before it, else the first after it;
 * null when the document names two different people that way ("Scott Lassiter" and "Jamie Lassiter").
 */
function fullNameFor(list: Mention[], at: number): Mention | null {
  if (list.length === 0) return null;
  // "Dali Mpofu" and "Advocate Dali Mpofu" are one person: a name that ends another counts as the same.
  const names = [...new Set(list.map((p) => (p.entity.actorId ? p.entity.key : personKey(p.text))))];
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a), "");
  if (names.some((n) => n !== longest && !longest.endsWith(` ${n}`))) return null;
  const before = list.filter((p) => p.start < at);
  return before.length > 0 ? before[before.length - 1]! : list[0]!;
}

let givenNames: Map<string, "male" | "female"> | undefined;

/** The gender a given name usually carries (data/lexicons/en/given-names.json). */
export function givenNameGender(name: string): "male" | "female" | undefined {
  if (!givenNames) {
    givenNames = new Map();
    for (const e of lexiconFile<{ entries: { gender: "male" | "female"; words: string[] }[] }>("given-names").entries) {
      for (const w of e.words) givenNames.set(w.toLowerCase(), e.gender);
    }
  }
  const words = name.split(" ");
  return words.length > 1 ? givenNames.get(words[0]!.toLowerCase()) : undefined;
}

/** Gender by entity: what a mention states (pack, title, honorific), else the given name, else the pronouns. */
function shareGender(mentions: Mention[], fromPronouns: Map<string, "male" | "female">): Mention[] {
  const gender = new Map<string, EntityRef["gender"]>();
  for (const m of mentions) if (m.entity.gender && !gender.has(m.entity.key)) gender.set(m.entity.key, m.entity.gender);
  for (const m of mentions) {
    if (m.entity.kind !== "person" || gender.has(m.entity.key)) continue;
    const g = givenNameGender(m.entity.name);
    if (g) gender.set(m.entity.key, g);
  }
  for (const [key, g] of fromPronouns) if (!gender.has(key)) gender.set(key, g);
  return mentions.map((m) => {
    const g = gender.get(m.entity.key);
    return g && !m.entity.gender ? { ...m, entity: { ...m.entity, gender: g } } : m;
  });
}
