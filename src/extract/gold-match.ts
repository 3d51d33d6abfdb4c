// The pairing rule of ../shared/gold/score.mjs, for tests and tools that compare statements with gold:
// statements pair one to one by token F1 of their text (≥ 0.6, best pairs first) within a document; a pair
// counts for attribution when the speaker matches (full name, surname alone, an alias in `speaker_also`, or
// the same surname with the same first initial). Kept in step with score.mjs by its tests.

export interface GoldStatement {
  speaker: string;
  speaker_also?: string[];
  kind?: string;
  text: string;
  stance?: string;
  stance_ok?: string[];
  said_on?: string | null;
  optional?: boolean;
}

export interface PredictedStatement {
  text: string;
  speaker: string;
}

export const foldText = (s: string | null | undefined): string =>
  (s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2012\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

const tokens = (s: string): string[] => foldText(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);

/** Token overlap of two spans as score.mjs measures it (F1, or 0.9 when both precision and recall reach 0.9). */
export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return Math.max((2 * p * r) / (p + r), Math.min(p, r) >= 0.9 ? 0.9 : 0);
}

const plainName = (s: string): string => foldText(s).replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim();

export function speakerMatches(predicted: string, gold: GoldStatement): boolean {
  const p = plainName(predicted);
  if (!p) return false;
  for (const name of [gold.speaker, ...(gold.speaker_also ?? [])]) {
    const n = plainName(name);
    if (p === n) return true;
    const pl = p.split(" ");
    const nl = n.split(" ");
    if (nl.length >= 2 && (p.endsWith(" " + n) || (pl.length === 1 && pl[0] === nl[nl.length - 1]))) return true;
    if (nl.length >= 2 && pl.length >= 2 && pl[pl.length - 1] === nl[nl.length - 1] && pl[0]![0] === nl[0]![0]) return true;
  }
  return false;
}

/** The minimum similarity for a pair. */
export const PAIR_THRESHOLD = 0.6;

export interface DocMatch {
  pairs: { gold: number; predicted: number; similarity: number; speakerOk: boolean }[];
  /** Required gold statements no prediction paired with. */
  missed: number[];
  /** Predictions paired with nothing. */
  extra: number[];
}

export function matchDocument(predicted: PredictedStatement[], gold: GoldStatement[]): DocMatch {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const v = similarity(p.text, g.text);
      if (v >= PAIR_THRESHOLD) candidates.push([v, gi, pi]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: DocMatch["pairs"] = [];
  for (const [v, gi, pi] of candidates) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi);
    usedPred.add(pi);
    pairs.push({ gold: gi, predicted: pi, similarity: v, speakerOk: speakerMatches(predicted[pi]!.speaker, gold[gi]!) });
  }
  return {
    pairs,
    missed: gold.flatMap((g, gi) => (!usedGold.has(gi) && !g.optional ? [gi] : [])),
    extra: predicted.flatMap((_, pi) => (usedPred.has(pi) ? [] : [pi])),
  };
}

export interface AttributionScore {
  gold: number;
  predicted: number;
  spanRecall: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Totals over documents, counted as score.mjs counts them (pairs with optional gold count for neither side). */
export function attributionScore(docs: { predicted: PredictedStatement[]; gold: GoldStatement[] }[]): AttributionScore {
  let gold = 0;
  let predicted = 0;
  let optional = 0;
  let spanHit = 0;
  let hit = 0;
  for (const d of docs) {
    const m = matchDocument(d.predicted, d.gold);
    gold += d.gold.filter((g) => !g.optional).length;
    predicted += d.predicted.length;
    for (const p of m.pairs) {
      if (d.gold[p.gold]!.optional) optional++;
      else {
        spanHit++;
        if (p.speakerOk) hit++;
      }
    }
  }
  const precision = predicted - optional ? hit / (predicted - optional) : 0;
  const recall = gold ? hit / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, spanRecall: gold ? spanHit / gold : 0, precision, recall, f1 };
}
