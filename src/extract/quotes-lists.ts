import { complementOf } from "./quotes-complement.js";
import type { Candidate } from "./quotes-direct.js";
import { bareClause } from "./quotes-indirect.js";
import type { Scene } from "./quotes-scene.js";
import { shape } from "./quotes-spans.js";
import { anchorOf } from "./speakers-subject.js";
import { MAX_LIST_ITEMS, MAX_LIST_ITEM_STATEMENT_WORDS } from "./quotes-tuning.js";

// Reported speech as a list: "In an interview, the president also said:" closing its paragraph, then one
// paragraph per point ("The UK must stay in the EU …", "He would speak "bluntly" against …"). Each point that
// reads as a clause is the speaker's statement; the list ends at the first paragraph that is not one (a link
// such as "Read the full transcript", a long paragraph of prose, a quotation of its own).

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function listItems(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of scene.cues) {
    const s = scene.sentences[cue.sentence]!;
    if (cue.participle || !cue.verb.takes.includes("front") || !/^\s*:\s*$/.test(scene.text.slice(cue.end, s.end))) continue;
    // The sentence is the last of its paragraph and nothing but the colon follows the verb.
    const next = scene.sentences[cue.sentence + 1];
    if (!next || next.paragraph === s.paragraph || complementOf(scene, cue).type !== "none") continue;
    const anchor = anchorOf(scene, cue);
    if (!anchor) continue;
    for (let i = cue.sentence + 1, items = 0; i < scene.sentences.length && items < MAX_LIST_ITEMS; i++, items++) {
      const item = scene.sentences[i]!;
      const alone = scene.sentences[i + 1]?.paragraph !== item.paragraph && scene.sentences[i - 1]!.paragraph !== item.paragraph;
      if (!alone || item.paragraph - s.paragraph !== items + 1) break;
      if (/^\s*[“"„«‘]/.test(item.text) || words(item.text) > MAX_LIST_ITEM_STATEMENT_WORDS) break;
      if (!bareClause(scene, item.start, item.end, true)) break;
      const span = { start: item.start, end: item.end - (/[.;]$/.test(item.text) ? 1 : 0) };
      const shaped = shape(scene, span);
      const cueSpan = { start: cue.start, end: cue.end, text: cue.text };
      out.push({ kind: shaped.kind, ...shaped.span, cue: cueSpan, anchor, verb: cue, sentence: i, ruleId: "indirect/list-item" });
    }
  }
  return out;
}
