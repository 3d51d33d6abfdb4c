import { textTuning } from "./text-tuning.js";
import { isProse, looksLikeHeadline, type LineView } from "./text-shape.js";

// The article's headline: the first line shaped like a headline that no furniture rule claimed,
// searched for only above the body (the first prose line ends the search: a subhead further down
// must never become the title).

/** Index of the headline line, or null when the text opens straight into the body. */
export function findHeadline(lines: readonly LineView[], taken: (i: number) => boolean): number | null {
  let scanned = 0;
  for (let i = 0; i < lines.length && scanned < textTuning.headlineMaxScan; i++) {
    const line = lines[i];
    if (!line || taken(i) || line.marked) continue;
    if (looksLikeHeadline(line)) return i;
    if (isProse(line)) return null;
    scanned++;
  }
  return null;
}

/** Later lines that print the headline again (same words after folding and end punctuation). */
export function headlineRepeats(lines: readonly LineView[], headline: number, taken: (i: number) => boolean): number[] {
  const title = lines[headline]?.bare;
  if (!title) return [];
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (i !== headline && !taken(i) && line.bare === title) out.push(i);
  });
  return out;
}
