import { packKeys, type PackEntry, type PackVocab } from "./entities-pack.js";
import type { Tokens } from "./mentions-tokens.js";
import { longestAtBy } from "./mentions-trie.js";
import { generalVocab, type Entry } from "./mentions-vocab.js";

// The text as a row of chunks: at each word the longest phrase either vocabulary knows (general lexicons or
// the pack), else the single word. The mention grammar and the cue finder read chunks, not characters.

export interface Chunk {
  /** First word and number of words. */
  at: number;
  len: number;
  general: Entry[];
  pack: PackEntry[];
  /** One bit per entry type present (general and pack), so most questions about a chunk cost one test. */
  mask: number;
}

const GENERAL_BIT: Record<Entry["type"], number> = {
  title: 1, modifier: 2, honorific: 4, pronoun: 8, institution: 16, country: 32, cue: 64, frame: 128, gap: 256,
  agency: 512, stop: 1024, head: 2048, place: 4096,
};
const PACK_BIT: Record<PackEntry["type"], number> = { actor: 1 << 13, side: 1 << 14, office: 1 << 15, place: 1 << 16 };

function maskOf(general: Entry[], pack: PackEntry[]): number {
  let m = 0;
  for (let k = 0; k < general.length; k++) m |= GENERAL_BIT[general[k]!.type];
  for (let k = 0; k < pack.length; k++) m |= PACK_BIT[pack[k]!.type];
  return m;
}

/** Chunks of a text, computed once per text and pack (the mention finder and the extractors share them). */
export function chunkText(tokens: Tokens, pack: PackVocab | null): Chunk[] {
  const memo = memos.get(tokens);
  if (memo && memo.pack === pack) return memo.chunks;
  const vocab = generalVocab();
  const packKey = pack ? packKeys(pack, tokens) : null;
  const keys = tokens.keys;
  const generalKey = (i: number): string => keys[i]!;
  const chunks: Chunk[] = [];
  for (let i = 0; i < tokens.count; ) {
    const g = longestAtBy(vocab.trie, tokens, i, generalKey);
    // Pack phrases start with a capital or with one of a few lower-case words ("press secretary").
    const p = pack && packKey && (tokens.cap[i] || pack.lowerStarts.has(tokens.keys[i]!)) ? longestAtBy(pack.trie, tokens, i, packKey) : null;
    let gl = g?.length ?? 0;
    let found = g?.entries ?? NO_GENERAL;
    // "the company" is a description; "Statistics Institute", "Labor Department" end names of their own.
    if (gl === 1 && tokens.cap[i] && found.some(isGeneric)) {
      found = found.filter((e) => !isGeneric(e));
      if (found.length === 0) gl = 0;
    }
    const pl = p?.length ?? 0;
    const len = Math.max(gl, pl, 1);
    const general = gl === len ? found : NO_GENERAL;
    const packEntries = pl === len ? p!.entries : NO_PACK;
    chunks.push({ at: i, len, general, pack: packEntries, mask: maskOf(general, packEntries) });
    i += len;
  }
  memos.set(tokens, { pack, chunks });
  return chunks;
}

const isGeneric = (e: Entry): boolean => e.type === "institution" && e.generic === true;
const NO_GENERAL: Entry[] = [];
const NO_PACK: PackEntry[] = [];
const memos = new WeakMap<Tokens, { pack: PackVocab | null; chunks: Chunk[] }>();

export type EntryOf<T extends Entry["type"]> = Extract<Entry, { type: T }>;

export function general<T extends Entry["type"]>(c: Chunk | undefined, type: T): EntryOf<T> | undefined {
  if (!c || !(c.mask & GENERAL_BIT[type])) return undefined;
  for (const e of c.general) if (e.type === type) return e as EntryOf<T>;
  return undefined;
}

/** The mask of some entry types ("pack:" before a pack type), for hasAny. Compute it once, outside loops. */
export function maskOfTypes(types: readonly (Entry["type"] | `pack:${PackEntry["type"]}`)[]): number {
  let bits = 0;
  for (const t of types) bits |= t.startsWith("pack:") ? PACK_BIT[t.slice(5) as PackEntry["type"]] : GENERAL_BIT[t as Entry["type"]];
  return bits;
}

/** True when the chunk has an entry of one of the types of the mask. */
export const hasAny = (c: Chunk | undefined, mask: number): boolean => !!c && (c.mask & mask) !== 0;

export function frame(c: Chunk | undefined, role: string): boolean {
  if (!c || !(c.mask & GENERAL_BIT.frame)) return false;
  for (const e of c.general) if (e.type === "frame" && e.role === role) return true;
  return false;
}

export const gap = (c: Chunk | undefined): boolean => !!c && (c.mask & GENERAL_BIT.gap) !== 0;

export type PackOf<T extends PackEntry["type"]> = Extract<PackEntry, { type: T }>;

export function packed<T extends PackEntry["type"]>(c: Chunk | undefined, type: T): PackOf<T> | undefined {
  if (!c || !(c.mask & PACK_BIT[type])) return undefined;
  for (const e of c.pack) if (e.type === type) return e as PackOf<T>;
  return undefined;
}

/** The chunk's words as written. */
export function chunkText1(tokens: Tokens, c: Chunk): string {
  return tokens.text.slice(tokens.starts[c.at]!, tokens.ends[c.at + c.len - 1]!);
}

export const chunkStart = (tokens: Tokens, c: Chunk): number => tokens.starts[c.at]!;
export const chunkEnd = (tokens: Tokens, c: Chunk): number => tokens.ends[c.at + c.len - 1]!;
