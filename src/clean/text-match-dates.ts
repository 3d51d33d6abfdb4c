import { alternation } from "../core/lexicon.js";
import type { LineKind, Matcher, RuleSpec } from "./text-rules.js";
import { fold, wordCount, type LineView } from "./text-shape.js";
import { textVocab } from "./text-vocab.js";

// Matchers for crawler headers, date stamps, bare date lines and bylines. The describe stage reads
// what these remove from `removed`, so they match only lines that are nothing but the stamp.

const fits = (spec: RuleSpec, line: LineView): boolean => spec.maxWords === undefined || line.words <= spec.maxWords;

/** Words allowed inside a written date or time: calendar names, zones, ordinals, plus the rule's own. */
function dateWordSet(spec: RuleSpec): Set<string> {
  const v = textVocab();
  return new Set([...v.calendar, ...v.zones, ...v.dateSmall, ...(spec.words ?? [])].map(fold));
}

/** Text that is only a date or time: has a digit, and every word of two or more letters is date vocabulary. */
function isDateText(text: string, dateWords: ReadonlySet<string>): boolean {
  if (!/\p{N}/u.test(text)) return false;
  return (text.match(/\p{L}+/gu) ?? []).every((w) => w.length < 2 || dateWords.has(fold(w)));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?$/u;
const NUMERIC_DATE = /(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)/u;

/** `crawl`: field names, ISO dates, HTTP status codes and URLs only, with at least one date. */
function crawl(spec: RuleSpec): Matcher {
  const labels = new Set([...textVocab().headerLabels, ...(spec.words ?? [])].map(fold));
  return (line) => {
    const tokens = line.key.split(" ").map((t) => t.replace(/[:=]$/u, ""));
    if (tokens.length < 2 || !tokens.some((t) => ISO_DATE.test(t))) return null;
    const ok = tokens.every((t) => labels.has(t) || ISO_DATE.test(t) || /^[1-5]\d\d$/u.test(t) || /^https?:\/\//u.test(t));
    return ok ? line.key : null;
  };
}

/** `stamp`: one '|'-separated segment is a stamp label followed by a date; the others are short. */
function stamp(spec: RuleSpec): Matcher {
  const dateWords = dateWordSet(spec);
  const label = new RegExp(`^(?:${alternation(textVocab().stampLabels)})(?![\\p{L}])[\\s:=-]*`, "iu");
  const maxSide = spec.maxTailWords ?? 6;
  return (line) => {
    if (!fits(spec, line)) return null;
    // Stamps may be bracketed: '(Published Monday, Nov. 18, 2019)'.
    const segments = line.core.split(/\s*[|·•]\s*/u).map((s) => s.replace(/^[([]\s*|\s*[)\]]$/gu, "")).filter(Boolean);
    const hit = segments.find((s) => {
      const m = label.exec(s);
      return m !== null && isDateText(s.slice(m[0].length), dateWords);
    });
    if (!hit || segments.some((s) => s !== hit && wordCount(s) > maxSide)) return null;
    return hit;
  };
}

/**
 * `date`: the line is only a date (a month name with a number, or a numeric date) and maybe a time.
 * Two years make a range ('29 November 2018 | 20 January 2019'): an event's dates, not a stamp.
 */
function date(spec: RuleSpec): Matcher {
  const dateWords = dateWordSet(spec);
  const calendar = new Set(textVocab().calendar);
  return (line) => {
    if (!fits(spec, line) || !isDateText(line.core, dateWords)) return null;
    if ((line.key.match(/(?<!\d)(?:1[89]|20)\d\d(?!\d)/gu) ?? []).length > 1) return null;
    const named = (line.key.match(/\p{L}+/gu) ?? []).some((w) => calendar.has(w));
    return named || NUMERIC_DATE.test(line.key) ? line.core : null;
  };
}

/** `byline`: a byline cue, capitalised name words and joiners, then an optional short or date tail. */
function byline(spec: RuleSpec): Matcher {
  const v = textVocab();
  const dateWords = dateWordSet(spec);
  const calendar = new Set(v.calendar);
  const joiners = new Set([...v.bylineJoiners, ...(spec.words ?? [])].map(fold));
  const cue = new RegExp(`^(?:${alternation([...v.bylineCues, ...(spec.cues ?? [])])})\\s+`, "iu");
  const tailSplit = new RegExp(`\\s*(?:${alternation(spec.separators ?? [])})\\s*`, "u");
  const isName = (w: string): boolean => {
    const f = fold(w).replace(/,$/u, "");
    if (joiners.has(f)) return true;
    if (calendar.has(f.replace(/\.$/u, "")) || /\p{N}/u.test(w)) return false;
    return /^\p{Lu}[\p{L}'’.-]*,?$/u.test(w) && !/\p{L}{2,}\.$/u.test(w.replace(/,$/u, ""));
  };
  return (line) => {
    if (!fits(spec, line) || /[!?]$/u.test(line.core)) return null;
    const core = line.core.replace(/^\(\s*(.*?)\s*\)$/u, "$1");
    const m = cue.exec(core);
    if (!m) return null;
    const rest = core.slice(m[0].length);
    const cut = tailSplit.exec(rest);
    let names = (cut ? rest.slice(0, cut.index) : rest).split(/\s+/u).filter(Boolean);
    let tail = cut ? rest.slice(cut.index + cut[0].length) : "";
    // Names also end where a date starts without a separator ('By Jane Doe Feb 8, 2020').
    const dateAt = names.findIndex((w) => calendar.has(fold(w).replace(/[.,]$/u, "")) || /\p{N}/u.test(w));
    if (dateAt > 0) {
      tail = [...names.slice(dateAt), tail].join(" ").trim();
      names = names.slice(0, dateAt);
    }
    if (!names.length || names.length > (spec.maxSegmentWords ?? 8) || !names.every(isName)) return null;
    if (joiners.has(fold(names[0] ?? ""))) return null;
    if (tail && wordCount(tail) > (spec.maxTailWords ?? 5) && !isDateText(tail, dateWords)) return null;
    return names.join(" ");
  };
}

export const dateMatchers: Pick<Record<LineKind, (spec: RuleSpec) => Matcher>, "crawl" | "stamp" | "date" | "byline"> = {
  crawl,
  stamp,
  date,
  byline,
};
