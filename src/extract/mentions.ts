import type { Pack } from "../core/pack.js";
import { linkEntities } from "./entities-link.js";
import { textPerson } from "./entities.js";
import { packVocab } from "./entities-pack.js";
import { chunkText, hasAny, maskOfTypes } from "./mentions-chunks.js";
import { appositive, datelineCountry, PLURAL, speaks, wordsByCase } from "./mentions-context.js";
import { institution, metonym, named, place, pronoun, type Found, type RuleContext } from "./mentions-rules.js";
import { honorific, titled } from "./mentions-titles.js";
import { tokenAtOrAfter, tokenize } from "./mentions-tokens.js";
import { generalVocab, grammarWords } from "./mentions-vocab.js";
import type { Mention, Sentence } from "./types.js";

// People, institutions, governments standing as countries or capitals, pronouns and places, each resolved to
// an entity: the pack's actor when the pack knows the name (aliases, transliterations, surnames, office
// holders on the document's date), else an entity from the text. Names without a title are kept only where
// they speak ("…, Smith said", "according to Smith") or link to a name the document gave in full.

export interface MentionContext {
  pack: Pack | null;
  /** The document's date (YYYY, YYYY-MM or YYYY-MM-DD): who held an office then, which names existed. */
  date?: string | null;
}

// In order: a title reads its name, so it goes before bare names; institutions before metonyms, so
// "Japan's Foreign Ministry" is one institution and not the country Japan.
const RULES: ((g: RuleContext, j: number) => Found | null)[] = [titled, honorific, institution, named, metonym, pronoun, place];
const OPENERS = maskOfTypes(["title", "modifier", "pronoun", "institution", "country", "honorific"]);
const DETERMINER = grammarWords("determiner");

export function findMentions(text: string, sentences: Sentence[], ctx: MentionContext): Mention[] {
  const tokens = tokenize(text);
  const pack = ctx.pack ? packVocab(ctx.pack) : null;
  const vocab = generalVocab();
  const g: RuleContext = {
    tokens, chunks: chunkText(tokens, pack), pack, countries: vocab.countries, actors: new Map(),
    ...(ctx.date ? { date: ctx.date } : {}),
    ec: { pack, countries: vocab.countries, ...(ctx.date ? { date: ctx.date } : {}) },
  };
  const home = datelineCountry(g);
  if (home) g.country = home;
  const out: Mention[] = [];
  const initial = new Set(sentences.map((s) => tokenAtOrAfter(tokens, s.start)));
  let inside: { capital: Set<string>; lower: Set<string> } | undefined;
  for (let j = 0; j < g.chunks.length; ) {
    const c = g.chunks[j]!;
    // Every rule starts on a capitalised word or on a lower-case word that can open a mention ("the", "he",
    // "spokesman", "foreign secretary"); verbs, prepositions and other function words open none.
    if (!tokens.cap[c.at] && c.pack.length === 0 && !hasAny(c, OPENERS) && !DETERMINER.has(tokens.keys[c.at]!)) {
      j++;
      continue;
    }
    let found: Found | null = null;
    for (const rule of RULES) if ((found = rule(g, j))) break;
    if (!found) {
      j++;
      continue;
    }
    const m = found.mention;
    let next = found.next;
    if (m && m.entity.kind === "person" && m.form === "name" && !m.title) next = appositive(g, m, next);
    if (m && found.bare && !m.title && next - j === 1 && initial.has(g.chunks[j]!.at)) {
      // A lone capitalised word opening a sentence ("Models predict …") may be a common noun: it is a name if
      // the text also capitalises it inside a sentence, or never writes it in lower case and it does not look
      // like a plural.
      inside ??= wordsByCase(g, initial);
      const key = g.tokens.keys[g.chunks[j]!.at]!;
      if (!inside.capital.has(key) && (inside.lower.has(key) || PLURAL.test(key))) {
        // Written in lower case elsewhere: a common word. Looking like a plural: a name only if it links to a
        // full name ("Jones" after "Tom Jones").
        if (!inside.lower.has(key)) out.push({ ...m, ruleId: "mention/name-candidate" });
        j = next;
        continue;
      }
    }
    if (m && found.bare && !m.title && !speaks(g, j, next)) {
      // A full name outside a speaker's place is still someone a later pronoun or surname may point to; a
      // lone word is kept only if it links to such a name.
      if (m.entity.kind === "person" && m.text.includes(" ")) out.push({ ...m, entity: textPerson(m.text, null, null), ruleId: "mention/name-bare" });
      else if (m.entity.kind === "person") out.push({ ...m, ruleId: "mention/name-candidate" });
      else if (m.entity.kind === "organization") out.push(m);
    } else if (m) out.push(m.entity.key === "" ? { ...m, entity: textPerson(m.text, null, m.entity.gender ?? null) } : m);
    j = Math.max(next, j + 1);
  }
  return linkEntities(out, text, sentences);
}

