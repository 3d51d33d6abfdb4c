import { invalidReason, type DateParts } from "./calendar.js";
import { dateRules, type DateRule } from "./date-rules.js";

/** A date found in a string: where, by which rule, and what it states. */
export interface DateMatch {
  ruleId: string;
  start: number;
  end: number;
  text: string;
  parts: DateParts;
}

const compiled = new Map<DateRule, RegExp>();
const regexOf = (rule: DateRule): RegExp => {
  let re = compiled.get(rule);
  if (!re) compiled.set(rule, (re = new RegExp(rule.source(), "gi")));
  return re;
};

/**
 * Every date the rules read in `text`, in text order. Matches failing the calendar or lying after `ref`
 * are dropped (their reasons go to `rejected` when given); overlaps go to the earlier rule.
 */
export function findDates(text: string, ref: Date | null, rejected?: { text: string; reason: string }[]): DateMatch[] {
  const kept: DateMatch[] = [];
  // Spans a rule read but the calendar refused stay taken, so no later rule re-reads a piece of them.
  const refused: { start: number; end: number }[] = [];
  const taken = (start: number, end: number): boolean =>
    kept.some((k) => start < k.end && k.start < end) || refused.some((k) => start < k.end && k.start < end);
  for (const rule of dateRules) {
    const re = regexOf(rule);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (taken(start, end)) continue;
      const parts = rule.extract(m.groups ?? {});
      if (!parts) continue;
      const reason = invalidReason(parts, ref);
      if (reason) {
        rejected?.push({ text: m[0], reason });
        refused.push({ start, end });
        continue;
      }
      kept.push({ ruleId: rule.id, start, end, text: text.slice(start, end), parts });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The first date in a short value (a meta tag's content, a <time> attribute), or null. */
export function parseDateValue(value: string, ref: Date | null): DateMatch | null {
  return findDates(value, ref)[0] ?? null;
}
