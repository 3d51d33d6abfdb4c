import { findScenes, type Scenes } from "./said-on-scenes.js";
import type { Mention, Sentence, Span, TimeRef } from "./types.js";

// One pass over a document that the said-on rules then look things up in, so dating every statement stays
// linear in the document's length: the times and reported words of each sentence, which sentences report
// somebody's words, and the scenes an untimed statement may belong to (said-on-scenes.ts).

export interface StatementSite {
  /** The reported words. */
  span: Span;
  /** Where the cue is (its sentence holds the statement's saying). */
  cueStart: number;
  speakerKey: string;
}

export interface SaidOnIndex extends Scenes {
  /** Index of the sentence holding `offset`, or -1. */
  sentenceAt(offset: number): number;
  /** Times inside sentence i. */
  timesIn(i: number): readonly TimeRef[];
  /** Reported words of the statements that overlap sentence i. */
  reportedIn(i: number): readonly Span[];
  /** True when a statement's cue lies in sentence i. */
  reports(i: number): boolean;
}

/** Items sorted by start, grouped by the sentence that holds their start (two pointers). */
function bySentence<T extends { start: number }>(sentences: readonly Sentence[], items: readonly T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const item of sorted) {
    while (i < sentences.length && sentences[i]!.end <= item.start) i++;
    if (i < sentences.length && sentences[i]!.start <= item.start) out[i]!.push(item);
  }
  return out;
}

export function saidOnIndex(
  sentences: readonly Sentence[],
  times: readonly TimeRef[],
  mentions: readonly Mention[],
  statements: readonly StatementSite[],
): SaidOnIndex {
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const timesIn = bySentence(sentences, times);
  const mentionsIn = bySentence(sentences, mentions);
  const reportedIn: Span[][] = sentences.map(() => []);
  const speakersIn: string[][] = sentences.map(() => []);
  const reporting = new Set<number>();
  for (const st of statements) {
    for (let i = Math.max(0, sentenceAt(st.span.start)); i < sentences.length && sentences[i]!.start < st.span.end; i++) reportedIn[i]!.push(st.span);
    const at = sentenceAt(st.cueStart);
    if (at >= 0) {
      reporting.add(at);
      speakersIn[at]!.push(st.speakerKey);
    }
  }

  const scenes = findScenes(sentences, (i) => ({
    times: timesIn[i]!,
    mentions: mentionsIn[i]!,
    reported: reportedIn[i]!,
    speakers: speakersIn[i]!,
    reports: reporting.has(i),
  }));
  return {
    ...scenes,
    sentenceAt,
    timesIn: (i) => timesIn[i] ?? [],
    reportedIn: (i) => reportedIn[i] ?? [],
    reports: (i) => reporting.has(i),
  };
}
