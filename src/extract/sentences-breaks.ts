import { lexiconFile } from "../core/lexicon.js";

// Whether a period ends a sentence. Abbreviations come from data/lexicons/en/sentence-abbreviations.json:
// titles never end one (Mr. Kishida), number abbreviations not before a number (No. 10, Jan. 15), general
// ones only before a word that opens sentences (the U.S. The talks …). Initials never do (V. Putin).

interface AbbreviationFile {
  entries: { role: "title" | "number" | "general" | "starters"; words: string[] }[];
}

interface Abbreviations {
  title: Set<string>;
  number: Set<string>;
  /** Lower-cased, dots removed: "u.s" → "us". */
  general: Set<string>;
  starters: Set<string>;
}

let cached: Abbreviations | undefined;

function abbreviations(): Abbreviations {
  if (cached) return cached;
  const file = lexiconFile<AbbreviationFile>("sentence-abbreviations");
  const words = (role: string): string[] => file.entries.filter((e) => e.role === role).flatMap((e) => e.words);
  cached = {
    title: new Set(words("title")),
    number: new Set(words("number")),
    general: new Set(words("general").map((w) => w.toLowerCase().replace(/\./g, ""))),
    starters: new Set(words("starters")),
  };
  return cached;
}

const WORD_BEFORE = /[\p{L}.]+$/u;
const NEXT_WORD = /^[\p{L}]+/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/**
 * True when the period at `dot` ends a sentence, given the text that follows the whitespace after it.
 * Only called for a single period directly after a word (not "?", "!", "…" or a closing quote).
 */
export function periodEndsSentence(text: string, dot: number, next: number): boolean {
  const head = text.slice(Math.max(0, dot - 24), dot);
  const word = WORD_BEFORE.exec(head)?.[0] ?? "";
  if (word === "") return true;
  const last = word.split(".").filter(Boolean).pop() ?? "";
  const lex = abbreviations();
  // Initials: "V. Putin". A lone capital before the period is a name's initial; dotted runs ("U.S.",
  // "J.R.R.") are read below like other abbreviations.
  if (SINGLE_CAPITAL.test(last) && !word.slice(0, -1).includes(".")) return false;
  if (lex.title.has(last) && !word.includes("..")) return false;
  const nextChar = text.charCodeAt(next);
  const nextIsDigit = nextChar >= 48 && nextChar <= 57;
  if (lex.number.has(last) && nextIsDigit) return false;
  const dotted = word.replace(/^\.+/, "");
  if (lex.general.has(dotted.toLowerCase().replace(/\./g, "")) || /\p{L}\.\p{L}/u.test(dotted)) {
    const following = NEXT_WORD.exec(text.slice(next, next + 24))?.[0] ?? "";
    return lex.starters.has(following);
  }
  return true;
}

/** "Mr", "Gen", "Sen": abbreviations that stand before a name. */
export const isTitleAbbreviation = (word: string): boolean => abbreviations().title.has(word);
