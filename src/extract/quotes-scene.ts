import type { Pack } from "../core/pack.js";
import { packVocab, type PackVocab } from "./entities-pack.js";
import { chunkText, type Chunk } from "./mentions-chunks.js";
import { tokenAtOrAfter, tokenEndingBy, tokenize, type Tokens } from "./mentions-tokens.js";
import type { Cue } from "./quotes-cues.js";
import { findQuotes, type Quote } from "./quotes.js";
import type { Mention, Sentence, TimeRef } from "./types.js";

// Everything the statement extractors look at for one document, computed once: words and chunks, mentions
// indexed by the words they start and end on, quotations, reporting cues, and offset → sentence lookups.

export interface Scene {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  tokens: Tokens;
  chunks: Chunk[];
  /** Chunk index of each word. */
  chunkOf: Int32Array;
  quotes: Quote[];
  /** The document's time expressions, in text order: a time that ends a reported span belongs to the saying. */
  times: TimeRef[];
  /** Filled by findCues once the scene exists. */
  cues: Cue[];
  /** Mentions by the index of their last word (the name's end: "Peskov" in "Kremlin spokesman Dmitry Peskov"). */
  endingAt: Map<number, Mention>;
  /** Mentions by the index of their first word, title included. */
  startingAt: Map<number, Mention>;
  pack: PackVocab | null;
  date?: string;
}

export function buildScene(text: string, sentences: Sentence[], mentions: Mention[], pack: Pack | null, date?: string | null, times: TimeRef[] = []): Scene {
  const tokens = tokenize(text);
  const vocab = pack ? packVocab(pack) : null;
  const chunks = chunkText(tokens, vocab);
  const chunkOf = new Int32Array(tokens.count);
  chunks.forEach((c, j) => chunkOf.fill(j, c.at, c.at + c.len));
  const endingAt = new Map<number, Mention>();
  const startingAt = new Map<number, Mention>();
  for (const m of mentions) {
    endingAt.set(tokenEndingBy(tokens, m.end), m);
    startingAt.set(tokenAtOrAfter(tokens, mentionLead(text, m)), m);
  }
  // in text order (stable: mentions at one offset keep theirs), which the lookups by offset rely on
  mentions = [...mentions].sort((a, b) => a.start - b.start);
  return {
    text, sentences, mentions, tokens, chunks, chunkOf, quotes: findQuotes(text), times, cues: [], endingAt, startingAt, pack: vocab,
    ...(date ? { date } : {}),
  };
}

const THE_BEFORE = /\bthe\s+$/i;

/** Where a mention begins in the text, with its title and a "the" before it ("the Kremlin spokesman"). */
export function mentionLead(text: string, m: Mention): number {
  const start = Math.min(m.start, m.title?.start ?? m.start);
  const the = THE_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  return the ? start - the[0].length : start;
}

/** Index of the first mention starting at or after the offset (mentions are in text order): lookups near an
 *  offset start there instead of walking the document's mentions from one end. */
export function mentionFrom(scene: Scene, offset: number): number {
  let lo = 0;
  let hi = scene.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scene.mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding the offset, or -1 (the dateline, paragraph gaps). */
export function sentenceAt(scene: Scene, offset: number): number {
  const s = scene.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.end <= offset) lo = mid + 1;
    else if (s[mid]!.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The quotation whose marks enclose the offset, if any. */
export function quoteAround(scene: Scene, offset: number): Quote | null {
  for (const q of scene.quotes) {
    const from = q.open === -1 ? q.start : q.open;
    const to = q.close === -1 ? q.end : q.close + 1;
    if (offset >= from && offset < to) return q;
    if (from > offset) break;
  }
  return null;
}

export const chunkStartOf = (scene: Scene, j: number): number => scene.tokens.starts[scene.chunks[j]!.at]!;
export const chunkEndOf = (scene: Scene, j: number): number => {
  const c = scene.chunks[j]!;
  return scene.tokens.ends[c.at + c.len - 1]!;
};
/** The characters between chunk j and chunk j+1 (or the end of the text). */
export const afterChunk = (scene: Scene, j: number): string =>
  scene.text.slice(chunkEndOf(scene, j), j + 1 < scene.chunks.length ? chunkStartOf(scene, j + 1) : scene.text.length);
