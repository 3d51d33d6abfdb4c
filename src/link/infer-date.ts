import type { Pack } from "../core/pack.js";
import type { Dateline, Published } from "../core/types.js";
import type { Mention, Sentence, TimeRef } from "../extract/types.js";
import { explicitDateBounds, eventNameBounds, statedConstraint, upperBound } from "./infer-date-bounds.js";
import { datelineTests } from "./infer-date-calendar.js";
import { combine, dateOf, describeDays, type DateConstraint } from "./infer-date-combine.js";
import { eventConstraints } from "./infer-date-events.js";
import { officeConstraints } from "./infer-date-offices.js";

// The publication date of an article that does not state it (or states only a year or a month), from
// what it says: offices its people hold, its dateline and lead weekday, pack events it dates relative to
// itself, dates it names. Evidence is intersected strongest first; evidence that contradicts what is
// already established is set aside and reported. The result has the precision the remaining days allow.

export type { DateConstraint } from "./infer-date-combine.js";

export interface InferDateInput {
  text: string;
  published: Published | null;
  dateline: Dateline | null;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  /** The document's time expressions (their `expr`; values need not be resolved). */
  times: readonly TimeRef[];
  pack: Pack | null;
  /** Dated evidence found elsewhere, e.g. a wire copy of the same story with a known date. Applied right
   *  after the stated date, before anything read from this document's text. */
  extra?: readonly DateConstraint[];
  crawledAt?: string | null;
  /** Latest possible date (YYYY-MM-DD); today by default. */
  now?: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** "2019-01-01..2019-01-22 → 2019-01", or the day alone when one day remains. */
function conclusion(days: DateConstraint["days"], date: string): string {
  const left = describeDays(days);
  return left === date ? date : `${left} → ${date}`;
}

/**
 * The inferred published date, or null when the stated date is already a day or nothing narrows the
 * date to a year.
 */
export function inferPublished(input: InferDateInput): Published | null {
  const { published, pack } = input;
  if (published?.date && !published.crawl && published.precision === "day") return null;
  const constraints: DateConstraint[] = [
    ...statedConstraint(published),
    ...(input.extra ?? []),
    ...(pack ? officeConstraints(input.text, input.mentions, input.sentences, input.times, pack) : []),
    ...(pack ? eventConstraints(input.mentions, input.sentences, input.times, pack) : []),
    ...explicitDateBounds(input.times, input.sentences),
    ...(pack ? eventNameBounds(input.sentences, pack) : []),
    upperBound(input.crawledAt ?? (published?.crawl ? published.date : null), input.now ?? today()),
  ];
  const result = combine(constraints, datelineTests(input.dateline, input.sentences, input.times));
  const found = dateOf(result.days);
  const evidence = result.applied.filter((b) => !b.startsWith("not after ") && !b.startsWith("captured "));
  if (!found || evidence.length === 0) return null;
  if (published?.date && !published.crawl && published.date === found.date) return null;
  const ignored = result.ignored.length ? `; set aside as contradicting the rest: ${result.ignored.join("; ")}` : "";
  return {
    date: found.date,
    precision: found.precision,
    basis: `${evidence.join("; ")} → ${conclusion(result.days, found.date)}${ignored}`,
    ruleId: "published/inferred",
    inferred: true,
  };
}
