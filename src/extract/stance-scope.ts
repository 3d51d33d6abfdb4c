import type { CueHit } from "./stance-cues.js";
import { DISAPPROVE_WINDOW, NEG_WINDOW, UNDERCUT_AFTER_WINDOW, UNDERCUT_WINDOW } from "./stance-tuning.js";
import { negatorSpans, softBreakBetween, spansOf, wordsBetween, type StanceText } from "./stance-text.js";
import type { StanceVocab } from "./stance-vocab.js";
import type { Span } from "./types.js";

// Scope: what a negation or an undercutting word does to the cues it reaches.
// - Negated open cue → closed ("do not intend to continue", "no longer eager", "not in favour").
// - Negated closed or conditional cue → dropped ("not impossible" is no verdict).
// - A negation is spent on a negative or helping word between it and the cue ("does not rule out resuming
//   talks", "has not abandoned its intention to conclude", "would not help advance the negotiations") and
//   cancelled by a negation in front of it ("not against").
// - Open cue governed by an undercutting word → dropped: it states someone else's claim the speaker disputes
//   ("contradicts Tokyo's declared intent to resolve …", "Tokyo's desire to sign a treaty is at odds with …").
// - Closed cue after a word of regret or protest → dropped: the stop is someone else's act the speaker
//   deplores ("expressed regret over Moscow's decision to suspend the talks").

export interface ScopedHit extends CueHit {
  /** Where the cue's words start once the negator is included ("do not intend to continue"). */
  from: number;
}

export interface Scoped {
  kept: ScopedHit[];
  /** Rule ids of cues that were dropped, to explain a neutral result. */
  dropped: string[];
}

interface Scope {
  t: StanceText;
  vocab: StanceVocab;
  negators: Span[];
  /** Stopping verbs, closed phrases and helping verbs: a negation in front of them is spent on them. */
  negatives: Span[];
}

/** The negator right in front of `at` (same clause, within the window), if any. */
function negatorBefore(s: Scope, at: number): Span | undefined {
  return [...s.negators]
    .reverse()
    .find((n) => n.end <= at && wordsBetween(s.t, n.end, at) <= NEG_WINDOW && !softBreakBetween(s.t, n.end, at, s.vocab));
}

function negatorOf(hit: CueHit, s: Scope): Span | undefined {
  const inside = s.negators.find((n) => n.start >= hit.anchor && n.end <= hit.inner);
  const neg = inside ?? negatorBefore(s, hit.anchor);
  if (!neg) return undefined;
  const reach = inside ? hit.inner : hit.anchor;
  if (s.negatives.some((x) => x.start >= neg.end && x.end <= reach)) return undefined;
  // Two negations cancel: "not against continuing", "does not refuse to negotiate".
  if (negatorBefore(s, neg.start)) return undefined;
  return neg;
}

function undercut(hit: CueHit, s: Scope): boolean {
  const { t, vocab } = s;
  const near = (from: number, to: number, window: number): boolean =>
    wordsBetween(t, from, to) <= window && !softBreakBetween(t, from, to, vocab);
  const governors = [...spansOf(vocab.undercut, t.norm), ...spansOf(vocab.undercutBefore, t.norm)];
  if (governors.some((u) => u.end <= hit.anchor && near(u.end, hit.anchor, UNDERCUT_WINDOW))) return true;
  return spansOf(vocab.undercut, t.norm).some((u) => u.start >= hit.end && near(hit.end, u.start, UNDERCUT_AFTER_WINDOW));
}

function deplored(hit: CueHit, s: Scope): boolean {
  return spansOf(s.vocab.disapprove, s.t.norm).some(
    (d) => d.end <= hit.anchor && wordsBetween(s.t, d.end, hit.anchor) <= DISAPPROVE_WINDOW && !softBreakBetween(s.t, d.end, hit.anchor, s.vocab),
  );
}

export function applyScope(hits: CueHit[], t: StanceText, vocab: StanceVocab): Scoped {
  const closedPhrases = hits.filter((h) => h.stance === "closed" && h.ruleId === "stance/closed-phrase");
  const s: Scope = { t, vocab, negators: negatorSpans(t, vocab), negatives: [...spansOf(vocab.halt, t.norm), ...spansOf(vocab.helpers, t.norm), ...closedPhrases] };
  const kept: ScopedHit[] = [];
  const dropped: string[] = [];
  for (const hit of hits) {
    const neg = hit.negatable ? negatorOf(hit, s) : undefined;
    if (neg && hit.stance !== "open") {
      dropped.push("stance/negated-verdict");
      continue;
    }
    if (neg) {
      kept.push({ ...hit, stance: "closed", ruleId: "stance/closed-negated-open", from: Math.min(neg.start, hit.start) });
      continue;
    }
    if (hit.stance === "open" && undercut(hit, s)) {
      dropped.push("stance/undercut-other-position");
      continue;
    }
    if (hit.stance === "closed" && deplored(hit, s)) {
      dropped.push("stance/deplored-other-act");
      continue;
    }
    kept.push({ ...hit, from: hit.start });
  }
  return { kept, dropped };
}
