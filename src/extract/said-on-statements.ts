import { dateStatement, resolveSaidOn, type PriorStatement } from "./said-on.js";
import { saidOnIndex } from "./said-on-index.js";
import type { TimeAnchor } from "./time-anchor.js";
import type { Mention, SaidOn, Sentence, Statement, TimeRef } from "./types.js";

// said_on for every statement of a document, in text order, so each sees the same speaker's earlier
// statements (the follow-on and scene rules); and the re-reading of all of them once the document's date is known.

export interface SaidOnContext {
  sentences: readonly Sentence[];
  times: readonly TimeRef[];
  anchor: TimeAnchor;
  /** The document's mentions: a person named with a time sets the scene for their later words. */
  mentions?: readonly Mention[];
}

/** The statements' said_on, in the order given (statements may come in any order; text order is used). */
export function saidOnStatements(statements: readonly (Pick<Statement, "start" | "end" | "cue" | "sentence" | "speaker"> & Partial<Pick<Statement, "saidAt">>)[], ctx: SaidOnContext): SaidOn[] {
  const index = saidOnIndex(
    ctx.sentences,
    ctx.times,
    ctx.mentions ?? [],
    statements.map((s) => ({ span: { start: s.start, end: s.end }, cueStart: s.cue.start, speakerKey: s.speaker.entity.key })),
  );
  const order = statements.map((_, i) => i).sort((a, b) => statements[a]!.start - statements[b]!.start);
  const bySpeaker = new Map<string, PriorStatement[]>();
  const out: SaidOn[] = new Array(statements.length);
  for (const i of order) {
    const s = statements[i]!;
    const key = s.speaker.entity.key;
    const previous = bySpeaker.get(key) ?? [];
    const at = index.sentenceAt(s.cue.start);
    const cueSentence = at >= 0 ? at : s.sentence;
    const { saidOn, fromWords } = dateStatement({ statement: s, cue: s.cue, ...(s.saidAt ? { saidAt: s.saidAt } : {}), sentence: s.sentence, cueSentence, sentences: ctx.sentences, anchor: ctx.anchor, previous, speakerKey: key, index });
    out[i] = saidOn;
    // the list grows in place: each statement saw only the ones before it
    previous.push({ sentence: s.sentence, saidOn, fromWords });
    bySpeaker.set(key, previous);
  }
  return out;
}

/** Every said_on re-read against the document's (newly inferred) date. */
export const resolveSaidOns = (list: readonly SaidOn[], anchor: TimeAnchor): SaidOn[] => list.map((s) => resolveSaidOn(s, anchor));
