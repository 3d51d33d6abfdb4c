import { frame, general } from "./mentions-chunks.js";
import { tokenAtOrAfter } from "./mentions-tokens.js";
import { afterChunk, chunkStartOf, quoteAround, type Scene } from "./quotes-scene.js";
import { grammarAlternation, grammarWords } from "./mentions-vocab.js";
import { MAX_LIST_ITEM_WORDS } from "./quotes-tuning.js";
import type { Quote } from "./quotes.js";
import { prepRole } from "./time-vocab.js";
import type { Span, StatementKind, TimeRef } from "./types.js";

// The words a statement reports, as the gold annotates them: a reported clause runs to the end of its sentence
// but stops before a participle that starts another thought (", citing …", ", adding that …"); an object stops
// at the first clause boundary (a comma that does not continue a list, a dash, a semicolon) and after a quoted
// word that closes with a comma ("called the idea “outrageous,” raising …"). A trailing sentence period is
// trimmed; punctuation inside closing quotation marks is kept.


/** A comma followed by a participle cue, a clause-break word or "according to": the clause ends there. */
function breaksAt(scene: Scene, j: number): boolean {
  const c = scene.chunks[j];
  return !!c && ((general(c, "cue")?.gerund ?? false) || frame(c, "clause-break") || frame(c, "according"));
}

/** ", and blamed …", ", but added …": a second verb of the speaker after a comma ends the first clause. */
function secondVerb(scene: Scene, j: number): boolean {
  const c = scene.chunks[j];
  if (!c || c.len !== 1 || !grammarWords("verb-coordinator").has(scene.tokens.keys[c.at]!)) return false;
  const next = scene.chunks[j + 1];
  return !!next && (!!general(next, "cue") || /[a-z]ed$/.test(scene.tokens.keys[next.at]!));
}

/**
 * "… and said it would …", "… but insisted progress had been made": without a comma, "and"/"but" right before
 * a finite reporting verb is the speaker's next verb too, unless it joins two names ("Russia and China agreed").
 */
function nextReport(scene: Scene, j: number): boolean {
  const c = scene.chunks[j];
  if (!c || c.len !== 1 || !grammarWords("verb-coordinator").has(scene.tokens.keys[c.at]!)) return false;
  const cue = general(scene.chunks[j + 1], "cue");
  if (!cue || cue.gerund || !/^\s+$/.test(afterChunk(scene, j))) return false;
  return !scene.endingAt.has(c.at - 1) && !scene.tokens.cap[c.at - 1];
}

/** Trims space, leading commas and colons, a final period/comma/colon, keeping punctuation that sits inside closing quotes. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  for (;;) {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start && /[.,;:]/.test(text[end - 1]!)) {
      end--;
      continue;
    }
    break;
  }
  return end > start ? { start, end } : null;
}

/** Chunks from an offset to a limit, as indexes. */
function chunksIn(scene: Scene, start: number, limit: number): [number, number] {
  const first = scene.chunkOf[tokenAtOrAfter(scene.tokens, start)] ?? scene.chunks.length;
  let last = first;
  while (last < scene.chunks.length && chunkStartOf(scene, last) < limit) last++;
  return [first, last];
}

/** A reported clause from `start` to the end of its sentence (or `limit`). */
export function clauseSpan(scene: Scene, start: number, limit: number): Span | null {
  const [first, last] = chunksIn(scene, start, limit);
  let end = limit;
  for (let j = first + 1; j < last; j++) {
    const gap = afterChunk(scene, j - 1);
    const breaks = gap.includes(",") ? breaksAt(scene, j) || secondVerb(scene, j) : nextReport(scene, j);
    if (breaks && !quoteAround(scene, chunkStartOf(scene, j))) {
      // A comma inside closing quotation marks stays with the quoted words ("… a settlement," adding …).
      const comma = gap.indexOf(",");
      end = comma < 0 ? chunkStartOf(scene, j) : chunkStartOf(scene, j) - (gap.length - comma) + (/^,["”’»]/.test(gap.slice(comma)) ? 2 : 0);
      break;
    }
  }
  return trimSpan(scene.text, start, end);
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

let finalItem: RegExp | undefined;
const FINAL_ITEM = (): RegExp =>
  (finalItem ??= new RegExp(`^\\s*(?:\\S+\\s+){0,${MAX_LIST_ITEM_WORDS}}(?:${grammarAlternation("list-joiner")})\\b`));

/**
 * A comma inside a list ("Iturup, Kunashir, Shikotan and a group of islets") does not end an object: the next
 * item is short and followed by another comma, or, once in a list, it holds the "and" of the last item; a
 * continuer ("as well as", "including") opens an insertion whose closing comma does not end it either.
 */
function listGoesOn(text: string, comma: number, limit: number, inList: boolean): "item" | "insertion" | null {
  const rest = text.slice(comma + 1, limit);
  const lead = rest.trimStart().toLowerCase();
  for (const w of grammarWords("list-insertion")) if (lead.startsWith(`${w} `)) return "insertion";
  for (const w of grammarWords("list-continuer")) if (lead.startsWith(`${w} `)) return "item";
  const next = /^[^,;—–]*/.exec(rest)![0];
  const continues = rest.length > next.length && rest[next.length] === ",";
  if (words(next) <= MAX_LIST_ITEM_WORDS && continues) return "item";
  return inList && FINAL_ITEM().test(next) ? "item" : null;
}

/** An object from `start`: to the first clause boundary outside quotation marks. */
export function objectSpan(scene: Scene, start: number, limit: number): Span | null {
  const text = scene.text;
  const from = (q: Quote): number => (q.open === -1 ? q.start : q.open);
  const quotes = scene.quotes.filter((q) => from(q) < limit && (q.close === -1 ? q.end : q.close) >= start);
  let next = 0;
  let inList = false;
  // ", as well as other missile types,": the comma closing an insertion goes on with the object.
  let insertion = false;
  for (let i = start; i < limit; i++) {
    const q = quotes[next];
    if (q && i >= from(q)) {
      // Skip to the closing mark; a quoted word closing with a comma ends the object after the mark.
      next++;
      if (q.close === -1 || q.close >= limit) break;
      if (/,$/.test(text.slice(q.start, q.end))) return trimSpan(text, start, q.close + 1);
      i = q.close;
      continue;
    }
    const ch = text[i]!;
    if (ch === ";" || ch === ":" || ch === "(" || isDash(text, i)) return trimSpan(text, start, i);
    if (ch === ",") {
      const goes: "item" | "insertion" | null = insertion ? "item" : listGoesOn(text, i, limit, inList);
      insertion = goes === "insertion";
      if (goes) {
        inList = true;
        continue;
      }
      return trimSpan(text, start, i);
    }
  }
  return clauseSpan(scene, start, limit);
}

/** A dash that separates clauses: an em dash, or an en dash or hyphen standing between spaces (not "7–10%"). */
function isDash(text: string, i: number): boolean {
  const ch = text[i]!;
  const spaced = text[i - 1] === " " || text[i + 1] === " ";
  if (ch === "—") return !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""));
  return (ch === "–" || ch === "-") && spaced;
}

let occasion: RegExp | undefined;

/**
 * "warned against making a “bad deal” during his March 3 address to Congress": a trailing adverbial naming the
 * speaker's own occasion (their speech, interview, visit) tells when it was said, not what; it is left out.
 */
export function dropOccasion(scene: Scene, span: Span): Span {
  occasion ??= new RegExp(
    `\\s(?:${grammarAlternation("occasion-preposition")})\\s+(?:${grammarAlternation("speaker-possessive")})\\s+(?:\\S+\\s+){0,3}?(?:${grammarAlternation("speech-occasion")})\\b`,
    "i",
  );
  const text = scene.text.slice(span.start, span.end);
  const m = occasion.exec(text);
  if (!m || quoteAround(scene, span.start + m.index + 1)) return span;
  return trimSpan(scene.text, span.start, span.start + m.index) ?? span;
}

const CLOSING_MARK = /["”’»]$/;

let inner: RegExp | undefined;
/**
 * A gerund after a preposition, "to" with a verb and its object, or a phrase set in time ("following the
 * meeting"): a clause or an event inside an object, which a time after it may belong to.
 */
const innerVerb = (): RegExp =>
  (inner ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${grammarAlternation("object-preposition")})\\s+\\p{Ll}{2,}ing|to\\s+\\p{Ll}+\\s+(?:${grammarAlternation("determiner")}|${grammarAlternation("speaker-possessive")})|(?:${grammarAlternation("event-preposition")})\\s)`,
    "iu",
  ));

/**
 * The time adverbial that closes a span, its preposition included, or null: "called the idea “absurd”
 * last year", "labeled … as unacceptable in November last year". Only a time of the clause (no preposition,
 * or one of the "at" role: on, in, during), not a bound ("until March"), not part of a name ("the 1956
 * declaration"), not words inside quotation marks.
 */
export function trailingTime(scene: Scene, span: Span): Span | null {
  let t: TimeRef | undefined;
  for (const x of scene.times) {
    if (x.start >= span.end) break;
    if (x.end <= span.end) t = x;
  }
  if (!t || t.start <= span.start || t.attributive || quoteAround(scene, t.start)) return null;
  if (t.prep && prepRole(t.prep) !== "at") return null;
  if (!/^[\s.,;:!?…]*$/.test(scene.text.slice(t.end, span.end))) return null;
  let lead = t.start;
  if (t.prep) {
    // The preposition's words, as the text has them, right before the time.
    const before = scene.text.slice(Math.max(span.start, t.start - 40), t.start);
    const words = before.trimEnd().split(/\s+/).slice(-t.prep.split(" ").length);
    if (words.join(" ").toLowerCase() !== t.prep) return null;
    lead = t.start - (before.length - before.trimEnd().lastIndexOf(words[0]!));
  }
  // "back in April", "as recently as March": words that lead into the time belong to it.
  const into = timeLead().exec(scene.text.slice(Math.max(span.start, lead - 40), lead));
  if (into) lead -= into[0].length;
  // The time must stand after a word or a closing mark, with words of the span before it; not after a
  // determiner, a preposition or a joiner, which make it part of a phrase ("in the last week", "between
  // 2015 and 2017").
  if (lead <= span.start || !/\s/.test(scene.text[lead - 1] ?? "")) return null;
  const previous = /([\p{L}]+)\s*$/u.exec(scene.text.slice(Math.max(span.start, lead - 30), lead))?.[1]?.toLowerCase() ?? "";
  if (BOUND_BEFORE.some((role) => grammarWords(role).has(previous))) return null;
  return { start: lead, end: t.end };
}

/** Roles of grammar-words that, right before a time, make it part of a phrase rather than an adverbial. */
const BOUND_BEFORE = ["determiner", "object-preposition", "list-joiner", "speaker-possessive"];

let leadInto: RegExp | undefined;
const timeLead = (): RegExp => (leadInto ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${grammarAlternation("time-lead")})\\s+$`, "iu"));

/**
 * A span without the time adverbial that closes it: the time tells when the words were said (said_on reads it
 * by the cue). For a reported clause only after its closing quotation mark ("said that talks were “not
 * possible” on Friday"); a time inside a clause ("said that the talks would resume in March") is what is said.
 */
export function dropTrailingTime(scene: Scene, span: Span, afterQuoteOnly: boolean): { span: Span; saidAt?: Span } {
  const time = trailingTime(scene, span);
  if (!time) return { span };
  const before = scene.text.slice(span.start, time.start).trimEnd();
  const quoted = CLOSING_MARK.test(before);
  if (afterQuoteOnly && !quoted) return { span };
  // An object with a verb of its own ("accused the military of orchestrating his removal in April 2022",
  // "criticized the decision to hold the drills in March"): the time may be that verb's.
  if (!quoted && innerVerb().test(before)) return { span };
  const kept = trimSpan(scene.text, span.start, time.start);
  return kept ? { span: kept, saidAt: time } : { span };
}

/** The quotations wholly inside a span. */
export const quotesIn = (scene: Scene, span: Span): Quote[] =>
  scene.quotes.filter((q) => q.open >= span.start && q.close !== -1 && q.close < span.end);

/** Mixed when the span carries quoted words; a span that is one quotation is the quotation itself. */
export function shape(scene: Scene, span: Span): { kind: StatementKind; span: Span } {
  const inside = quotesIn(scene, span);
  if (inside.length === 1 && inside[0]!.open === span.start && inside[0]!.close >= span.end - 2) {
    const q = inside[0]!;
    return { kind: "direct", span: { start: q.start, end: q.end } };
  }
  return { kind: inside.length > 0 ? "mixed" : "indirect", span };
}
