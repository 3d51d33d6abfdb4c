import { grammarAlternation } from "./mentions-vocab.js";
import type { Sentence, Span } from "./types.js";

// The words around a cue that belong to the speaker's clause, not to anybody's reported words: where the
// said-on rules look for "had", "repeatedly", "in response" or "in its written submission". Reported words
// (this statement's and the others' in the sentence) and quoted stretches are blanked out, keeping offsets.

/** Punctuation that ends a clause ("X, who had worked there for years", "Although talks had stalled, X said"). */
const CLAUSE_BREAK = /[,;:—–()]/g;
const OPENING = new Set(["“", "«"]);
const CLOSING = new Set(["”", "»"]);

/** The stretches of a sentence inside double quotation marks, as sentence-relative offsets; a closing mark
 *  with no opening one closes a quote that began in an earlier sentence. */
export function quotedStretches(text: string): Span[] {
  const out: Span[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENING.has(c) || (c === '"' && open === null)) open = i;
    else if (CLOSING.has(c) || c === '"') {
      out.push({ start: open ?? 0, end: i + 1 });
      open = null;
    }
  }
  if (open !== null) out.push({ start: open, end: text.length });
  return out;
}

/**
 * The sentence's text with the given spans (absolute offsets) and its quoted stretches replaced by spaces,
 * except those holding the cue (a statement reported inside a quote keeps the quote it lies in).
 */
export function blanked(sentence: Sentence, spans: readonly Span[], cue: Span): string {
  // split("") gives UTF-16 code units, the unit offsets count in
  const units = sentence.text.split("");
  const blank = (start: number, end: number): void => {
    if (cue.start >= start + sentence.start && cue.end <= end + sentence.start) return;
    for (let i = Math.max(0, start); i < Math.min(units.length, end); i++) units[i] = " ";
  };
  for (const s of spans) blank(s.start - sentence.start, s.end - sentence.start);
  for (const q of quotedStretches(sentence.text)) blank(q.start, q.end);
  return units.join("");
}

let relativeWord: RegExp | undefined;
/** A relative pronoun opening a clause about the speaker ("said the man who had lost his house"). */
const relativeRegex = (): RegExp => (relativeWord ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${grammarAlternation("relative")})(?![\\p{L}\\p{N}])`, "iu"));

let relativeOpening: RegExp | undefined;
/** Relative clauses set off by a comma (", who had led the talks,"), as sentence-relative offsets: they say
 *  something about a person, not when the words were said. */
export function relativeClauses(text: string): Span[] {
  relativeOpening ??= new RegExp(`,\\s*(?:${grammarAlternation("relative")})(?![\\p{L}\\p{N}])`, "giu");
  const out: Span[] = [];
  for (const m of text.matchAll(relativeOpening)) {
    const start = m.index ?? 0;
    const from = start + m[0].length;
    const stop = text.slice(from).search(/[,;:—–()]/);
    out.push({ start, end: stop < 0 ? text.length : from + stop });
  }
  return out;
}

/** Start of the clause that holds relative offset `at`: just after the last clause break before it. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + 1;
  return start;
}

/** End of the clause that goes on at relative offset `at`: the next clause break or relative pronoun. */
function clauseEnd(text: string, at: number): number {
  const rest = text.slice(at);
  const breakAt = rest.search(/[,;:—–()]/);
  const relAt = rest.search(relativeRegex());
  const ends = [breakAt, relAt].filter((n) => n >= 0);
  return at + (ends.length ? Math.min(...ends) : rest.length);
}

// A participle cue ("…, saying", "…, adding") reports the words of the clause before it: that clause's
// auxiliaries and adverbs ("have previously defended …, saying") date its saying.
const PARTICIPLE = /^\p{L}+ing\b/iu;

export interface CueWindowInput {
  statement: Span;
  cue: Span & { text: string };
  /** Reported words of every statement touching the sentence (this one included). */
  reported: readonly Span[];
}

/**
 * The speaker's own clause around the cue: for '"…," X said' the words from the quote to the end of the
 * cue's clause; for 'X said that …' the clause from its start through the cue to the reported words.
 */
export function speakerClause(input: CueWindowInput, sentence: Sentence): string {
  const text = blanked(sentence, input.reported, input.cue);
  const rel = (offset: number): number => Math.min(Math.max(offset - sentence.start, 0), text.length);
  const { statement: st, cue } = input;
  if (st.end <= cue.start) return text.slice(rel(st.end), clauseEnd(text, rel(cue.end)));
  const head = rel(Math.min(cue.start, st.start));
  let start = clauseStart(text, head);
  if (PARTICIPLE.test(cue.text) && !text.slice(start, head).trim() && start > 0) start = clauseStart(text, start - 1);
  return text.slice(start, rel(st.start));
}

/** All of the sentence on the cue's side of the reported words (a continuation word may open the sentence). */
export function speakerSide(input: CueWindowInput, sentence: Sentence): string {
  const text = blanked(sentence, input.reported, input.cue);
  const rel = (offset: number): number => Math.min(Math.max(offset - sentence.start, 0), text.length);
  const { statement: st, cue } = input;
  if (st.end <= cue.start) return text.slice(rel(st.end));
  return text.slice(0, rel(st.start));
}
