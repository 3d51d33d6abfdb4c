import { fold } from "./text-fold.js";
import type { RuleSpec } from "./text-rules.js";
import { textTuning } from "./text-tuning.js";
import { contentStems, endsOpen, isProse, titleCase, type LineView } from "./text-shape.js";

// A lone related-article headline flattened into the body. Evidence, all required: it sits between
// two body paragraphs; it is title-cased, mid-length, and ends without punctuation; and its content
// words are mostly absent from the rest of the article (a subhead talks about the article's own
// subject, a link to another story does not).

/** Body lines (indices into `lines`, from `body`, in order) that are related-article headlines. */
export function relatedHeadlines(
  lines: readonly LineView[],
  body: readonly number[],
  spec: RuleSpec,
  title: string | null,
): { index: number; evidence: string }[] {
  const t = textTuning;
  const minor = new Set((spec.words ?? []).map(fold));
  const candidates = body.filter((i, k) => {
    const line = lines[i];
    const prev = lines[body[k - 1] ?? -1];
    const next = lines[body[k + 1] ?? -1];
    if (!line || !prev || !next || !isProse(prev) || !isProse(next)) return false;
    if (line.marked || line.words < t.relatedMinWords || line.words > t.relatedMaxWords || !endsOpen(line)) return false;
    const tc = titleCase(line.core, minor);
    return tc.major >= t.relatedMinMajorWords && tc.ratio >= t.relatedMinTitleCase;
  });
  if (!candidates.length) return [];

  // In how many places (body lines and the title) each content stem occurs.
  const places = new Map<string, number>();
  const stemsOf = new Map<number, Set<string>>();
  for (const [i, text] of [...body.map((j): [number, string] => [j, lines[j]?.core ?? ""]), [-1, title ?? ""] as [number, string]]) {
    const stems = contentStems(text, minor);
    stemsOf.set(i, stems);
    for (const s of stems) places.set(s, (places.get(s) ?? 0) + 1);
  }
  const out: { index: number; evidence: string }[] = [];
  for (const i of candidates) {
    const own = stemsOf.get(i) ?? new Set<string>();
    const shared = [...own].filter((s) => (places.get(s) ?? 0) > 1).length;
    if (!own.size || shared / own.size > t.relatedMaxOverlap) continue;
    const ratio = titleCase(lines[i]?.core ?? "", minor).ratio;
    out.push({ index: i, evidence: `title case ${ratio.toFixed(2)}; ${shared}/${own.size} content words elsewhere` });
  }
  return out;
}
