import type { Pack } from "../../core/pack.js";
import type { Store } from "../../store/store.js";
import { nameFolder } from "./statements-speaker.js";

// Close names for a name nobody bears: "Peskof" → Dmitry Peskov, "Zaharova" → Maria Zakharova.

// Share of a word's letters that may differ for it to count as a misspelling (one in three).
const MAX_DISTANCE = 0.34;
// Words shorter than this are not compared alone ("de", "al"): too many names share them.
const MIN_WORD = 3;
// Suggestions shown at most.
const SUGGESTIONS = 5;
// Stored entities fetched per three-letter piece of the name; the pieces find names a typo has broken.
const PIECE_LIMIT = 20;
// Three-letter pieces looked up per word at most: bounds the store queries one suggestion costs.
const PIECES_PER_WORD = 8;

/** Edit distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

const share = (a: string, b: string): number => editDistance(a, b) / Math.max(a.length, b.length, 1);

/** How far a candidate name is from what was typed: the whole names, or their closest pair of words. */
function distance(given: string, candidate: string): number {
  const words = (s: string) => s.split(" ").filter((w) => w.length >= MIN_WORD);
  let best = share(given, candidate);
  for (const g of words(given)) for (const c of words(candidate)) best = Math.min(best, share(g, c));
  return best;
}

const pieces = (word: string): string[] =>
  Array.from({ length: Math.max(0, word.length - 2) }, (_, i) => word.slice(i, i + 3)).slice(0, PIECES_PER_WORD);

/** Names of the pack and the store close to `given`, closest first. */
export async function closeNames(store: Store, pack: Pack | null, given: string): Promise<string[]> {
  const fold = nameFolder(pack);
  const target = fold(given);
  // every spelling that could be meant, with the name to show for it and how much it is spoken
  const pool: { spelling: string; name: string; spoken: number }[] = [];
  for (const a of pack?.actors ?? []) for (const n of [a.name, ...a.aliases]) pool.push({ spelling: n, name: a.name, spoken: 0 });
  const words = target.split(" ").filter((w) => w.length >= MIN_WORD);
  for (const piece of new Set(words.flatMap(pieces))) {
    for (const e of await store.findEntities(piece, PIECE_LIMIT)) pool.push({ spelling: e.name, name: e.name, spoken: e.statements });
  }
  const best = new Map<string, { d: number; spoken: number }>();
  for (const c of pool) {
    const d = distance(target, fold(c.spelling));
    const seen = best.get(c.name);
    if (d <= MAX_DISTANCE && (!seen || d < seen.d)) best.set(c.name, { d, spoken: Math.max(c.spoken, seen?.spoken ?? 0) });
  }
  return [...best.entries()]
    .sort(([an, a], [bn, b]) => a.d - b.d || b.spoken - a.spoken || an.localeCompare(bn))
    .slice(0, SUGGESTIONS)
    .map(([name]) => name);
}

/** The error for a name nobody bears, saying what to try instead. */
export async function unknownSpeaker(store: Store, pack: Pack | null, given: string): Promise<Error> {
  const close = await closeNames(store, pack, given);
  const where = pack ? "the pack or the stored texts" : "the stored texts (no pack in use)";
  const hint = close.length
    ? `did you mean ${close.map((n) => `'${n}'`).join(", ")}?`
    : `check the spelling, or look for the name in the texts with: dossier search ${JSON.stringify(given)}`;
  return new Error(`nobody called '${given}' in ${where}: ${hint}`);
}
