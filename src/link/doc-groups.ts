import { dayRange } from "../core/pack-dates.js";
import type { Precision, Published } from "../core/types.js";
import type { DocumentLink } from "../store/store.js";
import { changesOf, overlap, type DocSketch } from "./near-duplicates.js";

// A group of near-duplicates: which member is the original, and each copy's link to it. The original is the one
// published earliest by its own date (a precise early date beats a vague one: "2023-02-10" is earlier than
// "2023-02"), else the most complete text.

export interface Member extends DocSketch {
  /** The date the document has by itself, before any wire-copy dating. */
  own: Published;
}

export const RULE_NEAR_DUPLICATE = "link/near-duplicate";

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };
const DAY_MS = 86_400_000;

/** The latest instant the date can mean, in ms: the end of its period, or its stated time of day. */
function latestInstant(p: Published): number {
  if (!p.date || p.crawl) return Number.POSITIVE_INFINITY;
  const range = dayRange(p.date);
  if (!range) return Number.POSITIVE_INFINITY;
  if (p.precision === "day" && p.time && /^\d{2}:\d{2}/.test(p.time)) {
    const at = Date.parse(`${p.date}T${p.time.slice(0, 5)}:00${p.zone && /^[+-]\d{2}:\d{2}$/.test(p.zone) ? p.zone : "Z"}`);
    if (Number.isFinite(at)) return at;
  }
  return Date.parse(`${range.to}T00:00:00Z`) + DAY_MS - 1;
}

/** Earliest first; then the more precise date, the longer text, the smaller id (so the order is total). */
function byOriginality(a: Member, b: Member): number {
  return (
    latestInstant(a.own) - latestInstant(b.own) ||
    (a.own.precision ? RANK[a.own.precision] : 3) - (b.own.precision ? RANK[b.own.precision] : 3) ||
    b.shingles.length - a.shingles.length ||
    a.id.localeCompare(b.id)
  );
}

export const groupIdOf = (originalId: string): string => `g_${originalId.replace(/^d_/, "")}`;

/** The links of a group of two or more members: the original's first. */
export function groupLinks(members: readonly Member[]): DocumentLink[] {
  const [original, ...copies] = [...members].sort(byOriginality);
  if (!original || !copies.length) return [];
  const groupId = groupIdOf(original.id);
  const link = (m: Member, role: DocumentLink["role"], similarity: number, changes: DocumentLink["changes"]): DocumentLink => ({
    documentId: m.id, groupId, originalId: original.id, role, similarity, changes, ownPublished: m.own, ruleId: RULE_NEAR_DUPLICATE,
  });
  return [
    link(original, "original", 1, []),
    ...copies.map((c) => link(c, "copy", Math.round(overlap(c, original).containment * 1000) / 1000, changesOf(c, original))),
  ];
}
