import type { Sentence, Span } from "./types.js";
import { eventsVocab } from "./events-vocab.js";

// The clauses of a sentence, as spans of the document: an event's time, actors and act must be found in one
// clause, so "Despite the 1951 San Francisco Peace Treaty, where Japan relinquished claims …" keeps the treaty
// apart from what Japan did. Clauses break at semicolons, spaced dashes, and a comma before a word that starts
// another clause (events-clause-breaks); a comma alone does not ("In March 2022, the ministry announced …").

export interface Clause extends Span {
  text: string;
}

export function clausesOf(sentence: Sentence): Clause[] {
  const re = eventsVocab().clauseBreak;
  re.lastIndex = 0;
  const out: Clause[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = sentence.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: sentence.start + from + lead, end: sentence.start + from + lead + text.length, text });
  };
  for (const m of sentence.text.matchAll(re)) {
    push(m.index!);
    from = m.index! + m[0].length;
  }
  push(sentence.text.length);
  return out;
}

/** The clause that holds a span, or the first one that overlaps it. */
export const clauseAt = (clauses: readonly Clause[], span: Span): Clause | undefined =>
  clauses.find((c) => span.start >= c.start && span.end <= c.end) ?? clauses.find((c) => span.start < c.end && c.start < span.end);

/** The comma-separated part of a clause that holds a span ("was sideswiped on Friday"), for a second event in it. */
export function segmentAt(clause: Clause, span: Span): Clause {
  let from = 0;
  for (const part of clause.text.split(/(?<=,)\s+/)) {
    const start = clause.start + clause.text.indexOf(part, from);
    const end = start + part.replace(/,$/, "").length;
    from = start - clause.start + part.length;
    if (span.start >= start && span.end <= end) return { start, end, text: clause.text.slice(start - clause.start, end - clause.start) };
  }
  return clause;
}
