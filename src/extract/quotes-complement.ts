import { frame, gap, general } from "./mentions-chunks.js";
import { key, quotedAs, skipAudience } from "./quotes-audience.js";
import { grammarWords } from "./mentions-vocab.js";
import { MAX_ADJUNCT_WORDS, MAX_NAME_WORDS } from "./quotes-tuning.js";
import type { Cue } from "./quotes-cues.js";
import { afterChunk, chunkEndOf, chunkStartOf, type Scene } from "./quotes-scene.js";
import { tokenEndingBy } from "./mentions-tokens.js";
import { anchorOf } from "./speakers-subject.js";
import type { Quote } from "./quotes.js";
import { monthNumber } from "./time-vocab.js";

// What follows a reporting cue in its sentence: a that-clause, a bare clause, an object, a quotation, or
// nothing (the cue closes an attribution: "…, Peskov said on Sunday.", "…, she told a briefing", "…, said X,
// adding …"). Listeners after "told" and adverbials ("on Friday", "in her keynote speech to parliament") are
// stepped over on the way.

export type Complement =
  | { type: "that" | "bare" | "object"; start: number }
  | { type: "quote"; quote: Quote }
  | { type: "none" }
  | { type: "other" };

const BARE_TIME = grammarWords("bare-time");
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** A period right after a word and before a space: inside a sentence, an abbreviation's. */
const ABBREVIATION_DOT = /^\.(?=\s)/;
const OPEN_MARK = /^[\s:,]*[“"„«‘]\s*$/;
const PARTICIPLE = /^[a-z]{2,}ing$/;

/** The quotation whose opening mark stands between two offsets. */
function quoteOpeningIn(scene: Scene, from: number, to: number): Quote | null {
  return scene.quotes.find((q) => q.open >= from && q.open < to) ?? null;
}

/** "X said:" closing a paragraph: the quotation opening the next one. */
function quoteInNextParagraph(scene: Scene, cue: Cue): Quote | null {
  const s = scene.sentences[cue.sentence]!;
  if (!s.text.endsWith(":")) return null;
  const q = scene.quotes.find((x) => x.paragraph === s.paragraph + 1);
  return q && q.open >= 0 && scene.text.slice(s.end, q.open).trim() === "" ? q : null;
}

const AGENT = grammarWords("passive-agent");

/** "… as saying by TASS": steps over the agent of a passive frame, a mention or a capitalised name after "by". */
function skipAgent(scene: Scene, j: number): number {
  if (!AGENT.has(key(scene, j + 1)) || !/^\s+$/.test(afterChunk(scene, j + 1))) return j;
  const next = scene.chunks[j + 2];
  const m = next ? scene.startingAt.get(next.at) : undefined;
  if (m && m.form !== "pronoun") return scene.chunkOf[tokenEndingBy(scene.tokens, m.end)]!;
  let k = j + 1;
  for (let words = 0; words < MAX_NAME_WORDS && scene.chunks[k + 1] && scene.tokens.cap[scene.chunks[k + 1]!.at]; words++) {
    k++;
    if (!/^\s+$/.test(afterChunk(scene, k))) break;
  }
  return k > j + 1 ? k : j;
}

const memo = new WeakMap<Cue, Complement>();

/** What follows the cue (computed once per cue: every extractor asks). */
export function complementOf(scene: Scene, cue: Cue): Complement {
  let known = memo.get(cue);
  if (!known) memo.set(cue, (known = readComplement(scene, cue)));
  return known;
}

function readComplement(scene: Scene, cue: Cue): Complement {
  const sentenceEnd = scene.sentences[cue.sentence]!.end;
  let j = cue.chunk;
  if (cue.verb.takes.includes("quoted")) {
    // "TASS quoted X as saying that …": what follows the frame is what follows "said"; "as telling" names
    // its listener first, and a passive frame may name who quoted ("X was quoted as saying by TASS").
    j = quotedAs(scene, cue, sentenceEnd);
    if (j < 0) return { type: "other" };
    if (frame(scene.chunks[j], "quoted-as-audience")) {
      const heard = skipAudience(scene, j);
      if (heard >= 0) j = heard;
    }
    j = skipAgent(scene, j);
  }
  if (cue.verb.audience) {
    // "told" names its listener; without one it is not reporting speech ("the film tells the story of …").
    const heard = skipAudience(scene, j);
    if (heard < 0) return key(scene, j + 1) === "that" ? { type: "that", start: chunkEndOf(scene, j + 1) } : { type: "other" };
    j = heard;
  }
  // Inverted ("…," said James Blair, the campaign's director): the words after the verb are its speaker.
  const lead = scene.text.slice(Math.max(0, cue.start - 3), cue.start);
  const next = scene.chunks[j + 1];
  const after = next ? scene.startingAt.get(next.at) : undefined;
  if (!cue.participle && /[,”"’]\s*$/.test(lead) && after && after.form !== "pronoun" && /^\s+$/.test(afterChunk(scene, j))) {
    if (anchorOf(scene, cue)?.ruleId === "speaker/cue-inverted") return { type: "none" };
  }
  let adjunct = false;
  let timeOnly = true;
  for (let words = 0; words <= MAX_ADJUNCT_WORDS; words++) {
    const from = chunkEndOf(scene, j);
    const nextStart = j + 1 < scene.chunks.length ? chunkStartOf(scene, j + 1) : scene.text.length;
    const between = scene.text.slice(from, Math.min(nextStart, sentenceEnd));
    const q = quoteOpeningIn(scene, from, nextStart);
    // X said "…" / X said: "…"; after an adverbial only with a colon or comma (X told reporters on Friday: "…").
    const lead = q ? scene.text.slice(from, q.open + 1) : "";
    if (q && OPEN_MARK.test(lead) && (!adjunct || /[:,]/.test(lead))) return { type: "quote", quote: q };
    if (nextStart >= sentenceEnd) {
      const next = quoteInNextParagraph(scene, cue);
      return next ? { type: "quote", quote: next } : { type: "none" };
    }
    // A lone period before the sentence's end is an abbreviation's ("said on Nov. 4 that …"): the splitter ended
    // the sentence at any other.
    if (/[.;!?]/.test(between.replace(ABBREVIATION_DOT, ""))) return { type: "none" };
    const c = scene.chunks[j + 1]!;
    if (between.includes(",")) {
      if ((general(c, "cue")?.gerund ?? false) || frame(c, "clause-break") || frame(c, "according")) return { type: "none" };
      // "…," X said, using the Philippine term …: a participle phrase after the comma closes the attribution;
      // so does a connective opening another clause ("…, he said, but debris could fall …").
      if ((PARTICIPLE.test(key(scene, j + 1)) && !frame(c, "adjunct")) || frame(c, "connective")) return { type: "none" };
      // "told the court on Monday, 28 April, that …": the comma inside a date, and the one closing it.
      if (adjunct && /^\d/.test(scene.tokens.raw[c.at]!)) {
        j++;
        continue;
      }
      if (adjunct && key(scene, j + 1) === "that" && !scene.tokens.poss[c.at]) return { type: "that", start: chunkEndOf(scene, j + 1) };
      if (gap(c) && /^\s*,/.test(afterChunk(scene, j + 1))) {
        j += 1; // ", however," between the cue and its clause
        continue;
      }
      return adjunct ? { type: "none" } : { type: "other" };
    }
    if (/[“"„«]/.test(between)) return { type: "other" };
    // "that" as the complementiser, not the pronoun of "that's".
    if (key(scene, j + 1) === "that" && !scene.tokens.poss[c.at]) return { type: "that", start: chunkEndOf(scene, j + 1) };
    // "pledged to strengthen …": "to" opens the object of a verb that takes one; after "said" it opens an
    // adverbial ("said to reporters that …").
    if (key(scene, j + 1) === "to" && !adjunct) {
      if (cue.verb.takes.includes("object")) return { type: "object", start: chunkStartOf(scene, j + 1) };
      adjunct = true;
      timeOnly = false;
      j++;
      continue;
    }
    // "said Nov. 4 that …", "said Jan. 15, 2020, that …": a month is a bare time only with its day after it, and
    // the two are stepped over together ("said May 2020 had been …" opens the clause).
    const dated = monthNumber(key(scene, j + 1)) !== undefined && DAY.test(key(scene, j + 2)) && /^\.?\s+$/.test(afterChunk(scene, j + 1));
    const bareTime = dated || BARE_TIME.has(key(scene, j + 1));
    if (frame(c, "adjunct") || bareTime || (adjunct && !timeOnly)) {
      adjunct = true;
      timeOnly &&= bareTime;
      j += dated ? 2 : 1;
      continue;
    }
    const start = chunkStartOf(scene, j + 1);
    if (cue.verb.takes.includes("bare")) return { type: "bare", start };
    if (cue.verb.takes.includes("object")) return { type: "object", start };
    return { type: "other" };
  }
  return { type: "other" };
}
