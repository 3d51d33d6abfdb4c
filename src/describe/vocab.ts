import { alternation, lexiconFile } from "../core/lexicon.js";

// The describe stage's vocabulary, read once from data/lexicons/en and turned into lookups and
// regex alternations. Nothing here decides anything; the rules that use these pieces do.

interface RoleEntries {
  entries: { role: string; words: string[] }[];
}

/** The words of one role in a lexicon whose entries are `{ role, words }`. */
export function roleWords(name: string, role: string): string[] {
  const file = lexiconFile<RoleEntries>(name);
  return file.entries.filter((e) => e.role === role).flatMap((e) => e.words);
}

/** Lower-cased word (period dropped) → number, for lexicons whose entries carry a number field. */
function numbered(name: string, field: string): Map<string, number> {
  const file = lexiconFile<{ entries: ({ words: string[] } & Record<string, unknown>)[] }>(name);
  const map = new Map<string, number>();
  for (const e of file.entries) for (const w of e.words) map.set(w.toLowerCase(), Number(e[field]));
  return map;
}

let months: Map<string, number> | undefined;
let weekdays: Map<string, number> | undefined;
let zones: Map<string, string | null> | undefined;

/** 1–12 for a month name or abbreviation ("Oct", "Sept.", "october"), else null. */
export function monthNumber(word: string): number | null {
  months ??= numbered("months", "month");
  return months.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

export function isWeekday(word: string): boolean {
  weekdays ??= numbered("weekdays", "day");
  return weekdays.has(word.toLowerCase().replace(/\.$/, ""));
}

/** The UTC offset of a zone abbreviation, or null when the lexicon keeps it as written. */
export function zoneOffset(abbr: string): string | null {
  if (!zones) {
    const file = lexiconFile<{ entries: { abbr: string; offset: string | null }[] }>("time-zones");
    zones = new Map(file.entries.map((e) => [e.abbr.toUpperCase(), e.offset]));
  }
  return zones.get(abbr.toUpperCase()) ?? null;
}

const words = (name: string): string[] =>
  lexiconFile<{ entries: { words: string[] }[] }>(name).entries.flatMap((e) => e.words);

/** Regex alternations (unwrapped) for the date rules. */
export const alt = {
  month: () => alternation(words("months")),
  weekday: () => alternation(words("weekdays")),
  zone: () => alternation(lexiconFile<{ entries: { abbr: string }[] }>("time-zones").entries.map((e) => e.abbr)),
  ordinal: () => alternation(roleWords("date-words", "ordinal")),
  of: () => alternation(roleWords("date-words", "of")),
  timeLink: () => alternation(roleWords("date-words", "time-link")),
  am: () => alternation(roleWords("date-words", "am")),
  pm: () => alternation(roleWords("date-words", "pm")),
};

/** Is this meridiem marker "p.m."? (The date rules only capture markers from the am/pm lists.) */
export function isPm(marker: string): boolean {
  const m = marker.toLowerCase();
  return roleWords("date-words", "pm").some((w) => w.toLowerCase() === m);
}

export interface Agency {
  name: string;
  aliases: string[];
}

/** The agencies lexicon. */
export const agencies = (): Agency[] => lexiconFile<{ entries: Agency[] }>("agencies").entries;

/** The canonical agency name for an alias as written ("Associated Press" → "AP"), else null. */
export function agencyName(alias: string): string | null {
  const a = alias.trim().toLowerCase();
  for (const e of agencies()) if (e.aliases.some((x) => x.toLowerCase() === a)) return e.name;
  return null;
}
