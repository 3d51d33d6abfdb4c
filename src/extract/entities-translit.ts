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

// Words and names already put in their common spelling: names recur within and across documents, and running every
// rule on every word each time two mentions are compared cost as much as the rest of the extraction. Bounded, so a
// long run over many names keeps its memory.
const spelled = new Map<string, string>();
const SPELLED_MAX = 50_000;

/** A folded word in its common spelling. */
function commonWord(word: string): string {
  const known = spelled.get(word);
  if (known !== undefined) return known;
  let w = word;
  if (/^[a-z]+$/.test(word)) for (const r of rules()) w = w.replace(r.re, r.to);
  if (spelled.size >= SPELLED_MAX) spelled.clear();
  spelled.set(word, w);
  return w;
}

const keys = new Map<string, string>();

/** The key of a person's name: folded (foldName), each word in its common spelling. */
export function personKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = foldName(name).split(" ").map(commonWord).join(" ");
    if (keys.size >= SPELLED_MAX) keys.clear();
    keys.set(name, key);
  }
  return key;
}
