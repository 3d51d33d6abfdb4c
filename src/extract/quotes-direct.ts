import { complementOf } from "./quotes-complement.js";
import { clauseSpan, trailingTime } from "./quotes-spans.js";
import type { Cue } from "./quotes-cues.js";
import { mentionLead, sentenceAt, type Scene } from "./quotes-scene.js";
import { MAX_ATTRIBUTION_WORDS, MAX_TITLE_LEAD_WORDS } from "./quotes-tuning.js";
import type { Quote } from "./quotes.js";
import { anchorOf, type Anchor } from "./speakers-subject.js";
import type { Span, StatementKind } from "./types.js";

// Direct quotations and the attributions that own them:
//   "…," X said / "…," said X / "…," TASS quoted X as saying / "…." X said.   (quote, then attribution)
//   X said: "…" / X told reporters, "…" / …, adding that "…"                   (attribution, then quote)
//   X said: ¶ "…"                                                               (quote in the next paragraph)
// A quotation that opens mid-sentence ("called the idea “outrageous,”") is a fragment of reported speech and
// is left to the indirect extractors.

export interface Candidate {
  kind: StatementKind;
  start: number;
  end: number;
  cue: Span & { text: string };
  /** The speaker's mention; null when the speaker is the subject of the main clause (participles). */
  anchor: Anchor | null;
  /** The cue behind the statement, when a reporting verb made it. */
  verb?: Cue;
  sentence: number;
  ruleId: string;
  /** The quotation a direct statement reports. */
  quote?: Quote;
  /** For object statements of verbs whose object is who is judged ("criticized Japan for …"). */
  target?: boolean;
  /** A time adverbial taken off the end of the words: when they were said. */
  saidAt?: Span;
}

const SENTENCE_OPENER = /(?:^|[.!?…]["”’»)]?\s+|[.!?]\s*)$/;

/** The quotation opens its sentence: only space or the end of the previous sentence before its mark. */
export function opensSentence(scene: Scene, q: Quote): boolean {
  if (q.open === -1) return true;
  const s = sentenceAt(scene, q.open);
  if (s < 0) return false;
  const before = scene.text.slice(scene.sentences[s]!.start, q.open);
  return before.trim() === "" || SENTENCE_OPENER.test(before);
}

function direct(q: Quote, cue: Cue, anchor: Anchor | null, ruleId: string, sentence: number): Candidate {
  return { kind: "direct", start: q.start, end: q.end, cue: { start: cue.start, end: cue.end, text: cue.text }, anchor, verb: cue, sentence, ruleId, quote: q };
}

const takesQuote = (cue: Cue): boolean => cue.verb.takes.includes("quote") || cue.verb.takes.includes("quoted");

/** "…," X said: the first cue after the closing mark, with only the speaker (or "TASS quoted") between. */
export function quoteThenCue(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  let c = 0;
  for (const q of scene.quotes) {
    if (q.close === -1 || !opensSentence(scene, q)) continue;
    while (c < scene.cues.length && scene.cues[c]!.start <= q.close) c++;
    // The attribution is in the sentence the mark closes, or the next one when the quotation ended its own.
    const closing = sentenceAt(scene, q.close);
    const last = /[.!?…]["”’»]?$/.test(scene.text.slice(q.close - 1, q.close + 1)) ? closing + 1 : closing;
    for (let k = c; k < scene.cues.length && scene.cues[k]!.sentence <= last; k++) {
      const cue = scene.cues[k]!;
      const found = attribution(scene, q, cue);
      if (found) {
        out.push(direct(q, cue, found, "direct/quote-then-cue", cue.sentence));
        break;
      }
    }
  }
  return out;
}

/** The speaker when a cue after a closing mark attributes the quotation ("…," X said / said X / TASS quoted X as saying). */
function attribution(scene: Scene, q: Quote, cue: Cue): Anchor | null {
  if (!takesQuote(cue)) return null;
  const between = scene.text.slice(q.close + 1, cue.start);
  if (/[“”"«»\n]/.test(between)) return null;
  const anchor = anchorOf(scene, cue);
  if (!anchor) return null;
  const quoted = anchor.ruleId === "speaker/quoted-as";
  if (quoted && (between.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_ATTRIBUTION_WORDS) return null;
  // Only the speaker (or the verb, inverted) may stand between the closing mark and the verb.
  // Only the speaker (and a few words of their title: "fisheries bureau spokesman X") before the verb.
  let lead = scene.text.slice(q.close + 1, mentionLead(scene.text, anchor.mention));
  // "…," the UN undersecretary general for legal affairs, Elinor Hammarskjöld, told …: a description set
  // before the name in commas.
  const described = /^\s*,?\s*([^,;:.!?“”"«»\n]*),\s*$/u.exec(lead);
  if (described && (described[1]!.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_ATTRIBUTION_WORDS) lead = "";
  if (!quoted && anchor.ruleId === "speaker/cue-subject" && (/[^\p{L}\p{N}\s'’-]/u.test(lead) || (lead.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_TITLE_LEAD_WORDS)) return null;
  if (!quoted && anchor.ruleId === "speaker/cue-inverted" && between.trim() !== "") return null;
  if (!quoted && anchor.ruleId !== "speaker/cue-subject" && anchor.ruleId !== "speaker/cue-inverted") return null;
  return complementOf(scene, cue).type === "none" ? anchor : null;
}

/** X said: "…" (and the quotation in the next paragraph after "X said:"), …, adding that "…". */
export function cueThenQuote(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of scene.cues) {
    if (!cue.verb.takes.includes("quote") && !cue.verb.takes.includes("that")) continue;
    const comp = complementOf(scene, cue);
    let q: Quote | null = comp.type === "quote" ? comp.quote : null;
    if (comp.type === "that") q = wholeQuoteAt(scene, comp.start, cue.sentence);
    if (!q) continue;
    const anchor = cue.participle ? null : anchorOf(scene, cue);
    if (!anchor && !cue.participle) continue;
    const s = scene.sentences[cue.sentence]!;
    // (A time after the closing mark is the saying's: X told reporters "…" on Friday.)
    const closes = q.close !== -1 && (/^["”’»]*\s*(?:[.,;:!?—–-]|$)/.test(scene.text.slice(q.close + 1, s.end)) || !!timeAfter(scene, q, s.end));
    if (q.close !== -1 && q.close < s.end && !closes) {
      // saying “nobody wins” in a war: the quoted words are a fragment of the reported clause.
      const span = clauseSpan(scene, q.open, s.end);
      if (span) out.push({ ...direct(q, cue, anchor, "indirect/bare", cue.sentence), kind: "mixed", ...span });
      continue;
    }
    const saidAt = q.close !== -1 ? timeAfter(scene, q, s.end) : null;
    out.push({ ...direct(q, cue, anchor, comp.type === "that" ? "direct/cue-that-quote" : "direct/cue-then-quote", cue.sentence), ...(saidAt ? { saidAt } : {}) });
  }
  return out;
}

/** The time adverbial after the quotation's closing mark when only it and the sentence's final stop follow. */
function timeAfter(scene: Scene, q: Quote, end: number): Span | null {
  const time = trailingTime(scene, { start: q.start, end });
  return time && time.start > q.close && scene.text.slice(q.close + 1, time.start).trim() === "" ? time : null;
}

/** "…, adding that "…"": a quotation opening right after "that" and running to the end of the sentence. */
function wholeQuoteAt(scene: Scene, start: number, sentence: number): Quote | null {
  const s = scene.sentences[sentence]!;
  const q = scene.quotes.find((x) => x.open >= start && scene.text.slice(start, x.open).trim() === "");
  if (!q || q.close === -1) return null;
  return scene.text.slice(q.close + 1, s.end).replace(/[.!?\s]/g, "") === "" ? q : null;
}
