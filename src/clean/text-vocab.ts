import { lexiconFile } from "../core/lexicon.js";

// The shared lexicons the date, byline and credit rules read (owned by the describe stage), flattened
// into plain word lists. Only this module knows their shapes.

interface RoleFile {
  entries: { role: string; words: string[] }[];
}

export interface TextVocab {
  /** Month and weekday names with their abbreviations, lower-case. */
  calendar: string[];
  /** Time-zone abbreviations, lower-case. */
  zones: string[];
  /** Ordinal suffixes, 'of', 'at', meridiem markers. */
  dateSmall: string[];
  /** Labels that open a date stamp ('Published', 'Last updated'). */
  stampLabels: string[];
  /** Field names of a crawler's header line. */
  headerLabels: string[];
  /** Byline cues ('By', 'Written by') and the words joining names ('and', '&'). */
  bylineCues: string[];
  bylineJoiners: string[];
  /** Every spelling of every news agency. */
  agencies: string[];
}

const roleWords = (file: RoleFile, ...roles: string[]): string[] =>
  file.entries.filter((e) => roles.includes(e.role)).flatMap((e) => e.words);

let vocab: TextVocab | null = null;

export function textVocab(): TextVocab {
  if (vocab) return vocab;
  const lower = (words: string[]): string[] => words.map((w) => w.toLowerCase());
  const months = lexiconFile<{ entries: { words: string[] }[] }>("months").entries.flatMap((e) => e.words);
  const weekdays = lexiconFile<{ entries: { words: string[] }[] }>("weekdays").entries.flatMap((e) => e.words);
  const stamps = lexiconFile<RoleFile>("date-stamps");
  const bylines = lexiconFile<RoleFile>("bylines");
  vocab = {
    calendar: lower([...months, ...weekdays]),
    zones: lower(lexiconFile<{ entries: { abbr: string }[] }>("time-zones").entries.map((e) => e.abbr)),
    dateSmall: lower(lexiconFile<RoleFile>("date-words").entries.flatMap((e) => e.words)),
    stampLabels: roleWords(stamps, "published", "updated"),
    headerLabels: lower(roleWords(stamps, "header")),
    bylineCues: roleWords(bylines, "cue"),
    bylineJoiners: lower(roleWords(bylines, "joiner")),
    agencies: lexiconFile<{ entries: { aliases: string[] }[] }>("agencies").entries.flatMap((e) => e.aliases),
  };
  return vocab;
}
