import { lexicon } from "../core/lexicon.js";
import { packIndex, type Pack, type PackEvent } from "../core/pack.js";
import { dateInterval, overlaps, widestInterval, type Interval } from "../core/pack-dates.js";
import { isEventWord, sameFamily } from "./events-vocab.js";
import { COMMON_WORD_SHARE, LINK_MIN, MIN_MATCH_WORD, PHRASE_WEIGHT, SIDE_WEIGHT, STEM_CHARS } from "./events-tuning.js";
import type { Mention, Span } from "./types.js";

// Which of the pack's events a clause tells of. By name first ("the 1956 declaration"), when the date fits;
// else by what the clause shares with an event whose date fits:
//   - its actors (Putin, Abe), and its sides (a "Moscow" for RU), weighed less;
//   - its words ("banned" ~ "ban", "summit"), from its names and description; a word found in the names of
//     many of the pack's events ("treaty") tells none of them apart, and names of actors and sides count as
//     actors, not words;
//   - a phrase of two words from its names that no other event's names share ("joint declaration").
// The best match must be unique; a tie links nothing.

export interface PackLink {
  event: PackEvent;
  /** How it was found, readable: "named 'Potsdam Declaration'", "RU-PUTIN+JP-ABE, 'summit'". */
  why: string;
  named: boolean;
}

export interface LinkInput {
  /** The clause, its text and offsets in the document. */
  clause: Span & { text: string };
  /** The days the clause's time allows; null when the words give no date. */
  when: Interval | null;
  /** The last day the article may speak of (its own date), bounding an undated clause. */
  notAfter: string | null;
  /** Mentions that name the clause's actors. */
  actors: readonly Mention[];
  /** The time words, which are not content. */
  timeText: string | null;
}

const tokens = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
const words = (s: string): string[] => tokens(s).filter((w) => w.length >= MIN_MATCH_WORD || isEventWord(w));
const sameWord = (a: string, b: string): boolean => {
  const n = Math.min(STEM_CHARS, a.length, b.length);
  return (n >= MIN_MATCH_WORD && a.slice(0, n) === b.slice(0, n)) || sameFamily(a, b);
};
/** Pairs of neighbouring content words: "soviet japanese", "joint declaration". */
const pairs = (s: string, ignored: Set<string>): string[] => {
  const t = tokens(s);
  return t.slice(1).flatMap((w, i) => (ignored.has(w) || ignored.has(t[i]!) ? [] : [`${t[i]} ${w}`]));
};

interface EventWords {
  vocab: string[];
  phrases: Set<string>;
}
interface PackWords {
  ignored: Set<string>;
  /** Function words and the names of actors, sides and offices: not part of a telling phrase. */
  nameWords: Set<string>;
  events: Map<PackEvent, EventWords>;
}
const cache = new WeakMap<Pack, PackWords>();

function packWords(pack: Pack): PackWords {
  let c = cache.get(pack);
  if (c) return c;
  const names = [
    ...pack.sides.flatMap((s) => [s.name, ...s.names, ...s.demonyms, ...s.capitals]),
    ...pack.actors.flatMap((a) => [a.name, ...a.aliases]),
    ...pack.offices.flatMap((o) => [o.title, ...o.aliases]),
  ];
  const nameWords = new Set([...lexicon("events-stopwords"), ...names.flatMap(tokens)]);
  // The story's own words ("peace", "islands") say which story, not which event; event words stay.
  const topic = pack.issue.topicCues.flatMap(tokens).filter((w) => !isEventWord(w));
  const ignored = new Set([...nameWords, ...topic]);
  const inNames = new Map<string, number>();
  const phraseCount = new Map<string, number>();
  for (const e of pack.events) {
    for (const w of new Set(words(e.names.join(" ")))) inNames.set(w, (inNames.get(w) ?? 0) + 1);
    for (const p of new Set(e.names.flatMap((n) => pairs(n, nameWords)))) phraseCount.set(p, (phraseCount.get(p) ?? 0) + 1);
  }
  for (const [w, n] of inNames) if (n / pack.events.length > COMMON_WORD_SHARE) ignored.add(w);
  const events = new Map(
    pack.events.map((e) => [
      e,
      {
        vocab: [...new Set(words([...e.names, e.description].join(" ")))].filter((w) => !ignored.has(w)),
        phrases: new Set(e.names.flatMap((n) => pairs(n, nameWords)).filter((p) => phraseCount.get(p) === 1)),
      },
    ] as const),
  );
  cache.set(pack, (c = { ignored, nameWords, events }));
  return c;
}

const eventDays = (e: PackEvent): Interval => widestInterval(e.date, e.end ?? e.date);

/** True when the event may be what the clause's date (or, undated, the article's date) allows. */
function dateFits(e: PackEvent, input: Pick<LinkInput, "when" | "notAfter">): boolean {
  if (input.when) return overlaps(input.when, eventDays(e));
  return input.notAfter === null || dateInterval(e.date).start <= input.notAfter;
}

/** The pack event the clause names, when its date fits; the first named one wins. */
export function linkByName(input: LinkInput, pack: Pack): PackLink | null {
  for (const m of packIndex(pack).eventsIn(input.clause.text)) {
    if (dateFits(m.event, input)) return { event: m.event, why: `named '${m.text}'`, named: true };
  }
  return null;
}

/** The pack event the clause shares most with, if the evidence is enough and the best is unique. */
export function linkByWords(input: LinkInput, pack: Pack): PackLink | null {
  const { ignored, nameWords, events } = packWords(pack);
  const index = packIndex(pack);
  const timeWords = new Set(tokens(input.timeText ?? ""));
  const content = [...new Set(words(input.clause.text))].filter((w) => !ignored.has(w) && !timeWords.has(w));
  const clausePairs = new Set(pairs(input.clause.text, nameWords));
  const actorIds = new Set(input.actors.flatMap((m) => m.entity.actorId ?? []));
  const sides = new Set(input.actors.flatMap((m) => m.entity.country ?? []));
  const scored: { link: PackLink; score: number }[] = [];
  for (const event of pack.events) {
    if (!dateFits(event, input)) continue;
    const own = events.get(event)!;
    const actors = event.actors.filter((a) => actorIds.has(a) && index.actor(a) !== undefined);
    const sideHits = event.actors.filter((a) => sides.has(a) && index.side(a) !== undefined);
    const shared = content.filter((w) => own.vocab.some((v) => sameWord(w, v)));
    const phrases = [...own.phrases].filter((p) => clausePairs.has(p));
    const enough =
      actors.length >= LINK_MIN.actors ||
      (actors.length >= LINK_MIN.actorAndWords[0] && shared.length >= LINK_MIN.actorAndWords[1]) ||
      (input.when !== null && phrases.length > 0);
    if (!enough) continue;
    const why = [[...actors, ...sideHits].join("+"), [...phrases, ...shared].map((w) => `'${w}'`).join(" ")].filter(Boolean).join(", ");
    const score = actors.length + SIDE_WEIGHT * sideHits.length + shared.length + PHRASE_WEIGHT * phrases.length;
    scored.push({ link: { event, why, named: false }, score });
  }
  scored.sort((a, b) => b.score - a.score);
  if (scored.length === 0 || (scored.length > 1 && scored[1]!.score === scored[0]!.score)) return null;
  return scored[0]!.link;
}
