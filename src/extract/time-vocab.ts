import { alternation, lexicon, lexiconFile } from "../core/lexicon.js";

// The time words, read once from data/lexicons/en and turned into lookups and regex alternations.
// Month and weekday names are matched case-sensitively (capitalised or upper case) so that "may", "march"
// and "sat" stay verbs; the other time words are matched in lower case or capitalised.

type Unit = "day" | "week" | "month" | "year";
interface Entry {
  words: string[];
  role?: string;
  n?: number;
  unit?: Unit;
  month?: number;
  day?: number;
}
const entries = (name: string): Entry[] => lexiconFile<{ entries: Entry[] }>(name).entries;
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** A word as it may appear in running text: lower case, capitalised at a sentence start, or upper case. */
const cased = (words: string[]): string[] => words.flatMap((w) => [w, capitalised(w), w.toUpperCase()]);
/** Month and weekday names: as written in the lexicon (capitalised) or upper case, never lower case. */
const named = (words: string[]): string[] => words.flatMap((w) => [w, w.toUpperCase()]);

function lookup(list: Entry[], field: "n" | "month" | "day" | "unit"): Map<string, number | Unit> {
  const map = new Map<string, number | Unit>();
  for (const e of list) for (const w of e.words) if (e[field] !== undefined) map.set(w.toLowerCase(), e[field]!);
  return map;
}

function build() {
  const months = entries("months");
  const weekdays = entries("weekdays");
  const relative = entries("time-relative");
  const role = (r: string): string[] => relative.filter((e) => e.role === r).flatMap((e) => e.words);
  const eras = entries("time-eras");
  const eraRole = (r: string): string[] => eras.filter((e) => e.role === r).flatMap((e) => e.words);
  const preps = entries("time-preps");
  const units = entries("time-units");
  const monthOf = lookup(months, "month") as Map<string, number>;
  const weekdayOf = lookup(weekdays, "day") as Map<string, number>;
  const shiftOf = lookup(relative.filter((e) => e.role === "shift"), "n") as Map<string, number>;
  const dayShiftOf = lookup(relative.filter((e) => e.role === "day"), "n") as Map<string, number>;
  const unitOf = lookup(units, "unit") as Map<string, Unit>;
  const numberOf = lookup(entries("time-numbers"), "n") as Map<string, number>;
  const prepRole = new Map<string, string>();
  for (const e of preps) for (const w of e.words) prepRole.set(w.toLowerCase(), e.role!);
  const sideOf = new Map<string, "before" | "after">();
  for (const w of role("before")) sideOf.set(w, "before");
  for (const w of role("after")) sideOf.set(w, "after");
  const singular = units.map((e) => e.words[0]!);
  // Full weekday names only: "Sat" or "Sun" alone are too often other words.
  const fullWeekdays = weekdays.map((e) => e.words[0]!);
  return {
    alt: {
      month: alternation(named(months.flatMap((e) => e.words))),
      weekdayFull: alternation(named(fullWeekdays)),
      weekdayAny: alternation(named(weekdays.flatMap((e) => e.words))),
      dayWord: alternation(cased(role("day"))),
      shift: alternation(cased(role("shift"))),
      side: alternation(cased([...role("before"), ...role("after")])),
      ago: alternation(cased(role("ago"))),
      coming: alternation(cased(role("coming"))),
      unit: alternation(cased(singular)),
      unitAny: alternation(cased(units.flatMap((e) => e.words))),
      number: alternation(cased(entries("time-numbers").flatMap((e) => e.words))),
      vague: alternation(cased(lexicon("time-vague"))),
      century: alternation(cased(eraRole("century"))),
      decade: alternation(cased(eraRole("decade"))),
      eraLast: alternation(cased(eraRole("last"))),
      eraPart: alternation(cased(eraRole("part"))),
      part: alternation(cased(lexicon("time-parts"))),
      prep: alternation(cased(preps.flatMap((e) => e.words))),
      ordinal: alternation(lexiconFile<{ entries: Entry[] }>("date-words").entries.filter((e) => e.role === "ordinal").flatMap((e) => e.words)),
      countNoun: alternation(cased(lexicon("time-count-nouns"))),
      namedDay: alternation(cased(lexicon("time-named-days"))),
    },
    monthOf,
    weekdayOf,
    shiftOf,
    dayShiftOf,
    unitOf,
    numberOf,
    prepRole,
    sideOf,
    parts: new Set(lexicon("time-parts").map((w) => w.toLowerCase())),
  };
}

let vocab: ReturnType<typeof build> | undefined;
/** The time vocabulary, built on first use. */
export const timeVocab = (): ReturnType<typeof build> => (vocab ??= build());

const key = (w: string): string => w.toLowerCase().replace(/\.$/, "").replace(/\s+/g, " ");
export const monthNumber = (w: string): number | undefined => timeVocab().monthOf.get(key(w));
export const weekdayNumber = (w: string): number | undefined => timeVocab().weekdayOf.get(key(w));
export const shiftOf = (w: string): number | undefined => timeVocab().shiftOf.get(key(w));
export const dayShiftOf = (w: string): number | undefined => timeVocab().dayShiftOf.get(key(w));
export const unitOf = (w: string): Unit | undefined => timeVocab().unitOf.get(key(w));
export const sideOf = (w: string): "before" | "after" | undefined => timeVocab().sideOf.get(key(w));
/** A count as digits or as a word ("two", "a couple of"). */
export const countOf = (w: string): number | undefined => (/^\d+$/.test(w) ? Number(w) : timeVocab().numberOf.get(key(w)));
/** The role of a preposition before a time ("at", "since", "until", "after", "before"). */
export const prepRole = (w: string): string | undefined => timeVocab().prepRole.get(key(w));
