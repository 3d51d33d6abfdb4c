import { referenceOf, type TimeAnchor } from "./time-anchor.js";
import { dayNumber, resolveExpr, type TimeExpr } from "./time-expr.js";
import { SCENE_MAX_DAYS } from "./time-tuning.js";
import { isBound, occasionsIn } from "./said-on-scenes.js";
import { quotedStretches, relativeClauses } from "./said-on-window.js";
import type { Sentence, Span, TimeRef } from "./types.js";
import type { SaidOnInput } from "./said-on.js";

// The times the said-on rules read: the time by the cue, the time of the sentence before, and whether a
// date lies in the story's current week.

// Punctuation that ends the clause a name-like time belongs to ("Despite the 1951 treaty, Tokyo said").
const CLAUSE_BREAK = /[,;:—–(]/;

const inside = (t: Span, s: Span): boolean => t.start >= s.start && t.end <= s.end;
/** The time words with the preposition that introduces them ("on Friday"). */
export const timeWords = (t: TimeRef): string => [t.prep, t.text].filter(Boolean).join(" ");

/** The time that dates the saying: in the sentence, outside anybody's reported or quoted words and outside
 *  relative clauses about a person, on the cue's side. */
export function cueTime(input: SaidOnInput, sentence: Sentence): TimeRef | null {
  const { statement: st, cue } = input;
  // Words that are somebody's (reported or quoted) or about somebody (relative clauses); a statement reported
  // inside a quote ("… the statement of March 21, 2022 made it clear that …") keeps the quote it lies in.
  const others = [
    ...input.index.reportedIn(input.cueSentence),
    ...[...quotedStretches(sentence.text), ...relativeClauses(sentence.text)].map((q) => ({ start: q.start + sentence.start, end: q.end + sentence.start })),
  ].filter((o) => !inside(cue, o));
  const candidates = input.index.timesIn(input.cueSentence).filter((t) => {
    if ((t.start < st.end && st.start < t.end) || isBound(t) || others.some((o) => inside(t, o))) return false;
    // The reported words between the time and the cue: the time belongs to another clause, unless it dates
    // the occasion the words were said on, right after them ("… during his March 3 address").
    if (t.end <= st.start && st.end <= cue.start) return false;
    if (cue.end <= st.start && st.end <= t.start && !trailingOccasion(sentence, st.end, t) && !(input.saidAt && inside(t, input.saidAt))) return false;
    if (t.attributive) {
      // A name-like time dates the saying only as part of the speaker's phrase ("the statement of March 21,
      // 2022 made it clear"), right before the cue within one clause.
      if (t.end > cue.start) return false;
      if (CLAUSE_BREAK.test(sentence.text.slice(t.end - sentence.start, cue.start - sentence.start))) return false;
    }
    return true;
  });
  const distance = (t: TimeRef): number => (t.end <= cue.start ? cue.start - t.end : Math.max(0, t.start - cue.end));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** True when `t` sits in an occasion phrase right after the reported words ("in a speech on Monday"). */
function trailingOccasion(sentence: Sentence, from: number, t: TimeRef): boolean {
  const rest = sentence.text.slice(from - sentence.start);
  // a comma right after the reported words opens the phrase; the next break ends it
  const lead = /^[\s,]*/.exec(rest)![0].length;
  const stop = rest.slice(lead).search(/[,;:—–()]/);
  const clause = rest.slice(0, stop < 0 ? rest.length : lead + stop);
  return t.end - from <= clause.length && occasionsIn(clause).length > 0;
}

/** The time that sets the sentence before (in this or the previous paragraph), if one does. */
export function storyTime(input: SaidOnInput, sentence: Sentence): TimeRef | null {
  const before = input.sentences[input.cueSentence - 1];
  if (!before || sentence.paragraph - before.paragraph > 1) return null;
  return input.index.timesIn(input.cueSentence - 1).find((t) => !t.attributive && !isBound(t)) ?? null;
}

/** True when a date lies in the week up to the article's day: the story's current scene, not its background. */
export function recentDay(expr: TimeExpr, date: string | null, anchor: TimeAnchor): boolean {
  const reference = referenceOf(anchor)?.interval ?? null;
  const day = date ?? resolveExpr(expr, reference).value;
  if (day && day.length === 10 && reference?.end) {
    const back = dayNumber(reference.end) - dayNumber(day);
    return back >= 0 && back <= SCENE_MAX_DAYS;
  }
  // Without the article's day: a weekday or "yesterday" names a day of the past week by itself.
  return !day && (expr.weekday !== undefined || (expr.shift?.unit === "day" && expr.shift.n <= 0));
}

/** An expression for a stated date, so a scene read off an earlier statement can be compared and re-read. */
export const exprOfDate = (date: string): TimeExpr => {
  const [y, m, d] = date.split("-").map(Number);
  return { year: y!, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
};

