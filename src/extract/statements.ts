import type { Pack } from "../core/pack.js";
import { findCues } from "./quotes-cues.js";
import { cueThenQuote, quoteThenCue, type Candidate } from "./quotes-direct.js";
import { according } from "./quotes-according.js";
import { fronted, parenthetical } from "./quotes-fronted.js";
import { reported } from "./quotes-indirect.js";
import { listItems } from "./quotes-lists.js";
import { continuations, cutAtOtherSpeakers, dedupe, dropHeadlines, dropNested, dropShort, dropTargets, type Resolved } from "./quotes-refine.js";
import { buildScene, type Scene } from "./quotes-scene.js";
import { clauseSubject } from "./speakers-subject.js";
import { resolveSpeaker, type Speaker } from "./speakers.js";
import { findTimes } from "./times.js";
import type { Mention, Sentence, Statement, TimeRef } from "./types.js";

// Who said what in one document: quotations and reported speech with their cue and speaker. Extractors
// propose candidates; speakers are resolved; refiners merge, cut and drop. Stance and the date of saying are
// added by other steps, so statements leave here as drafts.

export type DraftStatement = Omit<Statement, "saidOn" | "stance">;

export interface StatementContext {
  pack: Pack | null;
  date?: string | null;
  /** The document's time expressions; found here when not given (only their places matter to the spans). */
  times?: TimeRef[];
}

// Extractors in order. Order matters only for ties in dedupe (by rule priority), so the direct rules, which
// know the exact quotation, come first.
const EXTRACTORS: ((scene: Scene) => Candidate[])[] = [
  quoteThenCue, // "…," X said — the quotation before its attribution
  cueThenQuote, // X said: "…" — the attribution before its quotation
  reported, // X said that …, X reaffirmed its commitment to …
  fronted, // …, X said.
  parenthetical, // …, X said, <clause>.
  according, // according to X, …
  listItems, // X said: ¶ point ¶ point
];

export function findStatements(text: string, sentences: Sentence[], mentions: Mention[], ctx: StatementContext): DraftStatement[] {
  const times = ctx.times ?? findTimes(text, { published: null, dateline: null });
  const scene = buildScene(text, sentences, mentions, ctx.pack, ctx.date, times);
  scene.cues = findCues(scene);
  const candidates = EXTRACTORS.flatMap((extract) => extract(scene)).sort((a, b) => a.cue.start - b.cue.start || a.start - b.start);
  let list = resolve(scene, candidates);
  // Refiners in order: nested speech goes before anything borrows its speaker; continuations need the
  // attributed quotations; cutting runs before dedupe so that cut spans are compared as they will be kept.
  list = dropNested(scene, list);
  list = [...list, ...continuations(scene, list, candidates)];
  list = cutAtOtherSpeakers(scene, list);
  list = dedupe(list);
  list = dropTargets(list);
  list = dropShort(scene, list);
  list = dropHeadlines(scene, list);
  return list.sort((a, b) => a.start - b.start).map((c) => draft(scene, c));
}

/** Speakers for every candidate; a participle takes the speaker of its clause ("…, adding that …"). */
function resolve(scene: Scene, candidates: Candidate[]): Resolved[] {
  const out: Resolved[] = [];
  for (const c of candidates) {
    let speaker: Speaker | null = null;
    const earlierSame = (): Resolved | undefined => [...out].reverse().find((o) => o.sentence === c.sentence && o.cue.start < c.cue.start);
    if (c.anchor?.ruleId === "speaker/coordinated-subject" && earlierSame()) {
      // "… denied the accusations, calling them … and said …": the verb before in the sentence has the subject.
      speaker = { ...earlierSame()!.speaker, ruleId: "speaker/coordinated-subject" };
    } else if (c.anchor) speaker = resolveSpeaker(scene, c.anchor.mention, c.anchor.ruleId, out);
    else {
      const earlier = [...out].reverse().find((o) => o.sentence === c.sentence && o.cue.start < c.cue.start);
      if (earlier) speaker = { ...earlier.speaker, ruleId: "speaker/participle-clause" };
      else {
        const subject = clauseSubject(scene, c.sentence, c.cue.start);
        if (subject) speaker = resolveSpeaker(scene, subject, "speaker/participle-subject", out);
      }
    }
    if (speaker) out.push({ ...c, speaker });
  }
  return out;
}

function draft(scene: Scene, c: Resolved): DraftStatement {
  return {
    kind: c.kind,
    text: scene.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    speaker: c.speaker,
    cue: c.cue,
    sentence: c.sentence,
    ruleId: c.ruleId,
    ...(c.saidAt ? { saidAt: c.saidAt } : {}),
  };
}
