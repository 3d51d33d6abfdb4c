import { invalidReason, type DateParts } from "./calendar.js";

/** A date an address states in its path: /2024/04/03/, -2024-03-07/, /20260710/, /2026/01/. */
export interface UrlDate {
  ruleId: string;
  text: string;
  parts: DateParts;
}

interface UrlRule {
  id: string;
  pattern: RegExp;
  precision: "day" | "month";
}

// In order: the first rule that reads a valid date wins. Day rules come before the month rule because
// /2024/04/03/ also contains /2024/04/.
const urlRules: UrlRule[] = [
  { id: "url/y-m-d-folders", pattern: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=[/_.-]|$)/, precision: "day" },
  { id: "url/iso-segment", pattern: /[/_.-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/, precision: "day" },
  { id: "url/compact-folder", pattern: /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/, precision: "day" },
  { id: "url/y-m-folders", pattern: /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/)/, precision: "month" },
];

/** The date in a page address's path (never its host or query), or null. */
export function urlDate(url: string | null, ref: Date | null): UrlDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const rule of urlRules) {
    const m = rule.pattern.exec(path);
    if (!m) continue;
    const parts: DateParts = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: rule.precision === "day" ? Number(m[3]) : null,
    };
    if (invalidReason(parts, ref) === null) return { ruleId: rule.id, text: m[0], parts };
  }
  return null;
}
