import type { CopyChange } from "../store/store.js";
import { CHANGE_SHARE, MIN_CONTAINMENT, MIN_JACCARD, MIN_SHINGLES } from "./link-tuning.js";
import { sharedSorted } from "./words.js";

// Whether two documents are the same text (a wire copy, a republication), and how a copy differs from its original.

/** What the link stage keeps of a document to compare it. */
export interface DocSketch {
  id: string;
  title: string | null;
  /** Sorted shingle hashes (words.ts). */
  shingles: Uint32Array;
}

export interface Overlap {
  /** Shared shingles over the smaller set's. */
  containment: number;
  /** Shared shingles over the union. */
  jaccard: number;
  shared: number;
}

export function overlap(a: DocSketch, b: DocSketch): Overlap {
  const n = sharedSorted(a.shingles, b.shingles);
  const small = Math.min(a.shingles.length, b.shingles.length);
  const union = a.shingles.length + b.shingles.length - n;
  return { containment: small ? n / small : 0, jaccard: union ? n / union : 0, shared: n };
}

/** Long enough to be linked at all. */
export const linkable = (d: DocSketch): boolean => d.shingles.length >= MIN_SHINGLES;

/** Rule link/near-duplicate: most of the smaller text is in the larger, and they share enough of the whole. */
export function isCopy(o: Overlap): boolean {
  return o.shared >= MIN_SHINGLES && o.containment >= MIN_CONTAINMENT && o.jaccard >= MIN_JACCARD;
}

const foldTitle = (t: string | null): string => (t ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** What the copy changed: its title, text of the original it left out, text it added. */
export function changesOf(copy: DocSketch, original: DocSketch): CopyChange[] {
  const n = sharedSorted(copy.shingles, original.shingles);
  const out: CopyChange[] = [];
  // a page without a title of its own (a feed item, a text dump) did not retitle anything
  if (copy.title && original.title && foldTitle(copy.title) !== foldTitle(original.title)) {
    out.push({ kind: "retitled", detail: `'${copy.title}' for '${original.title}'` });
  }
  const kept = original.shingles.length ? n / original.shingles.length : 1;
  if (1 - kept >= CHANGE_SHARE) out.push({ kind: "trimmed", detail: `keeps ${percent(kept)} of the original's text` });
  const added = copy.shingles.length ? 1 - n / copy.shingles.length : 0;
  if (added >= CHANGE_SHARE) out.push({ kind: "extended", detail: `${percent(added)} of its text is not in the original` });
  return out;
}
