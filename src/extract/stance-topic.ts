import { processNouns } from "./stance-hits.js";
import { slice, spansOf, type StanceText } from "./stance-text.js";
import type { StanceVocab } from "./stance-vocab.js";

// Is the statement about the issue at all, and does it name the talks or the settlement? A statement that
// only points back ("we welcome this statement", "called the idea unacceptable") borrows both from its sentence.

export interface TopicFinding {
  onTopic: boolean;
  /** The statement names talks, a treaty or a settling action (or points back to a sentence that does). */
  namesProcess: boolean;
  /** True when the sentence around the statement supplied the topic. */
  borrowed: boolean;
  /** The statement holds a pointing word ("this", "the idea", "it"). */
  pointsBack: boolean;
  /** The words that put it on the issue. */
  evidence: string | null;
}

interface Found {
  topic: string | null;
  process: boolean;
}

function find(t: StanceText, vocab: StanceVocab): Found {
  const nouns = processNouns(t, vocab);
  // A settling verb names the settlement ("discussing such a document") but alone puts nothing on the issue:
  // clubs sign strikers and parliaments sign laws.
  const topic = spansOf(vocab.topic, t.norm)[0] ?? nouns[0];
  return { topic: topic ? slice(t, topic) : null, process: nouns.length > 0 || spansOf(vocab.settle, t.norm).length > 0 };
}

/**
 * `sentence` gives the sentence around the statement (null when there is none); `before`, the words before it
 * (nearest first) a pointing statement may refer to when its sentence names nothing ("The issue remains
 * closed," after a sentence about the treaty). Both are asked only when needed.
 */
export function topicOf(text: StanceText, sentence: () => StanceText | null, vocab: StanceVocab, before: () => StanceText[] = () => []): TopicFinding {
  const own = find(text, vocab);
  const pointsBack = spansOf(vocab.referents, text.norm).length > 0;
  const read = pointsBack ? sentence() : null;
  let around = read ? find(read, vocab) : null;
  if (pointsBack && !own.topic && !around?.topic && spansOf(vocab.referentsBack, text.norm).length > 0) {
    for (const b of before()) {
      const found = find(b, vocab);
      if (found.topic) {
        around = found;
        break;
      }
    }
  }
  const borrowed = !own.topic && Boolean(around?.topic);
  return {
    onTopic: Boolean(own.topic ?? around?.topic),
    namesProcess: own.process || Boolean(around?.process),
    borrowed,
    pointsBack,
    evidence: own.topic ?? around?.topic ?? null,
  };
}
