import { lexicon, wordsRegex } from "../core/lexicon.js";
import { prepRole } from "./time-vocab.js";
import { FUTURE_WORDS_AFTER, FUTURE_WORDS_BEFORE, LEAD_CLAUSE_MIN_WORDS, LEAD_SENTENCES } from "./time-tuning.js";
import { quotedStretches } from "./said-on-window.js";
import type { Mention, Sentence, Span, TimeRef } from "./types.js";

// The scenes an untimed statement may belong to, found in one pass over the document's sentences:
//   persons:   "Hijazi told the court on Monday, 28 April, …" — a person named in a clause with its time
//   occasions: "in a written submission to the court on 28 February" — an occasion word dated where the
//              speaker is named, so "In its written submission, Israel said …" later is that occasion
//   leads:     "On Wednesday, representatives for the US defended …" — a sentence that opens with its time
//   story day: "Troops yesterday launched exercises …" — the day the article's lead puts its news on

/** A sentence that dates something, and the time that does. */
export interface SceneTime {
  sentence: number;
  time: TimeRef;
}

export interface Scenes {
  /** The latest sentence before `before` that names the person `key` in a clause with a time of its own. */
  person(key: string, before: number): SceneTime | null;
  /** The latest sentence before `before` that dates the occasion word `occasion` and names or quotes `key`. */
  occasion(occasion: string, key: string, before: number): SceneTime | null;
  /** The time sentence i opens with ("On Wednesday, …"), if it opens with one. */
  lead(i: number): TimeRef | null;
  /** The day of the article's news: the first time of its clause among the lead's sentences, when that sentence
   *  reports nobody's words; or null. */
  storyTime: TimeRef | null;
}

/** What the scenes are found in, per sentence: its times, mentions, reported words and the speakers it quotes. */
export interface SentenceParts {
  times: readonly TimeRef[];
  mentions: readonly Mention[];
  reported: readonly Span[];
  speakers: readonly string[];
  reports: boolean;
}

// Prepositions that make a time a bound of something, not the time of the clause ("since 2018").
const BOUND_ROLES = new Set(["since", "until", "after", "before"]);
export const isBound = (t: TimeRef): boolean => t.prep !== null && t.prep !== undefined && BOUND_ROLES.has(prepRole(t.prep) ?? "");
const within = (t: Span, s: Span): boolean => t.start >= s.start && t.end <= s.end;
/** A time that says when its clause happened: not a bound, not part of a name, not vague, not ahead. */
const timeOfClause = (t: TimeRef): boolean => !isBound(t) && !t.attributive && !t.expr.vague && !t.future;

let occasionWords: RegExp | undefined;
const occasionRegex = (): RegExp => (occasionWords ??= new RegExp(wordsRegex(lexicon("said-on-occasions")).source, "giu"));
/** Occasion words, keyed by their last word so "a written submission" and "its submission" are one occasion. */
export function occasionsIn(text: string): { key: string; start: number; end: number }[] {
  return [...text.matchAll(occasionRegex())].map((m) => ({
    key: m[0].toLowerCase().split(/\s+/).pop()!,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

let futureWords: RegExp | undefined;
/** A time with a future auxiliary right by it, in its clause ("on Thursday will reveal", "will meet on Friday"). */
function inFutureClause(s: Sentence, t: TimeRef): boolean {
  futureWords ??= wordsRegex(lexicon("time-future-clause"));
  const head = s.text.slice(0, t.start - s.start);
  const tail = s.text.slice(t.end - s.start);
  // the clause around the time: back to the last clause break, on to the next
  const behind = head.slice(head.search(/[^,;:—–()]*$/)).split(/\s+/).filter(Boolean).slice(-FUTURE_WORDS_BEFORE).join(" ");
  const ahead = tail.split(/[,;:—–()]/)[0]!.split(/\s+/).filter(Boolean).slice(0, FUTURE_WORDS_AFTER).join(" ");
  return futureWords.test(behind) || futureWords.test(ahead);
}

/** A sentence with words of its own besides its time: not a stamp line ("1 day ago", "Friday, 2 May 2025"). */
const isClause = (s: Sentence, t: TimeRef): boolean =>
  (s.text.slice(0, t.start - s.start) + " " + s.text.slice(t.end - s.start)).split(/[^\p{L}]+/u).filter(Boolean).length >= LEAD_CLAUSE_MIN_WORDS;

/** The latest entry before `before` in a list sorted by sentence (binary search). */
function latestBefore(list: readonly SceneTime[] | undefined, before: number): SceneTime | null {
  if (!list) return null;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sentence < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : null;
}

export function findScenes(sentences: readonly Sentence[], parts: (i: number) => SentenceParts): Scenes {
  const persons = new Map<string, SceneTime[]>();
  const occasions = new Map<string, SceneTime[]>();
  const leads: (TimeRef | null)[] = sentences.map(() => null);
  let storyTime: TimeRef | null = null;
  let leadSeen = false;
  const add = (map: Map<string, SceneTime[]>, key: string, entry: SceneTime): void => {
    const list = map.get(key) ?? [];
    if (list[list.length - 1]?.sentence !== entry.sentence) list.push(entry);
    map.set(key, list);
  };
  sentences.forEach((s, i) => {
    const quoted = quotedStretches(s.text).map((q) => ({ start: q.start + s.start, end: q.end + s.start }));
    const usable = parts(i).times.filter((t) => timeOfClause(t) && !quoted.some((q) => within(t, q)) && !inFutureClause(s, t));
    if (!usable.length) return;
    const first = usable[0]!;
    // The lead's first time is its news's day, unless it is the time of somebody's words (then the lead is a
    // statement, and other speakers' reactions need not be of its day).
    if (i < LEAD_SENTENCES && !leadSeen && isClause(s, first)) {
      leadSeen = true;
      if (!parts(i).reports) storyTime = first;
    }
    const opening = s.text.slice(0, first.start - s.start).trim().toLowerCase();
    if (opening === "" || opening === first.prep) leads[i] = first;
    // A time inside someone's reported words is the time of what they reported, not of a person named
    // outside them ("Zelensky said Russia attacked on Saturday").
    const reported = parts(i).reported;
    const sameSide = (t: TimeRef, m: Span): boolean => reported.every((r) => within(t, r) === within(m, r));
    const nearest = (m: Span): TimeRef | null => {
      const near = usable.filter((t) => sameSide(t, m));
      const gap = (t: TimeRef): number => (t.end <= m.start ? m.start - t.end : Math.max(0, t.start - m.end));
      return near.sort((a, b) => gap(a) - gap(b))[0] ?? null;
    };
    const keys = new Set<string>(parts(i).speakers);
    for (const m of parts(i).mentions) {
      keys.add(m.entity.key);
      if (m.entity.kind !== "person" || (m.form !== "name" && m.form !== "title")) continue;
      const t = nearest(m);
      if (t) add(persons, m.entity.key, { sentence: i, time: t });
    }
    for (const o of occasionsIn(s.text)) {
      const span = { start: o.start + s.start, end: o.end + s.start };
      // the occasion's own time: in its clause, no clause break between them
      const t = usable.find((u) => {
        const [a, b] = u.end <= span.start ? [u.end, span.start] : [span.end, u.start];
        return b >= a && !/[,;:—–()]/.test(s.text.slice(a - s.start, b - s.start));
      });
      if (t) for (const key of keys) add(occasions, `${o.key}\u0000${key}`, { sentence: i, time: t });
    }
  });

  return {
    person: (key, before) => latestBefore(persons.get(key), before),
    occasion: (occasion, key, before) => latestBefore(occasions.get(`${occasion}\u0000${key}`), before),
    lead: (i) => leads[i] ?? null,
    storyTime,
  };
}
