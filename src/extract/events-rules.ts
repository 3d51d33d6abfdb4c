import { packIndex, type Pack, type PackEvent } from "../core/pack.js";
import { clauseAt, clausesOf, type Clause } from "./events-clauses.js";
import { eventsVocab, matchesIn } from "./events-vocab.js";
import { NOUN_AFTER_TIME_WORDS, NOUN_BEFORE_OF_CHARS } from "./events-tuning.js";
import { prepRole } from "./time-vocab.js";
import type { Sentence, Span, TimeRef } from "./types.js";

// The event extractors, in order of preference when two find the same event (events.ts settles overlaps):
//   event/pack-name    a pack event named in a clause ("Despite the 1951 San Francisco Peace Treaty"), with
//                      a time of the clause that fits its date, if any
//   event/noun-time    an event noun with a time that is part of its name: "the 2025 Diplomatic Blue Book",
//                      "the statement of March 21, 2022"
//   event/clause-time  a clause with the time of what it tells, an act (verb) or occurrence (noun) and an
//                      actor or an occurrence: "In March 2022, the Russian Foreign Ministry announced …",
//                      "the rally … held in Tokyo on Tuesday", "Later this month he will hold a summit"; a vague
//                      time ("recently") is kept only if the clause turns out to tell a pack event
// Times that bound a clause ("since 2018", "until 2020") date nothing here.

export interface Candidate {
  ruleId: string;
  sentence: number;
  clause: Clause;
  /** The narrower words that name the event ("the 1956 declaration"), for telling apart two in one clause. */
  phrase: Span | null;
  time: TimeRef | null;
  /** The word that makes it an event: the act, the occurrence, or the name. */
  cue: string;
  /** A pack event named in the clause (event/pack-name). */
  named?: PackEvent;
}

export interface RuleInput {
  text: string;
  sentences: readonly Sentence[];
  times: readonly TimeRef[];
  pack: Pack | null;
}

const BOUND_ROLES = new Set(["since", "until", "after", "before"]);
export const isBound = (t: TimeRef): boolean => typeof t.prep === "string" && BOUND_ROLES.has(prepRole(t.prep) ?? "");
const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;
const overlapping = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

interface Located {
  index: number;
  sentence: Sentence;
  clauses: Clause[];
}

function locate(input: RuleInput, span: Span, cache: Map<number, Clause[]>): Located | null {
  const index = input.sentences.findIndex((s) => inside(span, s));
  if (index < 0) return null;
  const sentence = input.sentences[index]!;
  let clauses = cache.get(index);
  if (!clauses) cache.set(index, (clauses = clausesOf(sentence)));
  return { index, sentence, clauses };
}

function packName(input: RuleInput, out: Candidate[]): void {
  if (!input.pack) return;
  input.sentences.forEach((sentence, index) => {
    for (const clause of clausesOf(sentence)) {
      for (const m of packIndex(input.pack!).eventsIn(clause.text)) {
        const phrase = { start: clause.start + m.start, end: clause.start + m.end };
        const times = input.times.filter((t) => inside(t, clause) && !isBound(t) && !t.expr.vague);
        // The time nearest the name; events.ts keeps it only if it fits the pack's date.
        const near = times.sort((a, b) => distance(a, phrase) - distance(b, phrase))[0] ?? null;
        out.push({ ruleId: "event/pack-name", sentence: index, clause, phrase, time: near, cue: m.text, named: m.event });
      }
    }
  });
}

const distance = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : Math.max(0, a.start - b.end));

function nounTime(input: RuleInput, out: Candidate[], cache: Map<number, Clause[]>): void {
  const v = eventsVocab();
  for (const t of input.times) {
    if (!t.attributive || t.expr.vague) continue;
    const at = locate(input, t, cache);
    const clause = at && clauseAt(at.clauses, t);
    if (!at || !clause) continue;
    // "the 2025 Diplomatic Blue Book": the noun within a few words after the time, no punctuation between.
    const after = new RegExp(`^(?:\\s+[\\p{L}][\\p{L}'’-]*){0,${NOUN_AFTER_TIME_WORDS}}`, "u").exec(input.text.slice(t.end, clause.end))?.[0] ?? "";
    const noun = matchesIn(v.noun, after, t.end)[0];
    if (noun) {
      out.push({ ruleId: "event/noun-time", sentence: at.index, clause, phrase: { start: t.start, end: noun.end }, time: t, cue: noun.text });
      continue;
    }
    // "the statement of March 21, 2022": the noun right before "of".
    if (t.prep === "of") {
      const base = Math.max(clause.start, t.start - NOUN_BEFORE_OF_CHARS);
      const lead = input.text.slice(base, t.start);
      const before = lead.slice(0, /\s*of\s*$/i.exec(lead)?.index ?? lead.length);
      const m = v.nounAtEnd.exec(before);
      if (m) {
        const start = base + m.index;
        out.push({ ruleId: "event/noun-time", sentence: at.index, clause, phrase: { start, end: t.end }, time: t, cue: m[0].trim() });
      }
    }
  }
}

function clauseTime(input: RuleInput, out: Candidate[], cache: Map<number, Clause[]>, hasActor: (c: Clause, i: number) => boolean): void {
  const v = eventsVocab();
  for (const t of input.times) {
    if (t.attributive || isBound(t)) continue;
    const at = locate(input, t, cache);
    const clause = at && clauseAt(at.clauses, t);
    if (!at || !clause) continue;
    const body = clause.text;
    const acts = matchesIn(v.verb, body, clause.start).filter((m) => !overlapping(m, t));
    const things = matchesIn(v.noun, body, clause.start).filter((m) => !overlapping(m, t));
    if (acts.length + things.length === 0) continue;
    if (things.length === 0 && !hasActor(clause, at.index)) continue;
    const cue = [...acts, ...things].sort((a, b) => distance(a, t) - distance(b, t))[0]!;
    out.push({ ruleId: "event/clause-time", sentence: at.index, clause, phrase: null, time: t, cue: cue.text });
  }
}

/** Every candidate event of a document, in rule order. */
export function eventCandidates(input: RuleInput, hasActor: (c: Clause, sentence: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const cache = new Map<number, Clause[]>();
  packName(input, out);
  nounTime(input, out, cache);
  clauseTime(input, out, cache, hasActor);
  return out;
}
