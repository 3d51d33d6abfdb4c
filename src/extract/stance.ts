import type { Pack } from "../core/pack.js";
import { findCues } from "./stance-cues.js";
import { applyScope, type ScopedHit } from "./stance-scope.js";
import { hardBreakBetween, slice, spansOf, stanceText, type StanceText } from "./stance-text.js";
import { topicOf } from "./stance-topic.js";
import { fold, stanceVocab, type CueStance, type StanceVocab } from "./stance-vocab.js";
import type { StanceResult, StatementKind } from "./types.js";

// The speaker's stance on concluding or continuing talks on the issue, from one statement.
//
// 1. Topic: off the issue (no pack topic cue, dispute word or talks word, not even in the sentence a pointing
//    statement refers to, nor in the words just before it) → neutral.
// 2. Cues: fixed phrases (general lexicons + pack), intent + action, seeking/progress/stopping verbs with the
//    talks, endorsing/rejecting words with a proposal, denied possibility (stance-cues.ts).
// 3. Scope: negation flips open to closed and voids closed/conditional; undercut open cues are not the
//    speaker's (stance-scope.ts). Cues that need the talks named are dropped when the statement names none.
// 4. Conditions: a condition connector ("if", "until", "as long as") in the same sentence as an open or closed
//    cue makes a conditional cue.
// 5. Choice: conditional beats closed beats open. A condition attached to a willingness or a refusal is the
//    stance ("ready … only if", "impossible as long as"); a refusal beats a welcome of the same talks
//    ("welcomed the desire, but talks are impossible"). No cue left → neutral.
//
// `kind` is accepted so callers can pass the statement whole; the rules read the same for every kind.

export interface StanceInput {
  /** The statement's words (quoted or reported). */
  text: string;
  /** The sentence around it: lends the topic to a statement that points back ("the idea", "this statement"). */
  sentence?: string;
  /**
   * Words before it that a pointing statement may refer to when its own sentence names nothing: the same
   * speaker's previous statement and the sentence before, nearest first ("… a peace treaty is not on the
   * agenda. “The issue remains closed,” he said.").
   */
  before?: string[];
  /** The reporting verb or phrase; read with the text when it is a stance verb ("welcomed", "rejected"). */
  cue?: string;
  kind?: StatementKind;
}

const PRIORITY: CueStance[] = ["conditional", "closed", "open"];

interface Decided extends ScopedHit {
  /** For a condition: the cue it attaches to. */
  attached?: ScopedHit;
}

/** The cue verb goes in front of the text unless the text already holds it. */
function withCue(text: string, cue: string | undefined): string {
  return cue && !fold(text).includes(fold(cue)) ? `${cue} ${text}` : text;
}

function conditions(hits: ScopedHit[], t: StanceText, vocab: StanceVocab): Decided[] {
  return spansOf(vocab.connectors, t.norm).flatMap((c) => {
    if (vocab.concessive.has(fold(t.norm.slice(c.start, c.end)))) return [];
    // A connector inside a cue is part of it ("suspended until further notice").
    if (hits.some((h) => h.from <= c.start && c.end <= h.end)) return [];
    const attached = hits.find((h) => h.stance !== "conditional" && !hardBreakBetween(t, c.start, h.start));
    if (!attached) return [];
    return [{ ...attached, ...c, from: c.start, anchor: c.start, inner: c.start, stance: "conditional" as const, ruleId: "stance/conditional-connector", attached }];
  });
}

/** Overlapping hits of one stance are one cue: keep the longest. */
function merge(hits: Decided[]): Decided[] {
  const sorted = [...hits].sort((a, b) => b.end - b.from - (a.end - a.from));
  const out: Decided[] = [];
  for (const h of sorted) if (!out.some((o) => o.stance === h.stance && o.from < h.end && h.from < o.end)) out.push(h);
  return out.sort((a, b) => a.from - b.from);
}

export function stanceOf(input: StanceInput, pack: Pack | null): StanceResult {
  const vocab = stanceVocab(pack);
  const t = stanceText(withCue(input.text, input.cue), vocab);
  // The sentence is read only for a statement that points back to it: most statements never need it.
  let read: StanceText | null | undefined;
  const sentence = (): StanceText | null => (read === undefined ? (read = input.sentence ? stanceText(input.sentence, vocab) : null) : read);
  const earlier = (): StanceText[] => (input.before ?? []).map((b) => stanceText(b, vocab));
  const topic = topicOf(t, sentence, vocab, earlier);
  if (!topic.onTopic) return { stance: "neutral", cues: [], onTopic: false, ruleId: "stance/off-topic" };

  const around = topic.pointsBack ? sentence() : null;
  const offerAround = around !== null && spansOf(vocab.noConditions, around.norm).length > 0;
  const rejectsUnconditionalOffer = offerAround || spansOf(vocab.noConditions, t.norm).length > 0;
  const scoped = applyScope(findCues({ t, vocab, rejectsUnconditionalOffer }), t, vocab);
  const named = scoped.kept.filter((h) => !h.needsProcess || topic.namesProcess);
  const hits = merge([...named, ...conditions(named, t, vocab)]);

  for (const stance of PRIORITY) {
    const deciding = hits.filter((h) => h.stance === stance);
    if (deciding.length === 0) continue;
    const cues = deciding.flatMap((h) => [slice(t, { start: h.from, end: h.end }), ...(h.attached ? [slice(t, { start: h.attached.from, end: h.attached.end })] : [])]);
    return { stance, cues: [...new Set(cues)], onTopic: true, ruleId: deciding[0]!.ruleId };
  }
  const why = named.length < scoped.kept.length ? "stance/no-talks-named" : (scoped.dropped[0] ?? "stance/no-cue");
  return { stance: "neutral", cues: [], onTopic: true, ruleId: why };
}
