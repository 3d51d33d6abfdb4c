import { frame, general } from "./mentions-chunks.js";
import { tokenEndingBy } from "./mentions-tokens.js";
import type { Cue } from "./quotes-cues.js";
import { afterChunk, chunkStartOf, type Scene } from "./quotes-scene.js";
import { grammarWords } from "./mentions-vocab.js";
import { MAX_ATTRIBUTION_WORDS, MAX_AUDIENCE_WORDS } from "./quotes-tuning.js";

// The words a reporting verb may carry before its clause: the listener of "told", "assured", "reminded"
// ("told reporters", "told a briefing", "told TASS in an interview"), and the speaker of "quoted X as saying".

const DETERMINERS = grammarWords("determiner");

/** The key of a one-word chunk ("" for phrases). */
export const key = (scene: Scene, j: number): string => {
  const c = scene.chunks[j];
  return c && c.len === 1 ? scene.tokens.keys[c.at]! : "";
};

// "her" is left out: "told her colleagues" is a possessive, read with the longer listeners below.
const OBJECT_PRONOUNS = grammarWords("object-pronoun");
const NAME_LINKS = grammarWords("name-link");

/** Steps over "reporters", "a briefing", "TASS", "Rest of World", "him": the listener of told/assured/reminded; -1 if none. */
export function skipAudience(scene: Scene, j: number): number {
  const next = j + 1;
  if (!/^\s+$/.test(afterChunk(scene, j))) return j;
  if (OBJECT_PRONOUNS.has(key(scene, next))) return next;
  let k = next;
  if (DETERMINERS.has(key(scene, k)) && /^\s+$/.test(afterChunk(scene, k))) k++;
  if (frame(scene.chunks[k], "audience")) return k;
  // A listener closed by "that" or punctuation within a few words: "told CBC freelance videographer Mohamed
  // El Saife in Khan Younis that …", "told the Saudi state-owned Al-Arabiya television."
  for (let q = next, words = 0; q < scene.chunks.length && words < MAX_AUDIENCE_WORDS; q++, words++) {
    if (general(scene.chunks[q], "cue")) break;
    const after = afterChunk(scene, q);
    if (key(scene, q + 1) === "that" && !scene.tokens.poss[scene.chunks[q + 1]!.at] && /^\s+$/.test(after)) return q;
    if (/^["”’»]?\s*[,:.;]/.test(after)) return q;
    // "told the court on Monday, 28 April, that": an adverbial after the listener is the cue's, not the listener's.
    // (A preposition only: "told the Argus Leader Monday afternoon." reads on to its period.)
    const preposition = frame(scene.chunks[q + 1], "adjunct") && !scene.tokens.cap[scene.chunks[q + 1]?.at ?? 0];
    if (q > next && /^\s+$/.test(after) && preposition && !NAME_LINKS.has(key(scene, q + 1))) return q;
    if (!/^\s+$/.test(after)) break;
  }
  const m = scene.startingAt.get(scene.chunks[next]?.at ?? -1);
  if (m && m.form !== "pronoun") return scene.chunkOf[Math.max(0, tokenEndingBy(scene.tokens, m.end))]!;
  let name = -1;
  for (let q = k, words = 0; q < scene.chunks.length && words < MAX_AUDIENCE_WORDS; q++, words++) {
    const capital = scene.tokens.cap[scene.chunks[q]!.at] === 1;
    if (capital && !general(scene.chunks[q], "cue")) name = q;
    // "Rest of the World" links words inside one name; "the" right after a name opens the clause
    // ("told Polygraph.info the ministry's allegations are false").
    else if (!(name >= 0 && NAME_LINKS.has(key(scene, q)) && !(DETERMINERS.has(key(scene, q)) && name === q - 1))) break;
    if (!/^\s+$/.test(afterChunk(scene, q))) break;
  }
  if (name >= 0) return name;
  // Any short listener ("told colleagues", "told freelance videographer Mohamed El Saife in Khan Younis that")
  // that a "that" or punctuation closes.
  for (let words = 0; words < MAX_AUDIENCE_WORDS && k < scene.chunks.length; words++, k++) {
    if (general(scene.chunks[k], "cue")) break;
    const after = afterChunk(scene, k);
    if ((key(scene, k + 1) === "that" && !scene.tokens.poss[scene.chunks[k + 1]!.at]) || /^\s*[,:.;]/.test(after)) return k;
    if (!/^\s+$/.test(after)) break;
  }
  return -1;
}

/** After "quoted X": the "as saying" that closes the frame, or -1. */
export function quotedAs(scene: Scene, cue: Cue, sentenceEnd: number): number {
  for (let j = cue.chunk + 1; j < scene.chunks.length && j <= cue.chunk + MAX_ATTRIBUTION_WORDS; j++) {
    if (chunkStartOf(scene, j) >= sentenceEnd) return -1;
    if (frame(scene.chunks[j], "quoted-as")) return j;
  }
  return -1;
}

