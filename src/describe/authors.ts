import { alternation } from "../core/lexicon.js";
import type { Given, HtmlFacts } from "../core/types.js";
import { articleObjects } from "./html-dates.js";
import { jsonLdStrings } from "./json-ld.js";
import type { PageLine } from "./lines.js";
import { AUTHOR_MAX_WORDS } from "./tuning.js";
import { agencyName, roleWords } from "./vocab.js";

// Authors are people: byline names, meta authors, JSON-LD author names. Agencies credited in a byline
// are the outlet's business, not authors.

let bylineRe: RegExp | undefined;
let joinerRe: RegExp | undefined;

/** One name as a person's name, or null: a few capitalised words, no digits, no address, not an agency. */
function personName(raw: string): string | null {
  const name = raw.replace(/^@/, "").replace(/\s+/g, " ").trim();
  if (!name || /\d|https?:|www\.|@|\//i.test(name)) return null;
  const words = name.split(" ");
  if (words.length > AUTHOR_MAX_WORDS || !/^\p{Lu}/u.test(name)) return null;
  if (agencyName(name)) return null;
  return name;
}

/** Names in a list written "A, B and C" or "A & B". */
function splitNames(list: string): string[] {
  joinerRe ??= new RegExp(`\\s*(?:,|;|\\s(?:${alternation(roleWords("bylines", "joiner"))})\\s)\\s*`, "i");
  return list.split(joinerRe).map((n) => n.trim()).filter(Boolean);
}

/** Names from a byline line ("By Jane Doe and John Roe | Updated …"), else []. */
export function bylineNames(line: string): string[] {
  bylineRe ??= new RegExp(`^\\s*(?:${alternation(roleWords("bylines", "cue"))})\\s+([^|•·\\n]{2,120}?)\\s*(?:$|[|•·]|\\s[-–—]\\s)`, "iu");
  const m = bylineRe.exec(line);
  if (!m?.[1]) return [];
  return splitNames(m[1]).map(personName).filter((n): n is string => n !== null);
}

/** Authors from the page head (JSON-LD, meta), the container, and byline lines, each name once, in that order. */
export function findAuthors(facts: HtmlFacts | null, given: Given, lines: PageLine[]): string[] {
  const found: string[] = [];
  if (facts) {
    for (const obj of articleObjects(facts)) for (const n of jsonLdStrings(obj.author)) found.push(...splitNames(n));
    if (found.length === 0) {
      for (const key of roleWords("meta-keys", "author")) for (const v of facts.meta[key] ?? []) found.push(...splitNames(v));
    }
  }
  found.push(...(given.authors ?? []));
  if (found.length === 0) for (const line of lines) found.push(...bylineNames(line.text));
  const out: string[] = [];
  for (const raw of found) {
    const name = personName(raw.replace(new RegExp(`^(?:${alternation(roleWords("bylines", "cue"))})\\s+`, "i"), ""));
    if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}
