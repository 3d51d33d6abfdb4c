import { hardBreakBetween, softBreakBetween, spansOf, wordsBetween, type StanceText } from "./stance-text.js";
import type { CueStance, StanceVocab } from "./stance-vocab.js";
import type { Span } from "./types.js";

// What a stance cue extractor returns, and the few helpers the extractors share: how far apart two matches
// are, and which process nouns name the talks.

export interface CueHit extends Span {
  stance: CueStance;
  ruleId: string;
  /** Negators are looked for in front of `anchor`, and inside [anchor, inner) ("goal is not to sign", "refused to sign"). */
  anchor: number;
  inner: number;
  /** The cue counts only when the statement names the talks or the settlement (or points back to them). */
  needsProcess: boolean;
  /** False for cues that are already a negation ("not possible"): they are not flipped again. */
  negatable: boolean;
}

export interface CueContext {
  t: StanceText;
  vocab: StanceVocab;
  /** An offer without preconditions is what the statement rejects (named in it or, for "the idea", in its sentence). */
  rejectsUnconditionalOffer: boolean;
}

export type Extractor = (ctx: CueContext) => CueHit[];

export const hit = (stance: CueStance, ruleId: string, from: Span, to: Span, extra: Partial<CueHit> = {}): CueHit => ({
  stance,
  ruleId,
  start: from.start,
  end: to.end,
  anchor: from.start,
  inner: from.start,
  needsProcess: false,
  negatable: true,
  ...extra,
});

/** The first span of `targets` after `from` within `window` words and not across a break. */
export function nextWithin(ctx: CueContext, from: Span, targets: Span[], window: number, soft: boolean): Span | undefined {
  return targets.find(
    (s) =>
      s.start >= from.end &&
      wordsBetween(ctx.t, from.end, s.start) <= window &&
      !(soft ? softBreakBetween(ctx.t, from.end, s.start, ctx.vocab) : hardBreakBetween(ctx.t, from.end, s.start)),
  );
}

/** The nearest span of `targets` before `to` within `window` words and not across a clause break. */
export function prevWithin(ctx: CueContext, to: Span, targets: Span[], window: number): Span | undefined {
  return [...targets]
    .reverse()
    .find((s) => s.end <= to.start && wordsBetween(ctx.t, s.end, to.start) <= window && !softBreakBetween(ctx.t, s.end, to.start, ctx.vocab));
}

/** Process nouns that name the talks, a compound read as one ("peace treaty negotiations"); "trade talks" name other talks. */
export function processNouns(t: StanceText, vocab: StanceVocab): Span[] {
  const nouns = spansOf(vocab.process, t.norm).filter((s) => !vocab.offIssueBefore.test(t.norm.slice(Math.max(0, s.start - 40), s.start)));
  const merged: Span[] = [];
  for (const n of nouns) {
    const last = merged[merged.length - 1];
    if (last && /^[\s-]*$/.test(t.norm.slice(last.end, n.start))) last.end = n.end;
    else merged.push({ ...n });
  }
  return merged;
}

