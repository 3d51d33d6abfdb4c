import { clockTime, normalizeOffset, type DateParts } from "./calendar.js";
import { alt, isPm, monthNumber, zoneOffset } from "./vocab.js";

// Shared pieces of the date rules: the optional time-and-zone tail after a date, and turning a match's
// named groups into DateParts. Group names: y, mo|mon, d, hh, mm, mer, off, zone.

/** Regex source of an optional clock time (`20:35`, `2:05 p.m.`, `at 14.05`) and zone after a date. */
export function timeTail(): string {
  const mer = `${alt.am()}|${alt.pm()}`;
  const clock =
    `\\s*(?:,|${alt.timeLink()}|[-–—|/])?\\s*(?<hh>\\d{1,2})(?=[:.]\\d{2}|\\s*(?:${mer}))` +
    `(?:[:.](?<mm>\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?)?(?:\\s*(?<mer>${mer}))?(?![a-z])`;
  return `(?:${clock}${zoneTail()})?`;
}

/** Regex source of an optional zone: `GMT+3`, `+0300`, `+05:30`, or an abbreviation from the lexicon. */
export function zoneTail(): string {
  const offset = `(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}`;
  return `(?:\\s*\\(?(?<zone>${offset}|(?:${alt.zone()})(?![A-Za-z]))\\)?)?`;
}

/** `+05:30` for an offset or a known abbreviation; an unknown-offset abbreviation as written; else undefined. */
export function zoneValue(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  const offset = normalizeOffset(s.replace(/^(?:GMT|UTC)\s?/i, ""));
  if (offset && /^(?:GMT|UTC)?\s?[+-]/i.test(s)) return offset;
  // Abbreviations must be written in capitals: "et" or "pt" in running text is not a zone.
  if (s !== s.toUpperCase()) return undefined;
  return zoneOffset(s) ?? s;
}

/** DateParts from a rule's named groups; the month from `mo` (digits) or `mon` (a name). */
export function partsFromGroups(g: Record<string, string | undefined>): DateParts {
  const month = g.mo !== undefined ? Number(g.mo) : g.mon !== undefined ? monthNumber(g.mon) : null;
  const parts: DateParts = {
    year: g.y !== undefined ? Number(g.y) : null,
    month,
    day: g.d !== undefined ? Number(g.d) : null,
  };
  if (g.hh !== undefined) {
    const time = clockTime(Number(g.hh), Number(g.mm ?? 0), g.mer ? isPm(g.mer) : null);
    if (time) {
      parts.time = time;
      const zone = zoneValue(g.off ?? g.zone);
      if (zone) parts.zone = zone;
    }
  }
  return parts;
}
