import { frame, general } from "./mentions-chunks.js";
import { tokenAtOrAfter } from "./mentions-tokens.js";
import { complementOf } from "./quotes-complement.js";
import type { Cue } from "./quotes-cues.js";
import type { Candidate } from "./quotes-direct.js";
import { afterChunk, chunkEndOf, chunkStartOf, mentionLead, quoteAround, sentenceAt, type Scene } from "./quotes-scene.js";
import { clauseSpan, dropOccasion, dropTrailingTime, objectSpan, quotesIn, shape, trimSpan } from "./quotes-spans.js";
import { grammarAlternation, grammarWords } from "./mentions-vocab.js";
import { BARE_VERB_WINDOW, MAX_ACCORDING_INTRO_WORDS, MAX_SOURCE_LEAD_WORDS, MIN_FRONT_WORDS } from "./quotes-tuning.js";
import { anchorOf, canSpeak, inCommas } from "./speakers-subject.js";
import type { Mention, Span } from "./types.js";

// Reported speech:
//   X said (that) …, X has repeatedly stated that …, Earlier, X confirmed that …     (clause after the cue)
//   X reaffirmed its commitment to …, X labeled … as …, X called the idea "…"        (object of the cue)
// The clause fronted before its cue is read in quotes-fronted.ts, "according to X" in quotes-according.ts.

const cueSpan = (cue: Cue): Span & { text: string } => ({ start: cue.start, end: cue.end, text: cue.text });

let secondThat: RegExp | undefined;

/** A that-clause followed by ", and that …" / ", but that …": the two clauses (without the comma it is one). */
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
export function bareClause(scene: Scene, start: number, end: number, strict: boolean): boolean {
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
    // (A capitalised word ending in -s is a name: "told Nine News".)
    if (i > first && !t.cap[i] && /[^su]s$/.test(k) && (t.cap[i - 1] || pronouns.has(t.keys[i - 1]!))) return true;
  }
  return false;
}

/** "denouncing it as “unacceptable”": a judging verb's object with an "as" complement labels, like "called". */
function labels(scene: Scene, span: Span): boolean {
  return /^\S+(?:\s+\S+){0,5}?\s+as\s/i.test(scene.text.slice(span.start, span.end));
}

export function reported(scene: Scene): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of scene.cues) {
    let comp = complementOf(scene, cue);
    // "warning of "dangerous consequences"": a quotation is the object of a verb that takes only objects.
    if (comp.type === "quote" && !cue.verb.takes.includes("quote") && cue.verb.takes.includes("object") && comp.quote.open >= 0) {
      comp = { type: "object", start: comp.quote.open };
    }
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
    let content = false;
    if (comp.type === "object") {
      const clause = contentClause(scene, span, limit);
      content = clause !== null;
      if (clause) span = clause;
      else {
        if (!objectFits(scene, cue, span)) continue;
        if (cue.verb.span === "with-cue") span = { start: cue.start, end: span.end };
      }
    }
    // "said that they had briefed the team, but that they did not know …", "said he thought that …, and that …":
    // two clauses, two statements.
    const spans = comp.type === "object" ? [span] : splitThat(scene, span);
    for (const part of spans) {
      // (Only objects: in a clause "his"/"their" may be the clause subject's.)
      // A time closing an object is the saying's ("called the idea “absurd” last year"); closing a clause it is
      // the clause's, unless it follows the speaker's quoted words.
      const timed = comp.type === "object" ? dropTrailingTime(scene, dropOccasion(scene, part), content) : dropTrailingTime(scene, part, true);
      const shaped = shape(scene, timed.span);
      out.push({
        ...(timed.saidAt ? { saidAt: timed.saidAt } : {}),
        kind: shaped.kind, ...shaped.span, cue: cueSpan(cue), anchor, verb: cue, sentence: cue.sentence,
        ruleId: `indirect/${comp.type}`, ...(comp.type === "object" && cue.verb.target && !labels(scene, part) ? { target: true } : {}),
      });
    }
  }
  return out;
}
