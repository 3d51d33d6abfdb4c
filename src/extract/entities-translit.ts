import { escapeRegex, lexiconFile } from "../core/lexicon.js";
import { foldName } from "./entities.js";

// One key for the spellings of one person's name: "Nikolay Nozdrev" and "Nikolai Nozdrev", "Dmitriy Peskov" and
// "Dmitry Peskov" are one entity even without a pack that lists both. The rules are data
// (data/lexicons/en/name-transliterations.json); the name as written stays the entity's display name.

interface Rule {
  from: string;
  to: string;
  at?: "start" | "end";
  after?: "vowel" | "consonant";
}

const LETTER_BEFORE: Record<NonNullable<Rule["after"]>, string> = { vowel: "(?<=[aeiouy])", consonant: "(?<=[b-df-hj-np-tv-xz])" };

let compiled: { re: RegExp; to: string }[] | undefined;

function rules(): { re: RegExp; to: string }[] {
  compiled ??= lexiconFile<{ entries: Rule[] }>("name-transliterations").entries.map((r) => {
    const before = r.after ? LETTER_BEFORE[r.after] : "";
    const body = `${before}${escapeRegex(r.from)}`;
    // (At the start or end of a word the rule must leave something of it: "ya" alone is not rewritten.)
    const re = r.at === "start" ? `^${body}(?=[a-z])` : r.at === "end" ? `(?<=[a-z])${body}$` : body;
    return { re: new RegExp(re, "g"), to: r.to };
  });
  return compiled;
}

/** A folded word in its common spelling. */
function commonWord(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  let w = word;
  for (const r of rules()) w = w.replace(r.re, r.to);
  return w;
}

/** The key of a person's name: folded (foldName), each word in its common spelling. */
export const personKey = (name: string): string => foldName(name).split(" ").map(commonWord).join(" ");
