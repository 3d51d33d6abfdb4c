import { textTuning } from "./text-tuning.js";
import type { LineView } from "./text-shape.js";

// Pages print a picture's caption twice: as alt text or a bullet, and again with its credit
// ('Zakharova' / 'Zakharova Russian Foreign Ministry/TASS'). Once the credited copy is removed,
// the bare copy is the start of it, within a line or two.

/** Lines that are the start of a nearby removed credit line, with the credit line's index. */
export function captionRepeats(
  lines: readonly LineView[],
  credits: ReadonlySet<number>,
  taken: (i: number) => boolean,
): { index: number; of: number }[] {
  const out: { index: number; of: number }[] = [];
  lines.forEach((line, i) => {
    if (taken(i) || line.words < 2 || !line.bare) return;
    for (let d = -textTuning.captionWindow; d <= textTuning.captionWindow; d++) {
      const j = i + d;
      const credit = lines[j];
      if (d === 0 || !credit || !credits.has(j)) continue;
      if (credit.key.length > line.bare.length && credit.key.startsWith(line.bare)) {
        out.push({ index: i, of: j });
        return;
      }
    }
  });
  return out;
}
