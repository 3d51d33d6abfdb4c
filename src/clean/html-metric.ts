// The article-extraction-benchmark metric (scrapinghub), reimplemented from its description:
// tokens are Unicode \w+ runs, documents are compared as multisets of 4-token shingles,
// TP/FP/FN are normalised per document, precision and recall are means over documents,
// F1 comes from those two means, accuracy is exact equality of the token sequences.

/** Shingle length: the benchmark compares word 4-grams. */
export const SHINGLE_SIZE = 4;

/** Python's Unicode `\w`: letters, any numeric character and the underscore (not combining marks, not other connectors). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** The shingle multiset of a text; a text shorter than one shingle is one shingle of all its tokens. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = words.slice(i, i + n).join(" ");
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One document's shingle agreement, as shares of all shingles involved (they sum to 1, or all are 0). */
export interface Match {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, predicted: string): Match {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, w] of want) {
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fn += Math.max(0, w - g);
  }
  for (const [key, g] of got) fp += Math.max(0, g - (want.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Per-document precision: nothing wrong and nothing missed counts as perfect, nothing right as zero. */
export function precisionOf(m: Match): number {
  if (m.fp === 0 && m.fn === 0) return 1;
  return m.tp + m.fp === 0 ? 0 : m.tp / (m.tp + m.fp);
}

export function recallOf(m: Match): number {
  if (m.fp === 0 && m.fn === 0) return 1;
  return m.tp + m.fn === 0 ? 0 : m.tp / (m.tp + m.fn);
}

export const tokensEqual = (truth: string, predicted: string): boolean => tokens(truth).join(" ") === tokens(predicted).join(" ");

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  documents: number;
}

/** Scores over (truth, predicted) pairs: means of per-document precision and recall, F1 of the means. */
export function htmlMetric(pairs: readonly { truth: string; predicted: string }[]): Scores {
  let precision = 0;
  let recall = 0;
  let exact = 0;
  for (const { truth, predicted } of pairs) {
    const m = shingleMatch(truth, predicted);
    precision += precisionOf(m);
    recall += recallOf(m);
    if (tokensEqual(truth, predicted)) exact++;
  }
  const n = pairs.length || 1;
  precision /= n;
  recall /= n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: exact / n, documents: pairs.length };
}
