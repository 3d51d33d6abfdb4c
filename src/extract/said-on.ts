import { referenceOf, type TimeAnchor } from "./time-anchor.js";
import { needsReference, resolveExpr, type TimeExpr } from "./time-expr.js";
import { saidOnRules } from "./said-on-rules.js";
import type { SaidOnIndex } from "./said-on-index.js";
import type { SaidOn, Sentence, Span } from "./types.js";

// When a statement was made, at the precision the text supports. The rules (said-on-rules.ts), first that
// applies wins:
//   said-on/cue-time       a time in the statement's sentence, outside anybody's reported or quoted words,
//                          nearest the cue ("told a briefing on Friday", "On Wednesday, X said", "In March 2022,
//                          … announced"); a vague one ("recently", "earlier") gives no date
//   said-on/undated        words in the speaker's clause that put it on another or many occasions ("has
//                          repeatedly stated", "had said"), not in a clause about the speaker ("X, who had …")
//   said-on/other-occasion a clause that sets the speaker's words before the reported event ("came after X said")
//   said-on/narrative      a clause that continues the sentence before ("In response, the ministry then
//                          announced") takes that sentence's time: "Earlier, relations worsened …" gives no date
//   said-on/occasion       an occasion the article dated earlier with the speaker ("in a written submission on
//                          28 February" … "In its written submission, Israel said")
//   said-on/follow-on      the same speaker's statement in this or the previous paragraph ("…," the diplomat said)
//   said-on/speaker-scene  the speaker's latest dated appearance earlier in the article, on a day of the past week:
//                          a dated statement ("X told the court on Monday" … "X said") or the person named in a
//                          clause with its day ("Netanyahu visited the bloc on Tuesday" … "he told settlers")
//   said-on/lead-scene     the sentence just before reports a statement and opens with a day of the past week
//                          ("On Wednesday, the US delegation argued …" … "Its lawyer argued …")
//   said-on/story-day      the article's lead puts its news on a day of the past week before its own ("troops
//                          yesterday launched …"): untimed statements are of that day
//   said-on/report-date    otherwise the article's own day: the dateline's day for wire copy, else the published date

export interface PriorStatement {
  /** Sentence index of an earlier statement by the same speaker. */
  sentence: number;
  saidOn: SaidOn;
  /** True when words in the article dated it (a chain of follow-ons inherits this from its first statement). */
  fromWords: boolean;
}

export interface SaidOnInput {
  /** The reported words. */
  statement: Span;
  /** The reporting verb or phrase. */
  cue: Span & { text: string };
  /** The time adverbial the extractor took off the end of the reported words: it tells when they were said. */
  saidAt?: Span;
  /** Index of the statement's sentence in `sentences`. */
  sentence: number;
  /** Index of the sentence that holds the cue (the time of the saying is read there). */
  cueSentence: number;
  sentences: readonly Sentence[];
  anchor: TimeAnchor;
  /** Earlier statements by the same speaker, in text order. */
  previous: readonly PriorStatement[];
  /** Entity key of the speaker. */
  speakerKey: string;
  /** The document's times, reported words and scenes by sentence. */
  index: SaidOnIndex;
}

/** Separates what the words said from the date they were read against, so a later reading can replace it. */
const READ_AGAINST = " — read against ";
const TODAY: TimeExpr = { shift: { unit: "day", n: 0 } };
const evidenceOf = (s: SaidOn): string => s.basis.split(READ_AGAINST)[0]!;

/** A reading of `expr` against the anchor; `evidence` says which words. */
function dated(evidence: string, expr: TimeExpr, anchor: TimeAnchor, ruleId: string): SaidOn {
  const reference = referenceOf(anchor);
  const { value, precision } = resolveExpr(expr, reference?.interval ?? null);
  if (!needsReference(expr)) return { date: value, precision, basis: evidence, ruleId, expr: null };
  const against = reference ? reference.basis : "no date known for the article yet";
  return { date: value, precision, basis: `${evidence}${READ_AGAINST}${against}`, ruleId, expr };
}

/** A statement's said_on, and whether words in the article date it (not the article's own day, not "no date"). */
export interface Dated {
  saidOn: SaidOn;
  fromWords: boolean;
}

export const saidOn = (input: SaidOnInput): SaidOn => dateStatement(input).saidOn;

export function dateStatement(input: SaidOnInput): Dated {
  // The cue's sentence carries the time of the saying, also when the quoted words run over several sentences.
  const sentence: Sentence | undefined = input.sentences[input.cueSentence] ?? input.sentences[input.sentence];
  if (!sentence) throw new Error(`sentence ${input.sentence} not among ${input.sentences.length} sentences`);
  for (const rule of saidOnRules) {
    const r = rule.read(input, sentence);
    if (!r) continue;
    if ("undated" in r) return { saidOn: { date: null, precision: null, basis: r.undated, ruleId: r.ruleId ?? rule.id, expr: null }, fromWords: false };
    if ("expr" in r) return { saidOn: dated(r.evidence, r.expr, input.anchor, rule.id), fromWords: true };
    const prior = input.previous[r.follow]!;
    // A chain of statements dated by another keeps the words that dated the first of them.
    const chained = prior.saidOn.ruleId === "said-on/follow-on" || prior.saidOn.ruleId === "said-on/speaker-scene";
    const root = evidenceOf(prior.saidOn);
    const evidence = `${r.how} in sentence ${prior.sentence + 1}: ${chained ? root.replace(/^[^:]*: /, "") : root}`;
    const out = prior.saidOn.expr ? dated(evidence, prior.saidOn.expr, input.anchor, rule.id) : { ...prior.saidOn, basis: evidence, ruleId: rule.id };
    return { saidOn: out, fromWords: prior.fromWords };
  }
  return { saidOn: dated("no time words: the article's own day", TODAY, input.anchor, "said-on/report-date"), fromWords: false };
}

/** Re-read a said_on against a newly known document date (an undated article whose date was inferred). */
export function resolveSaidOn(s: SaidOn, anchor: TimeAnchor): SaidOn {
  return s.expr ? dated(evidenceOf(s), s.expr, anchor, s.ruleId) : s;
}
