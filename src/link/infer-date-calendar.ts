import { lexiconFile } from "../core/lexicon.js";
import type { Dateline } from "../core/types.js";
import { isoWeekday } from "../extract/time-expr.js";
import type { Sentence, TimeRef } from "../extract/types.js";
import type { DayTest } from "./infer-date-combine.js";

// Day tests from the calendar: a dateline's month and day without a year ("MOSCOW, February 10"), and
// the weekday the lead paragraph gives ("told a briefing on Friday"): wire copy names the day of the
// dateline by its weekday, so among the candidate years only those where February 10 is a Friday remain.

const pad = (n: number): string => String(n).padStart(2, "0");
let weekdayNames: Map<number, string> | undefined;
const weekdayName = (n: number): string => {
  weekdayNames ??= new Map(lexiconFile<{ entries: { day: number; words: string[] }[] }>("weekdays").entries.map((e) => [e.day, e.words[0]!]));
  return weekdayNames.get(n) ?? String(n);
};

export function datelineTests(dateline: Dateline | null, sentences: readonly Sentence[], times: readonly TimeRef[]): DayTest[] {
  if (!dateline || dateline.month === null || dateline.day === null || dateline.year !== null) return [];
  const monthDay = `${pad(dateline.month)}-${pad(dateline.day)}`;
  const tests: DayTest[] = [
    { ruleId: "infer-date/dateline", basis: `dateline '${dateline.raw}'`, test: (day) => day.slice(5) === monthDay },
  ];
  // The lead: the paragraph the dateline opens.
  const lead = sentences.find((s) => dateline.start >= s.start && dateline.start < s.end)?.paragraph ?? sentences[0]?.paragraph;
  const leadSpans = sentences.filter((s) => s.paragraph === lead);
  const weekdays = times.filter(
    (t) => t.expr.weekday !== undefined && t.expr.dir === undefined && t.expr.month === undefined && leadSpans.some((s) => t.start >= s.start && t.end <= s.end),
  );
  const distinct = [...new Set(weekdays.map((t) => t.expr.weekday!))];
  if (distinct.length === 1) {
    const w = distinct[0]!;
    tests.push({
      ruleId: "infer-date/lead-weekday",
      basis: `'${[weekdays[0]!.prep, weekdays[0]!.text].filter(Boolean).join(" ")}' in the lead: the dateline's day is a ${weekdayName(w)}`,
      test: (day) => isoWeekday(day) === w,
    });
  }
  return tests;
}
