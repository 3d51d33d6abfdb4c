import { alternation, lexicon, lexiconFile } from "../core/lexicon.js";

// The event words, read once from data/lexicons/en: acts (verbs), occurrences and dated documents (nouns),
// the words that start another clause after a comma, and the prepositions that make a name a place.
// Both word lists come in families ("ban", "banned", "banning") so a clause and a pack event that use
// different forms of one word are seen to share it.

interface Family {
  words: string[];
}

const bounded = (alt: string, flags: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
const fold = (w: string): string => w.toLowerCase().replace(/\s+/g, " ");

function build() {
  const verbs = lexiconFile<{ entries: Family[] }>("events-verbs").entries;
  const nouns = lexiconFile<{ entries: Family[] }>("events-nouns").entries;
  const families = new Map<string, Set<number>>();
  [...verbs, ...nouns].forEach((family, id) => {
    for (const w of family.words) families.set(fold(w), new Set([...(families.get(fold(w)) ?? []), id]));
  });
  const breaks = alternation(lexicon("events-clause-breaks"));
  return {
    verb: bounded(alternation(verbs.flatMap((f) => f.words)), "giu"),
    noun: bounded(alternation(nouns.flatMap((f) => f.words)), "giu"),
    /** A noun at the very end of a text ("the statement" before "of March 21"). */
    nounAtEnd: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(nouns.flatMap((f) => f.words))})\\s*$`, "iu"),
    /** ", which", "; ", " — ": where one clause of a sentence ends and the next begins. */
    clauseBreak: new RegExp(`\\s*;\\s*|\\s+[—–]\\s+|,\\s+(?=(?:${breaks})(?![\\p{L}\\p{N}]))`, "giu"),
    /** One whole word that makes the name after it a place. */
    placePrep: new RegExp(`^(?:${alternation(lexicon("events-place-preps"))})$`, "iu"),
    families,
  };
}

let vocab: ReturnType<typeof build> | undefined;
/** The event vocabulary, built on first use. */
export const eventsVocab = (): ReturnType<typeof build> => (vocab ??= build());

/** True when two words are forms of one event word ("banned" and "ban"). */
export function sameFamily(a: string, b: string): boolean {
  const fa = eventsVocab().families.get(fold(a));
  const fb = eventsVocab().families.get(fold(b));
  return fa !== undefined && fb !== undefined && [...fa].some((id) => fb.has(id));
}

/** True when the word is one of the event words (any form). */
export const isEventWord = (w: string): boolean => eventsVocab().families.has(fold(w));

/** Every match of a global regex in a text, with its offsets shifted by `base`. */
export function matchesIn(re: RegExp, text: string, base = 0): { start: number; end: number; text: string }[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0] }));
}
