import { frame, general } from "./mentions-chunks.js";
import { tokenAtOrAfter, tokenEndingBy } from "./mentions-tokens.js";
import { grammarAlternation, grammarWords } from "./mentions-vocab.js";
import { complementOf } from "./quotes-complement.js";
import type { Cue } from "./quotes-cues.js";
import type { Candidate } from "./quotes-direct.js";
import { afterChunk, chunkEndOf, chunkStartOf, mentionLead, quoteAround, type Scene } from "./quotes-scene.js";
import { clauseSpan, shape } from "./quotes-spans.js";
import { MAX_NAME_WORDS, MIN_FRONT_WORDS } from "./quotes-tuning.js";
import { anchorOf, inCommas } from "./speakers-subject.js";
import type { Span } from "./types.js";

// Reported speech before its attribution, or around it:
//   …, X said. / …, said X. / …, X told a briefing on Friday.       (clause fronted before the cue)
//   While …, X said, <clause>. / The talks, X said, will resume.    (attribution inside the sentence)

const cueSpan = (cue: Cue): Span & { text: string } => ({ start: cue.start, end: cue.end, text: cue.text });

// ", who heads the regional administration": a relative clause describes the source, it is not what they say.
let relative: RegExp | undefined;
const RELATIVE = (): RegExp => (relative ??= new RegExp(`^\\s*,\\s*(?:${grammarAlternation("relative")})\\b`, "i"));

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const AUXILIARIES = (): Set<string> => grammarWords("auxiliary");
let subordinate: RegExp | undefined;
/** A sentence opening with a subordinating conjunction, maybe after "and"/"but" ("And while …", "Although …"). */
const SUBORDINATE = (): RegExp =>
  (subordinate ??= new RegExp(`^\\s*(?:(?:${grammarAlternation("verb-coordinator")})\\s+)?(?:${grammarAlternation("subordinator")})\\b`, "i"));
const WORDISH = /[\p{L}\p{N}]/u;

/** "…, X said.": the cue closes its sentence and its speaker stands right after a comma (or after the verb). */
/** A possessor or a determiner with a descriptor before a speaker's name: "Mexico’s ", "the country’s national
 *  statistics agency ", "the state-run agency ". */
const POSSESSOR = /(?:(?:\bthe\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}[\p{L}.-]+['’]s\s+|\b(?:the|a|an)\s+)(?:[\p{Ll}-]+\s+){0,4}$/u;

/**
 * "…, TASS quoted X as saying.": the clause ends before whoever quotes: the mention before the verb, else the
 * capitalised words of a name the mention finder did not read ("Kyodo", "Jiji Press"), else the verb.
 */
function quoterLead(scene: Scene, cue: Cue): number {
  const quoter = cue.chunk > 0 && /^\s+$/.test(afterChunk(scene, cue.chunk - 1)) ? scene.endingAt.get(tokenEndingBy(scene.tokens, chunkEndOf(scene, cue.chunk - 1))) : undefined;
  if (quoter) return mentionLead(scene.text, quoter);
  let j = cue.chunk;
  for (let words = 0; j > 0 && words < MAX_NAME_WORDS && scene.tokens.cap[scene.chunks[j - 1]!.at] && /^\s+$/.test(afterChunk(scene, j - 1)); words++) j--;
  return chunkStartOf(scene, j);
}

export function fronted(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of scene.cues) {
    if (!cue.verb.takes.includes("front") || cue.participle) continue;
    if (complementOf(scene, cue).type !== "none") continue;
    const anchor = anchorOf(scene, cue);
    if (!anchor) continue;
    const s = scene.sentences[cue.sentence]!;
    let lead = anchor.ruleId === "speaker/cue-inverted" ? cue.start : anchor.ruleId === "speaker/quoted-as" ? quoterLead(scene, cue) : mentionLead(scene.text, anchor.mention);
    // "…, the national government delegate in Valencia, Pilar Bernabé, told journalists": the description set
    // before the name in commas is not part of the clause.
    if (anchor.ruleId === "speaker/cue-subject" && inCommas(scene, anchor.mention)) {
      const described = /,([^,;:“”"«»]*),\s*$/.exec(scene.text.slice(s.start, lead));
      if (described) lead = s.start + described.index + 1;
    }
    // "…, Mexico’s National Statistics Institute said", "…, the country’s central bank said".
    const owner = POSSESSOR.exec(scene.text.slice(Math.max(s.start, lead - 60), lead));
    if (owner) lead -= owner[0].length;
    // The comma may close a quotation that opened inside the clause: Sinwar "is someone who …," said Levitt.
    const comma = /,(["”’»]?)\s*$/.exec(scene.text.slice(s.start, lead));
    if (!comma) continue;
    // A sentence that starts inside a quotation opened in the sentence before starts at its opening mark
    // ("… with China. Bigger than …" announced in October, said X).
    const around = quoteAround(scene, s.start);
    const start = around && around.open >= 0 && around.open < s.start ? around.open : s.start;
    const closing = comma[1] ? quoteAround(scene, s.start + comma.index + 1) : null;
    // A quotation opening the sentence is the direct extractors' (quoteThenCue); here words must come before it.
    if (comma[1] && (!closing || closing.open < start || !WORDISH.test(scene.text.slice(start, closing.open)))) continue;
    // "… his testimony once — “I now do recall,” he said": a quotation set off by a dash or a colon is the
    // statement by itself.
    if (closing && /[:—–-]\s*$/.test(scene.text.slice(start, closing.open))) {
      out.push({ kind: "direct", start: closing.start, end: closing.end, cue: cueSpan(cue), anchor, verb: cue, sentence: cue.sentence, ruleId: "direct/set-off", quote: closing });
      continue;
    }
    const end = s.start + comma.index + (comma[1] ? 2 : 0);
    const first = scene.chunks[scene.chunkOf[tokenAtOrAfter(scene.tokens, start)]!];
    const front = scene.text.slice(start, end);
    if (words(front) < MIN_FRONT_WORDS) continue;
    // "Because Dempsey suspected the duvet, though, he told …": a subordinate clause alone reports nothing.
    if (SUBORDINATE().test(front) && !(front.includes(",") && words(front.slice(front.indexOf(",") + 1)) >= MIN_FRONT_WORDS)) continue;
    // "During an interview with TASS, X said." is an adverbial; "After 20 years of hostility, the US plans
    // to …, officials said" carries a clause after the adverbial's comma.
    if (frame(first, "opener") && !(front.includes(",") && words(front.slice(front.indexOf(",") + 1)) >= MIN_FRONT_WORDS)) continue;
    const span = clauseSpan(scene, start, end);
    if (!span) continue;
    const shaped = shape(scene, span);
    out.push({ kind: shaped.kind, ...shaped.span, cue: cueSpan(cue), anchor, verb: cue, sentence: cue.sentence, ruleId: "indirect/fronted" });
  }
  return out;
}

/**
 * "…, Levitt said, in the long term, both sides are …": an attribution set in commas inside its sentence
 * reports the clause after it; the words before are the opening of the sentence (often a subordinate clause).
 */
export function parenthetical(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of scene.cues) {
    if (!cue.verb.takes.includes("front") || cue.participle || cue.verb.audience) continue;
    const anchor = anchorOf(scene, cue);
    if (!anchor) continue;
    const s = scene.sentences[cue.sentence]!;
    // After an inverted "said X," the words in commas describe X.
    if (anchor.ruleId === "speaker/cue-inverted") continue;
    const before = scene.text.slice(s.start, mentionLead(scene.text, anchor.mention));
    // A quotation opening the sentence is the direct extractors' ("“…,” Lynn said, via the Los Angeles Times").
    if (!/,["”’»]?\s*$/.test(before) || words(before) === 0 || /^\s*[“"„«‘]/.test(before)) continue;
    const after = cue.end;
    const comma = /^\s*,\s*/.exec(scene.text.slice(after, s.end));
    if (!comma) continue;
    const start = after + comma[0].length;
    const j = scene.chunkOf[tokenAtOrAfter(scene.tokens, start)];
    const c = j === undefined ? undefined : scene.chunks[j];
    if (!c || scene.tokens.starts[c.at] !== start) continue;
    // ", adding …", ", citing …", ", who …", ", but …": the clause after the comma is not the reported one.
    if (general(c, "cue") || frame(c, "clause-break") || frame(c, "according") || RELATIVE().test(`,${scene.text.slice(start, start + 12)}`)) continue;
    const first = scene.tokens.keys[c.at]!;
    if (/ing$/.test(first) || frame(c, "connective")) continue;
    // After a subordinate clause ("And while … "in the immediate," Levitt said, in the long term, both sides
    // are …") the reported clause is the one after the attribution. Otherwise the
    // attribution interrupts one clause ("The talks, he said, will resume …", "Apple has had a place in his
    // heart since 1984, Benioff said, ever since …"): the statement is the whole sentence around it.
    const whole = !SUBORDINATE().test(before);
    if (!whole && AUXILIARIES().has(first)) continue;
    const span = clauseSpan(scene, whole ? s.start : start, s.end);
    if (!span || words(scene.text.slice(start, span.end)) < MIN_FRONT_WORDS) continue;
    const shaped = shape(scene, span);
    out.push({ kind: shaped.kind, ...shaped.span, cue: cueSpan(cue), anchor, verb: cue, sentence: cue.sentence, ruleId: "indirect/parenthetical" });
  }
  return out;
}
