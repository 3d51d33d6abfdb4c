import { frame } from "./mentions-chunks.js";
import { tokenAtOrAfter } from "./mentions-tokens.js";
import { complementOf } from "./quotes-complement.js";
import type { Cue } from "./quotes-cues.js";
import type { Candidate } from "./quotes-direct.js";
import { afterChunk, chunkEndOf, chunkStartOf, mentionLead, sentenceAt, type Scene } from "./quotes-scene.js";
import { clauseSpan, objectSpan, quotesIn, shape, trimSpan } from "./quotes-spans.js";
import { grammarAlternation, grammarWords } from "./mentions-vocab.js";
import { BARE_VERB_WINDOW, MAX_ACCORDING_INTRO_WORDS, MIN_FRONT_WORDS } from "./quotes-tuning.js";
import { anchorOf, canSpeak } from "./speakers-subject.js";
import type { Span } from "./types.js";

// Reported speech:
//   X said (that) …, X has repeatedly stated that …, Earlier, X confirmed that …     (clause after the cue)
//   X reaffirmed its commitment to …, X labeled … as …, X called the idea "…"        (object of the cue)
//   …, X said. / …, said X. / …, X told a briefing on Friday.                          (clause fronted before it)
//   according to X, … / …, according to X.

const cueSpan = (cue: Cue): Span & { text: string } => ({ start: cue.start, end: cue.end, text: cue.text });

let secondThat: RegExp | undefined;

/** A that-clause followed by ", and that …" / ", but that …": the two clauses. */
function splitThat(scene: Scene, span: Span): Span[] {
  secondThat ??= new RegExp(`,\\s*(?:${grammarAlternation("verb-coordinator")})\\s+that\\s`, "i");
  const m = secondThat.exec(scene.text.slice(span.start, span.end));
  if (!m) return [span];
  const first = trimSpan(scene.text, span.start, span.start + m.index);
  const second = trimSpan(scene.text, span.start + m.index + m[0].length, span.end);
  return [first, second].filter((x): x is Span => x !== null);
}

/** "reiterated the position that settlements are illegal", "lamented the fact that …": the clause is what is said. */
function contentClause(scene: Scene, span: Span, limit: number): Span | null {
  const m = /^(?:\S+\s+){0,3}?(\S+)\s+that\s/i.exec(scene.text.slice(span.start, Math.min(limit, span.start + 80)));
  if (!m || !grammarWords("content-noun").has(m[1]!.toLowerCase())) return null;
  return clauseSpan(scene, span.start + m[0].length, limit);
}

/** What an object must carry to be a statement: "called the idea "…"", "described X as Y". */
function objectFits(scene: Scene, cue: Cue, span: Span): boolean {
  const text = scene.text.slice(span.start, span.end);
  const quoted = quotesIn(scene, span).length > 0;
  const all = text.toLowerCase().split(/\s+/);
  const words = all.slice(1);
  // "whether it acknowledges it or not": a pronoun and little else says nothing.
  if (!quoted && all.length <= 3 && grammarWords("empty-object").has(all[0]!)) return false;
  if (cue.verb.needs === "as-or-quote") return quoted || words.includes("as");
  if (cue.verb.needs === "complement") return quoted || words.some((w) => grammarWords("complement-marker").has(w));
  return true;
}

/**
 * Words after a cue without "that" are a clause unless they open with a verb ("… and claims are under …"). For
 * verbs that also take objects or are marked `strictBare`, a verb must show in the first words too: an
 * auxiliary, a past form, or a present form after a name or a pronoun ("they would work", "the army chief
 * harboured", "Japan remains"); "claims the islands" is not a clause.
 */
function bareClause(scene: Scene, start: number, end: number, strict: boolean): boolean {
  const aux = grammarWords("auxiliary");
  const pronouns = grammarWords("subject-pronoun");
  const t = scene.tokens;
  const first = tokenAtOrAfter(t, start);
  if (first >= t.count || aux.has(t.keys[first]!)) return false;
  // "said" takes a clause as a rule: only a verb right after it ("… and claims are …") says otherwise.
  if (!strict) return true;
  // The verb must show before a colon or a quotation opens: "confirming the eviction read: \"We can …\"".
  const stop = /[:;"“«]/.exec(scene.text.slice(start, Math.min(end, start + 200)));
  if (stop) end = start + stop.index;
  for (let i = first; i < t.count && i < first + BARE_VERB_WINDOW && t.starts[i]! < end; i++) {
    const k = t.keys[i]!;
    if (aux.has(k) || (i > first && /[a-z]ed$/.test(k))) return true;
    if (i > first && /[^su]s$/.test(k) && (t.cap[i - 1] || pronouns.has(t.keys[i - 1]!))) return true;
  }
  return false;
}

export function reported(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of scene.cues) {
    let comp = complementOf(scene, cue);
    const strict = cue.verb.strictBare || cue.verb.takes.includes("object");
    if (comp.type === "bare" && !bareClause(scene, comp.start, scene.sentences[cue.sentence]!.end, strict)) {
      // Not a clause: the object of a verb that takes one ("noted the importance of …"), else nothing.
      if (!cue.verb.takes.includes("object")) continue;
      comp = { type: "object", start: comp.start };
    }
    if (comp.type !== "that" && comp.type !== "bare" && comp.type !== "object") continue;
    if (!cue.verb.takes.includes(comp.type)) continue;
    const anchor = cue.participle ? null : anchorOf(scene, cue);
    if (!anchor && !cue.participle) continue;
    const limit = scene.sentences[cue.sentence]!.end;
    let span = comp.type === "object" ? objectSpan(scene, comp.start, limit) : clauseSpan(scene, comp.start, limit);
    if (!span) continue;
    if (comp.type === "object") {
      const clause = contentClause(scene, span, limit);
      if (clause) span = clause;
      else {
        if (!objectFits(scene, cue, span)) continue;
        if (cue.verb.span === "with-cue") span = { start: cue.start, end: span.end };
      }
    }
    // "said that they had briefed the team, but that they did not know …": two clauses, two statements.
    const spans = comp.type === "that" ? splitThat(scene, span) : [span];
    for (const part of spans) {
      const shaped = shape(scene, part);
      out.push({
        kind: shaped.kind, ...shaped.span, cue: cueSpan(cue), anchor, verb: cue, sentence: cue.sentence,
        ruleId: `indirect/${comp.type}`, ...(comp.type === "object" && cue.verb.target ? { target: true } : {}),
      });
    }
  }
  return out;
}

// ", who heads the regional administration": a relative clause describes the source, it is not what they say.
let relative: RegExp | undefined;
const RELATIVE = (): RegExp => (relative ??= new RegExp(`^\\s*,\\s*(?:${grammarAlternation("relative")})\\b`, "i"));

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** "…, X said.": the cue closes its sentence and its speaker stands right after a comma (or after the verb). */
/** A possessor or a determiner with a descriptor before a speaker's name: "Mexico’s ", "the country’s national
 *  statistics agency ", "the state-run agency ". */
const POSSESSOR = /(?:(?:\bthe\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}[\p{L}.-]+['’]s\s+|\b(?:the|a|an)\s+)(?:[\p{Ll}-]+\s+){0,4}$/u;

export function fronted(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of scene.cues) {
    if (!cue.verb.takes.includes("front") || cue.participle) continue;
    if (complementOf(scene, cue).type !== "none") continue;
    const anchor = anchorOf(scene, cue);
    if (!anchor) continue;
    const s = scene.sentences[cue.sentence]!;
    let lead = anchor.ruleId === "speaker/cue-inverted" ? cue.start : mentionLead(scene.text, anchor.mention);
    // "…, Mexico’s National Statistics Institute said", "…, the country’s central bank said".
    const owner = POSSESSOR.exec(scene.text.slice(Math.max(s.start, lead - 60), lead));
    if (owner) lead -= owner[0].length;
    const comma = /,\s*$/.exec(scene.text.slice(s.start, lead));
    if (!comma) continue;
    const end = s.start + comma.index;
    const first = scene.chunks[scene.chunkOf[tokenAtOrAfter(scene.tokens, s.start)]!];
    const front = scene.text.slice(s.start, end);
    if (words(front) < MIN_FRONT_WORDS) continue;
    // "During an interview with TASS, X said." is an adverbial; "After 20 years of hostility, the US plans
    // to …, officials said" carries a clause after the adverbial's comma.
    if (frame(first, "opener") && !(front.includes(",") && words(front.slice(front.indexOf(",") + 1)) >= MIN_FRONT_WORDS)) continue;
    const span = clauseSpan(scene, s.start, end);
    if (!span) continue;
    const shaped = shape(scene, span);
    out.push({ kind: shaped.kind, ...shaped.span, cue: cueSpan(cue), anchor, verb: cue, sentence: cue.sentence, ruleId: "indirect/fronted" });
  }
  return out;
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
    const next = scene.chunks[j + 1];
    const m = next && /^\s+$/.test(afterChunk(scene, j)) ? scene.startingAt.get(next.at) : undefined;
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
