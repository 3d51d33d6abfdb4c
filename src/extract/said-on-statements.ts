import { resolveSaidOn, saidOn, type PriorStatement } from "./said-on.js";
import type { TimeAnchor } from "./time-anchor.js";
import type { SaidOn, Sentence, Statement, TimeRef } from "./types.js";

// said_on for every statement of a document, in text order, so each sees the same speaker's earlier
// statements (the follow-on rule); and the re-reading of all of them once the document's date is known.

export interface SaidOnContext {
  sentences: readonly Sentence[];
  times: readonly TimeRef[];
  anchor: TimeAnchor;
}

/** The statements' said_on, in the order given (statements may come in any order; text order is used). */
export function saidOnStatements(statements: readonly Pick<Statement, "start" | "end" | "cue" | "sentence" | "speaker">[], ctx: SaidOnContext): SaidOn[] {
  const order = statements.map((_, i) => i).sort((a, b) => statements[a]!.start - statements[b]!.start);
  const bySpeaker = new Map<string, PriorStatement[]>();
  const out: SaidOn[] = new Array(statements.length);
  for (const i of order) {
    const s = statements[i]!;
    const previous = bySpeaker.get(s.speaker.entity.key) ?? [];
    const result = saidOn({ statement: s, cue: s.cue, sentence: s.sentence, previous, ...ctx });
    out[i] = result;
    bySpeaker.set(s.speaker.entity.key, [...previous, { sentence: s.sentence, saidOn: result }]);
  }
  return out;
}

/** Every said_on re-read against the document's (newly inferred) date. */
export const resolveSaidOns = (list: readonly SaidOn[], anchor: TimeAnchor): SaidOn[] => list.map((s) => resolveSaidOn(s, anchor));
