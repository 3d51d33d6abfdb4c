import { precisionOf, type Pack } from "../core/pack.js";
import { dateInterval, type Interval } from "../core/pack-dates.js";
import { actorMentionsIn, actorsIn, type ActorContext } from "./events-actors.js";
import { linkByName, linkByWords, type PackLink } from "./events-pack.js";
import { segmentAt } from "./events-clauses.js";
import { eventCandidates, type Candidate } from "./events-rules.js";
import { referenceOf, type TimeAnchor } from "./time-anchor.js";
import { needsReference, resolveExpr } from "./time-expr.js";
import type { Mention, Sentence, TextEvent, TimeRef } from "./types.js";

// Events a document tells of: the extractors (events-rules.ts) propose candidates; here each is linked to a
// pack event, dated, and overlaps are settled. Dates keep the words apart from the date they were read against
// (like said_on), so resolveEvents() can read them again once an undated article's date is inferred.
//
// The date: the clause's time words at the precision they support; with no time words (or only a vague one
// such as "recently") the pack's date of the event the clause names or tells of; else no event.

export interface EventsInput {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  times: readonly TimeRef[];
  anchor: TimeAnchor;
  pack: Pack | null;
}

/** Separates the words from the date they were read against, so a later reading can replace it. */
const READ_AGAINST = " — read against ";
const RULE_ORDER = ["event/pack-name", "event/noun-time", "event/clause-time"];

const timeWords = (t: TimeRef): string => [t.prep, t.text].filter(Boolean).join(" ");
const intervalOf = (t: TimeRef | null): Interval | null => (t?.value ? dateInterval(t.value) : null);

function linkOf(c: Candidate, input: EventsInput, actorCtx: ActorContext, notAfter: string | null): PackLink | null {
  if (!input.pack) return null;
  const clause = c.clause;
  const actors = actorMentionsIn(clause, c.sentence, actorCtx);
  const when = c.time?.expr.vague ? null : intervalOf(c.time);
  if (c.named) return { event: c.named, why: `named '${c.cue}'`, named: true };
  const base = { clause, when, notAfter, actors, timeText: c.time?.text ?? null };
  return linkByName(base, input.pack) ?? linkByWords(base, input.pack);
}

/** The date of a candidate and its basis; null when it has none (a vague time not linked to the pack). */
function dateOf(c: Candidate, link: PackLink | null, input: EventsInput): Pick<TextEvent, "date" | "precision" | "basis" | "expr"> | null {
  const pack = link ? `the pack's '${link.event.names[0]}' (${link.event.date}; ${link.why})` : "";
  const t = c.time;
  // A named event's time counts only when it fits the pack's date: "In 2018, … the 1956 declaration" is two events.
  const useTime = t !== null && !t.expr.vague && (!c.named || (t.value !== null && link !== null && overlapsPack(t.value, link)));
  if (t && useTime) {
    const planned = t.future ? "planned: " : "";
    const words = `${planned}'${timeWords(t)}' with '${c.cue}'${pack ? `; ${pack}` : ""}`;
    if (!needsReference(t.expr)) return { date: t.value, precision: t.precision, basis: words, expr: null };
    const reference = referenceOf(input.anchor);
    const against = reference ? reference.basis : "no date known for the article yet";
    return { date: t.value, precision: t.precision, basis: `${words}${READ_AGAINST}${against}`, expr: t.expr };
  }
  if (!link) return null;
  const vague = t?.expr.vague ? `'${t.text}' gives no date; ` : "";
  return { date: link.event.date, precision: precisionOf(link.event.date), basis: `${vague}dated by ${pack}`, expr: null };
}

const overlapsPack = (value: string, link: PackLink): boolean => {
  const a = dateInterval(value);
  const b = dateInterval(link.event.date);
  return a.start <= (link.event.end ? dateInterval(link.event.end).end! : b.end!) && b.start <= a.end!;
};

/** One event per pack event per sentence and per time expression; then no two events on the same words. */
function settle(
  events: (TextEvent & { phrase: { start: number; end: number } | null; time: TimeRef | null })[],
  actorsOf: (span: { start: number; end: number }, sentence: number) => string[],
): TextEvent[] {
  const kept: typeof events = [];
  for (const e of events) {
    const same = kept.find(
      (k) => k.sentence === e.sentence && ((e.packEventId !== null && k.packEventId === e.packEventId) || (e.time !== null && k.time === e.time)),
    );
    if (!same) kept.push(e);
    else if (same.packEventId === null && e.packEventId !== null) Object.assign(same, { packEventId: e.packEventId, basis: e.basis });
  }
  const out: typeof kept = [];
  for (const e of kept) {
    const clash = out.find((k) => k.start === e.start && k.end === e.end);
    if (!clash) {
      out.push(e);
      continue;
    }
    // Two events told by one clause: a named one keeps only its name, and the actors named there; another time
    // keeps the comma-separated part it is in ("…, was sideswiped on Friday"), or goes if that is all there is.
    if (clash.phrase && !e.phrase) {
      Object.assign(clash, clash.phrase, { actors: actorsOf(clash.phrase, clash.sentence) });
      out.push(e);
      continue;
    }
    const narrow = e.phrase ?? (e.time ? segmentAt({ start: e.start, end: e.end, text: e.text }, e.time) : null);
    if (!narrow || out.some((k) => k.start === narrow.start && k.end === narrow.end)) continue;
    out.push({ ...e, ...narrow, actors: actorsOf(narrow, e.sentence) });
  }
  return out
    .map(({ phrase: _p, time: _t, ...e }) => e)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

export function findEvents(input: EventsInput): TextEvent[] {
  const ctx = { text: input.text, mentions: input.mentions, sentences: input.sentences, pack: input.pack };
  const candidates = eventCandidates(input, (clause, i) => actorsIn(clause, i, ctx).length > 0);
  candidates.sort((a, b) => RULE_ORDER.indexOf(a.ruleId) - RULE_ORDER.indexOf(b.ruleId));
  const notAfter = referenceOf(input.anchor)?.interval.end ?? null;
  const events = candidates.flatMap((c) => {
    const link = linkOf(c, input, ctx, notAfter);
    if (c.named && !link) return [];
    const dated = dateOf(c, link, input);
    if (!dated) return [];
    return [{
      start: c.clause.start,
      end: c.clause.end,
      text: c.clause.text,
      sentence: c.sentence,
      ...dated,
      actors: actorsIn(c.clause, c.sentence, ctx),
      packEventId: link?.event.id ?? null,
      ruleId: c.ruleId,
      phrase: c.phrase,
      time: c.time,
    }];
  });
  return settle(events, (span, i) => actorsIn(span, i, ctx)).map((e) => ({ ...e, text: input.text.slice(e.start, e.end) }));
}

/** Events read again against a newly known document date (an undated article whose date was inferred). */
export function resolveEvents(events: readonly TextEvent[], anchor: TimeAnchor): TextEvent[] {
  const reference = referenceOf(anchor);
  return events.map((e) => {
    if (!e.expr) return e;
    const { value, precision } = resolveExpr(e.expr, reference?.interval ?? null);
    const words = e.basis.split(READ_AGAINST)[0]!;
    const against = reference ? reference.basis : "no date known for the article yet";
    return { ...e, date: value, precision, basis: `${words}${READ_AGAINST}${against}` };
  });
}
