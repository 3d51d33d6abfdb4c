import { lexicon } from "../core/lexicon.js";
import { dateInterval, packIndex, type Pack, type PackEvent } from "../core/pack.js";
import type { Interval } from "../core/pack-dates.js";
import { needsReference, referencesFor } from "../extract/time-expr.js";
import type { Mention, Sentence, TimeRef } from "../extract/types.js";
import type { DateConstraint } from "./infer-date-combine.js";
import { EVENT_NAME_WEIGHT, MIN_MATCH_WORD, STEM_CHARS } from "./infer-date-tuning.js";

// Relative time words that point at a dated pack event date the article: "Last year Putin proposed …"
// matched to Putin's proposal of 2018 → the article is of 2019; "Later this month he will hold a summit
// with … Abe" matched to the Putin–Abe summit of 2019-01-22 → January 2019, before the 22nd.
// A sentence is matched to events by what they share: the event's name, its actors, its words. The best
// matches are kept together as alternatives; other evidence decides between them.

interface Scored {
  event: PackEvent;
  score: number;
  why: string[];
}

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= MIN_MATCH_WORD);
const sameWord = (a: string, b: string): boolean => {
  const n = Math.min(STEM_CHARS, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
};

/** Words that say nothing about which event is meant: function words, and the story's names and topic. */
function ignoredWords(pack: Pack): Set<string> {
  const names = [
    ...lexicon("infer-date-stopwords"),
    ...pack.issue.topicCues,
    ...pack.sides.flatMap((s) => [s.name, ...s.names, ...s.demonyms, ...s.capitals]),
    ...pack.actors.flatMap((a) => [a.name, ...a.aliases]),
    ...pack.offices.flatMap((o) => [o.title, ...o.aliases, ...(o.contextAliases ?? [])]),
  ];
  return new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)));
}

const cache = new WeakMap<Pack, { ignored: Set<string>; vocab: Map<PackEvent, string[]> }>();
function eventWords(pack: Pack) {
  let c = cache.get(pack);
  if (!c) {
    const vocab = new Map(pack.events.map((e) => [e, words([...e.names, e.description].join(" "))] as const));
    cache.set(pack, (c = { ignored: ignoredWords(pack), vocab }));
  }
  return c;
}

/** Events whose date fits the parts the words state ("In November …" → a November event). */
function fits(t: TimeRef, e: PackEvent): boolean {
  const [, month, day] = e.date.split("-").map(Number);
  if (t.expr.month !== undefined && month !== t.expr.month) return false;
  if (t.expr.day !== undefined && day !== t.expr.day) return false;
  return true;
}

function score(t: TimeRef, s: Sentence, actors: Set<string>, pack: Pack): Scored[] {
  const index = packIndex(pack);
  const { ignored, vocab } = eventWords(pack);
  const named = new Set(index.eventsIn(s.text).map((m) => m.event));
  const timeWords = new Set(words(t.text));
  const content = [...new Set(words(s.text))].filter((w) => !ignored.has(w) && !timeWords.has(w));
  const out: Scored[] = [];
  for (const event of pack.events.filter((e) => fits(t, e))) {
    const why: string[] = [];
    const sharedActors = event.actors.filter((a) => actors.has(a) && index.actor(a) !== undefined);
    const eventVocab = vocab.get(event) ?? [];
    const shared = content.filter((w) => eventVocab.some((v) => sameWord(w, v)));
    const byName = named.has(event);
    if (!byName && sharedActors.length < 2 && !(sharedActors.length >= 1 && shared.length >= 1)) continue;
    if (byName) why.push("named");
    if (sharedActors.length) why.push(sharedActors.join("+"));
    if (shared.length) why.push(shared.map((w) => `'${w}'`).join(" "));
    out.push({ event, score: (byName ? EVENT_NAME_WEIGHT : 0) + sharedActors.length + shared.length, why });
  }
  const best = Math.max(...out.map((o) => o.score));
  return out.filter((o) => o.score === best);
}

const span = (i: Interval): string => (i.start === i.end ? i.start : `${i.start}..${i.end ?? "now"}`);

/** One constraint per relative time expression that points at pack events. */
export function eventConstraints(
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  times: readonly TimeRef[],
  pack: Pack,
): DateConstraint[] {
  const out: DateConstraint[] = [];
  for (const t of times) {
    if (!needsReference(t.expr) || t.attributive) continue;
    const s = sentences.find((x) => t.start >= x.start && t.end <= x.end);
    if (!s) continue;
    const actors = new Set(mentions.filter((m) => m.start >= s.start && m.end <= s.end).flatMap((m) => m.entity.actorId ?? []));
    const options = score(t, s, actors, pack).flatMap((o) => {
      const days = referencesFor(t.expr, dateInterval(o.event.date));
      return days ? [{ ...o, days }] : [];
    });
    if (options.length === 0) continue;
    const each = options.map((o) => `${o.event.names[0]} (${o.event.date}; ${o.why.join(", ")}) → ${span(o.days)}`);
    out.push({ ruleId: "infer-date/event-relative", basis: `'${t.text}' + ${each.join(" or ")}`, days: options.map((o) => o.days) });
  }
  return out;
}
