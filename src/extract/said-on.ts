import { referenceOf, type TimeAnchor } from "./time-anchor.js";
import { needsReference, resolveExpr, type TimeExpr } from "./time-expr.js";
import { saidOnRules } from "./said-on-rules.js";
import type { SaidOn, Sentence, Span, TimeRef } from "./types.js";

// When a statement was made, at the precision the text supports. The rules (said-on-rules.ts), first that
// applies wins:
//   said-on/cue-time       a time in the statement's sentence, outside the reported words, nearest the cue
//                          ("told a briefing on Friday", "On Wednesday, X said", "In March 2022, … announced");
//                          a vague one ("recently", "earlier") gives no date
//   said-on/undated        words by the cue that put it on another or many occasions ("has repeatedly stated")
//   said-on/other-occasion a clause that sets the speaker's words before the reported event ("came after X said")
//   said-on/narrative      a clause that continues the sentence before ("In response, the ministry then
//                          announced") takes that sentence's time: "Earlier, relations worsened …" gives no date
//   said-on/follow-on      the same speaker's statement in this or the previous paragraph ("…," the diplomat said)
//   said-on/report-date    otherwise the article's own day: the dateline's day for wire copy, else the published date

export interface PriorStatement {
  /** Sentence index of an earlier statement by the same speaker. */
  sentence: number;
  saidOn: SaidOn;
}

export interface SaidOnInput {
  /** The reported words. */
  statement: Span;
  /** The reporting verb or phrase. */
  cue: Span & { text: string };
  /** Index of the statement's sentence in `sentences`. */
  sentence: number;
  sentences: readonly Sentence[];
  times: readonly TimeRef[];
  anchor: TimeAnchor;
  /** Earlier statements by the same speaker, in text order. */
  previous: readonly PriorStatement[];
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

export function saidOn(input: SaidOnInput): SaidOn {
  // The cue's sentence carries the time of the saying, also when the quoted words run over several sentences.
  const sentence: Sentence | undefined =
    input.sentences.find((s) => input.cue.start >= s.start && input.cue.start < s.end) ?? input.sentences[input.sentence];
  if (!sentence) throw new Error(`sentence ${input.sentence} not among ${input.sentences.length} sentences`);
  for (const rule of saidOnRules) {
    const r = rule.read(input, sentence);
    if (!r) continue;
    if ("undated" in r) return { date: null, precision: null, basis: r.undated, ruleId: r.ruleId ?? rule.id, expr: null };
    if ("expr" in r) return dated(r.evidence, r.expr, input.anchor, rule.id);
    const prior = input.previous[r.follow]!;
    // A chain of follow-ons keeps the words that dated the first of them.
    const evidence =
      prior.saidOn.ruleId === rule.id ? evidenceOf(prior.saidOn) : `follows the same speaker in sentence ${prior.sentence + 1} (${evidenceOf(prior.saidOn)})`;
    if (!prior.saidOn.expr) return { ...prior.saidOn, basis: evidence, ruleId: rule.id };
    return dated(evidence, prior.saidOn.expr, input.anchor, rule.id);
  }
  return dated("no time words: the article's own day", TODAY, input.anchor, "said-on/report-date");
}

/** Re-read a said_on against a newly known document date (an undated article whose date was inferred). */
export function resolveSaidOn(s: SaidOn, anchor: TimeAnchor): SaidOn {
  return s.expr ? dated(evidenceOf(s), s.expr, anchor, s.ruleId) : s;
}
