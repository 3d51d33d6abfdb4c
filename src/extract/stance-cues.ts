import { hit, nextWithin, prevWithin, processNouns, type CueContext, type CueHit, type Extractor } from "./stance-hits.js";
import { INTENT_WINDOW, NEG_WINDOW, OBJECT_WINDOW, PROCESS_WINDOW, REFERENT_WINDOW } from "./stance-tuning.js";
import { contrastBetween, hardBreakBetween, negatorSpans, spansOf, wordsBetween } from "./stance-text.js";
import { fold } from "./stance-vocab.js";
import type { Span } from "./types.js";

// Cue extractors: each finds one kind of stance cue in a statement and returns hits with their span and rule.
// Negation, scope and the choice between hits are applied afterwards (stance-scope.ts, stance.ts).

export type { CueContext, CueHit } from "./stance-hits.js";

/** Fixed phrases from the general lexicons and the pack. */
const phrases: Extractor = ({ t, vocab }) =>
  spansOf(vocab.phrases, t.norm).flatMap((s) => {
    const info = vocab.phraseInfo.get(fold(t.norm.slice(s.start, s.end)));
    if (!info) return [];
    // Preconditions are condition language by themselves; "demands that" or a pack's "all four islands" are not.
    return [hit(info.stance, `stance/${info.stance}-phrase`, s, s, { needsProcess: !info.selfSufficient })];
  });

/** Intent + action: "determined to conclude", "policy of resolving", "would work on a peace agreement". */
const intentAction: Extractor = (ctx) => {
  const { t, vocab } = ctx;
  const nouns = processNouns(t, vocab);
  const settle = spansOf(vocab.settle, t.norm);
  // Verbs that only carry talks on or take them up count with the talks as their object.
  const withObject = [...spansOf(vocab.progress, t.norm), ...spansOf(vocab.engage, t.norm)].flatMap((v) => {
    const noun = nextWithin(ctx, v, nouns, PROCESS_WINDOW, true);
    return noun ? [{ start: v.start, end: noun.end }] : [];
  });
  const actions = [...settle, ...withObject].sort((a, b) => a.start - b.start);
  return spansOf(vocab.intent, t.norm).flatMap((intent) => {
    const action = actions.find(
      (a) =>
        a.start >= intent.end &&
        wordsBetween(t, intent.end, a.start) <= INTENT_WINDOW &&
        !hardBreakBetween(t, intent.end, a.start) &&
        !contrastBetween(t, intent.end, a.start, vocab),
    );
    return action ? [hit("open", "stance/open-intent", intent, action, { inner: action.start })] : [];
  });
};

/** A seeking word with the talks as object: "proposed an agreement", "called for negotiations". */
const seekProcess: Extractor = (ctx) => {
  const nouns = processNouns(ctx.t, ctx.vocab);
  return spansOf(ctx.vocab.seek, ctx.t.norm).flatMap((s) => {
    const noun = nextWithin(ctx, s, nouns, PROCESS_WINDOW, true);
    return noun ? [hit("open", "stance/open-seek", s, noun)] : [];
  });
};

/** Carrying talks on: "continues its dialogue", "resumption of negotiations", "talks should continue". */
const progressProcess: Extractor = (ctx) => {
  const { t, vocab } = ctx;
  const nouns = processNouns(t, vocab);
  const intents = spansOf(vocab.intent, t.norm);
  return spansOf(vocab.progress, t.norm).flatMap((v) => {
    const after = nextWithin(ctx, v, nouns, PROCESS_WINDOW, true);
    if (after) return [hit("open", "stance/open-progress", v, after)];
    // The talks before the verb count only with a will word between ("talks will continue"); "talks continued" is a fact.
    const before = prevWithin(ctx, v, nouns, PROCESS_WINDOW);
    const will = before && intents.find((i) => i.start >= before.end && i.end <= v.start);
    return before && will ? [hit("open", "stance/open-progress", before, v, { inner: v.start })] : [];
  });
};

/** Stopping talks: "ceasing peace treaty negotiations", "withdrew from talks", "talks were suspended". */
const haltProcess: Extractor = (ctx) => {
  const { t, vocab } = ctx;
  const nouns = processNouns(t, vocab);
  const auxiliaries = spansOf(vocab.auxiliary, t.norm);
  return spansOf(vocab.halt, t.norm).flatMap((v) => {
    const after = nextWithin(ctx, v, nouns, PROCESS_WINDOW, true);
    if (after) return [hit("closed", "stance/closed-halt", v, after)];
    // Before the verb only as a passive or state ("were suspended", "remain frozen"): "the treaty ended the war" is not.
    const before = prevWithin(ctx, v, nouns, PROCESS_WINDOW);
    const passive = before && auxiliaries.some((a) => a.start >= before.end && a.end <= v.start);
    return before && passive ? [hit("closed", "stance/closed-halt", before, v, { inner: v.start })] : [];
  });
};

/** Stopped talks as a state: "the talks are off", "negotiations remain on hold", "the dialogue is dead for now". */
const haltedState: Extractor = (ctx) => {
  const { t, vocab } = ctx;
  const nouns = processNouns(t, vocab);
  const auxiliaries = spansOf(vocab.auxiliary, t.norm);
  return spansOf(vocab.haltState, t.norm).flatMap((v) => {
    // The talks, then an auxiliary, then the state: "talks with Tokyo are off" ("not" between is read as negation).
    const before = prevWithin(ctx, v, nouns, PROCESS_WINDOW);
    const linked = before && auxiliaries.some((a) => a.start >= before.end && a.end <= v.start);
    return before && linked ? [hit("closed", "stance/closed-state", before, v, { inner: v.start })] : [];
  });
};

/** The object an endorsing or rejecting word takes: the talks, a proposal or a pointing word. */
function objectAfter(ctx: CueContext, word: Span): Span | undefined {
  const { t, vocab } = ctx;
  const targets = [...processNouns(t, vocab), ...spansOf(vocab.proposals, t.norm)].sort((a, b) => a.start - b.start);
  return nextWithin(ctx, word, targets, OBJECT_WINDOW, true) ?? nextWithin(ctx, word, spansOf(vocab.referents, t.norm), REFERENT_WINDOW, true);
}

/** Endorsing: "welcomed the new Japanese government's desire …", "we welcome this statement". */
const endorse: Extractor = (ctx) =>
  spansOf(ctx.vocab.endorse, ctx.t.norm).flatMap((w) => {
    const object = objectAfter(ctx, w);
    return object ? [hit("open", "stance/open-endorse", w, object, { needsProcess: true })] : [];
  });

/** Rejecting: "rejected the proposal", "the idea unacceptable"; an offer without preconditions rejected is a condition. */
const reject: Extractor = (ctx) => {
  const { t, vocab } = ctx;
  const proposals = [...processNouns(t, vocab), ...spansOf(vocab.proposals, t.norm)].sort((a, b) => a.start - b.start);
  return spansOf(vocab.reject, t.norm).flatMap((w) => {
    const before = prevWithin(ctx, w, proposals, OBJECT_WINDOW);
    const object = objectAfter(ctx, w) ?? before;
    if (!object) return [];
    const from = object.start < w.start ? object : w;
    const to = object.start < w.start ? w : object;
    const extra = { needsProcess: true, anchor: w.start, inner: w.start };
    if (ctx.rejectsUnconditionalOffer) return [hit("conditional", "stance/conditional-rejects-unconditional-offer", from, to, extra)];
    return [hit("closed", "stance/closed-reject", from, to, extra)];
  });
};

/** Possibility denied: "not possible at this stage", "hardly realistic", "no longer feasible". */
const possibilityDenied: Extractor = (ctx) => {
  const { t, vocab } = ctx;
  const negators = negatorSpans(t, vocab);
  return spansOf(vocab.possibility, t.norm).flatMap((p) => {
    const neg = prevWithin(ctx, p, negators, NEG_WINDOW);
    return neg ? [hit("closed", "stance/closed-impossible", neg, p, { needsProcess: true, negatable: false })] : [];
  });
};

/** Talks denied outright: "there can be no talks", "no further negotiations". */
const talksDenied: Extractor = (ctx) => {
  const { t, vocab } = ctx;
  const talks = spansOf(vocab.talks, t.norm).filter((s) => !vocab.offIssueBefore.test(t.norm.slice(Math.max(0, s.start - 40), s.start)));
  return spansOf(vocab.denyingDeterminers, t.norm).flatMap((d) => {
    const noun = nextWithin(ctx, d, talks, 0, true);
    return noun ? [hit("closed", "stance/closed-no-talks", d, noun, { negatable: false })] : [];
  });
};

// Every extractor runs; overlapping hits of one stance are merged afterwards, keeping the longest. Order matters
// only for ties, where the earlier extractor's rule is the one reported: fixed phrases first.
const extractors: Extractor[] = [phrases, intentAction, seekProcess, progressProcess, haltProcess, haltedState, endorse, reject, possibilityDenied, talksDenied];

export function findCues(ctx: CueContext): CueHit[] {
  return extractors.flatMap((x) => x(ctx));
}
