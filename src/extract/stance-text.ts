import type { StanceVocab } from "./stance-vocab.js";
import type { Span } from "./types.js";

// The text a stance is read from: the statement (with its reporting verb in front when that verb is not
// already in it), normalised without changing length so every offset points back into `raw`.

export interface StanceText {
  /** The words as written: cues are sliced from here. */
  raw: string;
  /** Same length as raw: quotation marks blanked, apostrophes straight, "not A but" blanked. Cues are sought here. */
  norm: string;
  /** Start offset of every word, ascending. */
  wordStarts: number[];
}

const QUOTE_MARKS = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
// A single quote or apostrophe is kept (as ') only between letters ("Tokyo’s"); elsewhere it quotes.
const SINGLE_QUOTES = /['\u2018\u2019\u02bc]/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
/** Sentence-level breaks; a period counts only before a space or the end ("U.S." breaks too: accepted). */
const HARD_BREAK = /[;!?]|\.(?=\s|$)/;
/** Clause-level breaks: punctuation that ends a clause or an aside. */
const SOFT_PUNCTUATION = /[,;:!?()\u2013\u2014]|\.(?=\s|$)|\s-\s/;

/**
 * Every match of a global regex, as spans (what `text.matchAll(re)` finds). Walked with `exec` on the regex itself:
 * matchAll clones the regex on each call, and V8 compiles each clone of a large alternation again once its
 * compilation cache has been cleared by a garbage collection, which costs more than the matching.
 */
export function spansOf(re: RegExp, text: string): Span[] {
  if (!re.global) throw new TypeError(`spansOf needs a global regex: /${re.source}/${re.flags}`);
  const out: Span[] = [];
  const from = re.lastIndex;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    // An empty match would be found again: step past it (a whole code point under the u flag), as matchAll does.
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = from;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  const c = text.charCodeAt(at);
  return unicode && c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

export function stanceText(raw: string, vocab: StanceVocab): StanceText {
  let norm = raw.replace(QUOTE_MARKS, " ").replace(SINGLE_QUOTES, (_quote, at: number) => {
    const between = /\p{L}/u.test(raw[at - 1] ?? "") && /\p{L}/u.test(raw[at + 1] ?? "");
    return between ? "'" : " ";
  });
  // "our goal is not to give anything, but to sign": only what follows the contrast word is asserted.
  for (const span of spansOf(vocab.notBut, norm)) {
    if (HARD_BREAK.test(norm.slice(span.start, span.end)) || insideAny(span.start, spansOf(vocab.negationExceptions, norm))) continue;
    norm = norm.slice(0, span.start) + " ".repeat(span.end - span.start) + norm.slice(span.end);
  }
  return { raw, norm, wordStarts: [...norm.matchAll(WORD)].map((m) => m.index) };
}

const insideAny = (at: number, spans: Span[]): boolean => spans.some((s) => s.start <= at && at < s.end);

/** Index of the first word starting at or after `offset`. */
function wordIndex(t: StanceText, offset: number): number {
  let lo = 0;
  let hi = t.wordStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.wordStarts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words starting in [from, to): the distance between a match ending at `from` and one starting at `to`. */
export function wordsBetween(t: StanceText, from: number, to: number): number {
  return to <= from ? 0 : wordIndex(t, to) - wordIndex(t, from);
}

/** True when a sentence ends between the offsets. */
export function hardBreakBetween(t: StanceText, from: number, to: number): boolean {
  return HARD_BREAK.test(t.norm.slice(Math.min(from, to), Math.max(from, to)));
}

/** True when a clause ends between the offsets: punctuation or a contrast word ("but", "however"). */
export function softBreakBetween(t: StanceText, from: number, to: number, vocab: StanceVocab): boolean {
  const gap = t.norm.slice(Math.min(from, to), Math.max(from, to));
  return SOFT_PUNCTUATION.test(gap) || spansOf(vocab.contrast, gap).length > 0;
}

/** True when the contrast words alone (not punctuation) separate the offsets. */
export function contrastBetween(t: StanceText, from: number, to: number, vocab: StanceVocab): boolean {
  return spansOf(vocab.contrast, t.norm.slice(Math.min(from, to), Math.max(from, to))).length > 0;
}

/** The written words of a span. */
export const slice = (t: StanceText, s: Span): string => t.raw.slice(s.start, s.end).replace(/\s+/g, " ").trim();

/** Negators and hedges in force: those inside an exception ("not only", "no doubt") do not negate. */
export function negatorSpans(t: StanceText, vocab: StanceVocab): Span[] {
  const exceptions = spansOf(vocab.negationExceptions, t.norm);
  return spansOf(vocab.negators, t.norm).filter((n) => !exceptions.some((e) => e.start <= n.start && n.end <= e.end));
}
