import { alternation } from "../core/lexicon.js";
import { findDates, type DateMatch } from "./find-dates.js";
import { STAMP_LINE_MAX_CHARS, STAMP_RESIDUE_MAX_WORDS } from "./tuning.js";
import { roleWords } from "./vocab.js";

/** What a stamp's label says the date is: first publication, a revision, or nothing said. */
export type StampRole = "published" | "updated" | "plain";

/** A date on a stamp line ("Published 3 April 2024", "By IANS | Updated: October 24, 2025 20:35 IST"). */
export interface Stamp {
  match: DateMatch;
  role: StampRole;
  /** The label before the date, as written, when there is one. */
  cue: string | null;
}

let cueRe: RegExp | undefined;
let cueRoles: Map<string, StampRole> | undefined;

/** A stamp label ending right before a date: "Published", "Updated:", "Last updated on –". */
function cueBefore(prefix: string): { cue: string; role: StampRole; start: number } | null {
  if (!cueRe || !cueRoles) {
    const published = roleWords("date-stamps", "published");
    const updated = roleWords("date-stamps", "updated");
    cueRoles = new Map([...published.map((w) => [w.toLowerCase(), "published" as const] as const), ...updated.map((w) => [w.toLowerCase(), "updated" as const] as const)]);
    cueRe = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation([...published, ...updated])})\\s*[:.|\\-–—]?\\s*$`, "iu");
  }
  const m = cueRe.exec(prefix);
  if (!m || !m[1]) return null;
  const role = cueRoles.get(m[1].toLowerCase().replace(/\s+/g, " ")) ?? "plain";
  return { cue: m[1], role, start: m.index };
}

/** Words of a line left once its dates and labels are taken out: a stamp line has few. */
function residueWords(line: string, spans: { start: number; end: number }[]): number {
  let rest = "";
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    rest += line.slice(at, s.start) + " ";
    at = Math.max(at, s.end);
  }
  rest += line.slice(at);
  return rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * The stamps of one line. A line is a stamp line when it is short and holds little besides its dates and
 * labels; in a longer line only a date opening it, labelled or set off by a dash, counts. Dates in prose
 * ("the statement of March 21, 2022") are not stamps.
 */
export function lineStamps(line: string, ref: Date | null): Stamp[] {
  const matches = findDates(line, ref);
  if (matches.length === 0) return [];
  const stamps: Stamp[] = [];
  const spans: { start: number; end: number }[] = [];
  let prevEnd = 0;
  for (const match of matches) {
    const found = cueBefore(line.slice(prevEnd, match.start));
    const cueStart = found ? prevEnd + found.start : match.start;
    stamps.push({ match, role: found?.role ?? "plain", cue: found?.cue ?? null });
    spans.push({ start: cueStart, end: match.end });
    prevEnd = match.end;
  }
  const isStampLine = line.length <= STAMP_LINE_MAX_CHARS && residueWords(line, spans) <= STAMP_RESIDUE_MAX_WORDS;
  if (isStampLine) return stamps;
  const first = stamps[0]!;
  const atStart = line.slice(0, spans[0]!.start).trim() === "";
  // "Published 3 April 2024. The …" and "29.11.2022 – The …": a labelled date, or a date set off by a dash
  // or colon, opening the line is the line's stamp even when prose follows.
  const setOff = /^\s*[-–—:|]/.test(line.slice(first.match.end));
  return atStart && (first.cue !== null || setOff) ? [first] : [];
}

let headerRe: RegExp | undefined;

/**
 * The date of a crawler dump's header line (" date 2025-05-05 403": label, ISO date, HTTP status) — the
 * dump states it as the page's date, so it counts as stated, below the page's own stamps.
 */
export function headerLineDate(line: string, ref: Date | null): DateMatch | null {
  headerRe ??= new RegExp(`^\\s*(?:${alternation(roleWords("date-stamps", "header"))})\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.+\\-Z]+)?)(?:\\s+\\d{3})?\\s*$`, "i");
  const m = headerRe.exec(line);
  if (!m || !m[1]) return null;
  return findDates(m[1], ref)[0] ?? null;
}
