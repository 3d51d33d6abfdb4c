import { general } from "./mentions-chunks.js";
import { grammarWords, type VerbEntry } from "./mentions-vocab.js";
import { afterChunk, chunkEndOf, chunkStartOf, sentenceAt, type Scene } from "./quotes-scene.js";

// Reporting cues: the verbs of data/lexicons/en/reporting-verbs.json where they act as verbs. A form after a
// determiner or a possessive is an adjective or a noun ("the proposed agreement", "Japan's declared intent",
// "their rival claims"). A gerund after a comma is a participle of the main clause ("…, arguing that …").

export interface Cue {
  chunk: number;
  start: number;
  end: number;
  text: string;
  verb: VerbEntry;
  /** "…, adding that": the speaker is the subject of the clause before the comma. */
  participle: boolean;
  sentence: number;
}

const ASCII_WORDS = /^[A-Za-z' -]+$/;
const NOT_VERB_BEFORE = grammarWords("not-verb-before");

export function findCues(scene: Scene): Cue[] {
  const out: Cue[] = [];
  scene.chunks.forEach((c, j) => {
    const entry = general(c, "cue");
    if (!entry) return;
    const prev = j > 0 ? scene.chunks[j - 1]! : null;
    const before = prev ? afterChunk(scene, j - 1) : "";
    if (prev && /^\s+$/.test(before)) {
      const key = prev.len === 1 ? scene.tokens.keys[prev.at]! : "";
      if (NOT_VERB_BEFORE.has(key) || scene.tokens.poss[prev.at + prev.len - 1]) return;
      // "Russian state news agency": after a demonym the form is a noun.
      if (general(prev, "country")?.role === "demonym") return;
    }
    const start = chunkStartOf(scene, j);
    const sentence = sentenceAt(scene, start);
    if (sentence < 0) return;
    // A capitalised form inside a sentence is a name or a title ("Youth Demand", "The Call"), not a verb; an
    // accented one is another language's word ("accusé").
    if (scene.tokens.cap[c.at] && start !== scene.sentences[sentence]!.start) return;
    if (!ASCII_WORDS.test(scene.text.slice(start, chunkEndOf(scene, j)))) return;
    // A gerund after a comma, or after "and" in a row of them (", calling them … and asserting that …").
    const joined = prev && prev.len === 1 && grammarWords("list-joiner").has(scene.tokens.keys[prev.at]!);
    // (The comma may sit inside a closing quotation mark: "… a settlement," adding that …)
    // ("…, quoting X as saying": the one quoted speaks, not the clause's subject.)
    const participle = entry.gerund && !entry.verb.takes.includes("quoted") && (/,["”’»]?\s*$/.test(before) || !!joined);
    out.push({ chunk: j, start, end: chunkEndOf(scene, j), text: scene.text.slice(start, chunkEndOf(scene, j)), verb: entry.verb, participle, sentence });
  });
  return out;
}
