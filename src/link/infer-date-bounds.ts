import { lexicon, wordsRegex } from "../core/lexicon.js";
import { dateInterval, packIndex, type Pack } from "../core/pack.js";
import type { Published } from "../core/types.js";
import { needsReference } from "../extract/time-expr.js";
import type { Sentence, TimeRef } from "../extract/types.js";
import type { DateConstraint } from "./infer-date-combine.js";
import { LOWER_BOUND_DATES } from "./infer-date-tuning.js";

// Bounds from what the article states or mentions: a partial published date ("2023", "2023-02"), the
// latest dates the text names outright ("the statement of March 21, 2022": the article is not older),
// pack events named with their year ("the 1956 declaration"), and the day the page was captured.

let futureCue: RegExp | undefined;
const inFutureSentence = (sentences: readonly Sentence[], start: number): boolean => {
  futureCue ??= wordsRegex(lexicon("infer-date-future-cues"));
  const s = sentences.find((x) => start >= x.start && start < x.end);
  return s !== undefined && futureCue.test(s.text);
};

/** The stated date when it is partial (a year or a month): the inference only narrows it. */
export function statedConstraint(published: Published | null): DateConstraint[] {
  if (!published?.date || published.crawl) return [];
  return [{ ruleId: "infer-date/stated", basis: `stated ${published.date} (${published.basis})`, days: [dateInterval(published.date)] }];
}

/** The latest dates named with a month and a year, in sentences that do not speak of the future. */
export function explicitDateBounds(times: readonly TimeRef[], sentences: readonly Sentence[]): DateConstraint[] {
  const stated = times.filter(
    (t) => !needsReference(t.expr) && t.expr.month !== undefined && t.value !== null && !inFutureSentence(sentences, t.start),
  );
  const latest = [...new Map(stated.map((t) => [dateInterval(t.value!).start, t])).entries()]
    .sort((a, b) => b[0].localeCompare(a[0]))
    .slice(0, LOWER_BOUND_DATES);
  return latest.map(([start, t]) => ({
    ruleId: "infer-date/explicit-date",
    basis: `'${t.text}' named → not before ${start}`,
    days: [{ start, end: null }],
  }));
}

/** Pack events named with their year ("the 1956 declaration"), outside sentences about the future. */
export function eventNameBounds(sentences: readonly Sentence[], pack: Pack): DateConstraint[] {
  const index = packIndex(pack);
  const out: DateConstraint[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const m of index.eventsIn(s.text)) {
      if (!/\d{4}/.test(m.text) || seen.has(m.event.id) || inFutureSentence(sentences, s.start + m.start)) continue;
      seen.add(m.event.id);
      const start = dateInterval(m.event.date).start;
      out.push({ ruleId: "infer-date/event-name", basis: `'${m.text}' (${m.event.date}) named → not before ${start}`, days: [{ start, end: null }] });
    }
  }
  return out;
}

/** Not after the day the page was captured, nor after today. */
export function upperBound(crawledAt: string | null, now: string): DateConstraint {
  const crawl = crawledAt?.slice(0, 10);
  const end = crawl && crawl < now ? crawl : now;
  return { ruleId: "infer-date/horizon", basis: crawl && crawl < now ? `captured ${crawl}` : `not after ${now}`, days: [{ start: "0001-01-01", end }] };
}
