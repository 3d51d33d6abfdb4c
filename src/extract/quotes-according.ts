import { frame } from "./mentions-chunks.js";
import { tokenAtOrAfter } from "./mentions-tokens.js";
import { grammarAlternation } from "./mentions-vocab.js";
import type { Candidate } from "./quotes-direct.js";
import { afterChunk, chunkEndOf, chunkStartOf, sentenceAt, type Scene } from "./quotes-scene.js";
import { clauseSpan, shape } from "./quotes-spans.js";
import { MAX_ACCORDING_INTRO_WORDS, MAX_SOURCE_LEAD_WORDS } from "./quotes-tuning.js";
import { canSpeak } from "./speakers-subject.js";
import type { Mention, Span } from "./types.js";

// "According to X, …" and "…, according to X.": the source phrase and the clause it reports.

// ", who heads the regional administration": a relative clause describes the source, it is not what they say.
let relative: RegExp | undefined;
const RELATIVE = (): RegExp => (relative ??= new RegExp(`^\\s*,\\s*(?:${grammarAlternation("relative")})\\b`, "i"));

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

let documentBy: RegExp | undefined;

/**
 * Who "according to" names: the mention right after it ("according to Peskov", "according to a Taliban
 * representative"), or the one who issued a document ("according to projections from the Legislative
 * Services Agency").
 */
function sourceAfter(scene: Scene, j: number): Mention | undefined {
  if (!/^\s+$/.test(afterChunk(scene, j))) return undefined;
  let at = chunkEndOf(scene, j);
  documentBy ??= new RegExp(`^\\s+(?:(?:${grammarAlternation("source-document")})\\s+(?:${grammarAlternation("document-owner")})\\s+)?`, "i");
  at += documentBy.exec(scene.text.slice(at, at + 60))![0].length;
  // The mention may start here ("the Kremlin"), or after a determiner and a word or two that describe it
  // ("a Taliban representative", "the nonpartisan Legislative Services Agency").
  const t = scene.tokens;
  for (let i = tokenAtOrAfter(t, at), steps = 0; i < t.count && steps <= MAX_SOURCE_LEAD_WORDS; i++, steps++) {
    const m = scene.startingAt.get(i);
    if (m) return m;
    if (t.cap[i] || !/^\s+$/.test(scene.text.slice(t.ends[i]!, t.starts[i + 1] ?? t.ends[i]!))) return undefined;
  }
  return undefined;
}

/** "According to X, …" and "…, according to X." */
export function according(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  scene.chunks.forEach((c, j) => {
    if (!frame(c, "according")) return;
    const start = chunkStartOf(scene, j);
    const sentence = sentenceAt(scene, start);
    if (sentence < 0) return;
    const s = scene.sentences[sentence]!;
    const m = sourceAfter(scene, j);
    if (!m || !canSpeak(m)) return;
    const cue = { start, end: chunkEndOf(scene, j), text: scene.text.slice(start, chunkEndOf(scene, j)) };
    const anchor = { mention: m, ruleId: "speaker/according-to" };
    const afterName = scene.text.slice(m.end, s.end);
    const prefix = scene.text.slice(s.start, start);
    let span: Span | null = null;
    const intro = /^([^,]*),\s*$/.exec(prefix);
    const opens = prefix.trim() === "" || (intro !== null && words(intro[1]!) <= MAX_ACCORDING_INTRO_WORDS);
    if (/^\s*,/.test(afterName) && opens && !RELATIVE().test(afterName)) {
      span = clauseSpan(scene, m.end + afterName.indexOf(",") + 1, s.end);
    } else if (/,\s*$/.test(prefix) && (/^[\s.]*$/.test(afterName) || RELATIVE().test(afterName))) {
      span = clauseSpan(scene, s.start, s.start + prefix.lastIndexOf(","));
    }
    if (!span) return;
    const shaped = shape(scene, span);
    out.push({ kind: shaped.kind, ...shaped.span, cue, anchor, sentence, ruleId: "indirect/according-to" });
  });
  return out;
}
