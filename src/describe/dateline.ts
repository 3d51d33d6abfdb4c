import type { Dateline } from "../core/types.js";
import { alternation, lexiconFile } from "../core/lexicon.js";
import { daysInMonth } from "./calendar.js";
import { paragraphSpans } from "./lines.js";
import { DATELINE_MAX_CHARS, DATELINE_MAX_OFFSET, LEAD_PARAGRAPHS } from "./tuning.js";
import { agencyName, isWeekday, monthNumber } from "./vocab.js";

// Datelines open the first paragraph of wire copy: "MOSCOW, February 10. /TASS/.", "Moscow, Oct 24",
// "TOKYO (Reuters) -", "WASHINGTON, March 3 (Xinhua) --", "MOSCOW, Russia –". The date stays as stated:
// a dateline without a year keeps year null (a later stage infers it).

interface DatelineRule {
  id: string;
  source: () => string;
}

const monthAlt = (): string => {
  const words = lexiconFile<{ entries: { words: string[] }[] }>("months").entries.flatMap((e) => e.words);
  return alternation([...words, ...words.map((w) => w.toUpperCase())]);
};
const word = `[\\p{Lu}][\\p{L}'’.\\-]*`;
const capsWord = `[\\p{Lu}][\\p{Lu}'’.\\-]+`;
const city = `(?<city>${word}(?:\\s+${word}){0,3})`;
const region = `(?:,\\s*(?<region>${word}(?:\\s+${word}){0,2}))?`;
const date = (): string =>
  `(?:(?<mon>${monthAlt()})\\.?\\s+(?<day>\\d{1,2})(?!\\d)(?:,?\\s+(?<year>\\d{4})(?!\\d))?` +
  `|(?<day2>\\d{1,2})\\s+(?<mon2>${monthAlt()})\\.?(?:,?\\s+(?<year2>\\d{4})(?!\\d))?)`;
const agency = `(?:\\((?<ag>[^()\\n]{2,40})\\)|/(?<ag2>[^/\\n]{2,40})/)`;
const dash = `\\s*(?:[-–—]{1,2}|:)`;

// In order; the first rule that reads a dateline wins. City-and-date comes first because a city-and-agency
// or bare-city reading of "WASHINGTON, March 3 (Xinhua) --" would lose the date.
const rules: DatelineRule[] = [
  { id: "dateline/city-date", source: () => `^${city}${region},\\s+${date()}\\.?(?:\\s*${agency}\\.?)?(?:${dash})?` },
  { id: "dateline/city-agency", source: () => `^${city}${region}\\s*${agency}(?<dash>${dash})?` },
  { id: "dateline/caps-city-dash", source: () => `^(?<city>${capsWord}(?:\\s+${capsWord}){0,3})${region}\\s*[-–—]{1,2}(?=\\s)` },
];

const compiled = new Map<DatelineRule, RegExp>();

/** An agency as a dateline names it: the lexicon's name, or the words themselves when they look like a name. */
function agencyOf(raw: string | undefined): { name: string; known: boolean } | null {
  if (!raw) return null;
  const known = agencyName(raw);
  if (known) return { name: known, known: true };
  const t = raw.trim();
  return /^\p{Lu}/u.test(t) && !/\d/.test(t) && t.split(/\s+/).length <= 4 ? { name: t, known: false } : null;
}

/** A weekday or month read as a city ("Friday, March 3") is not a dateline. */
const placeIsDate = (s: string | undefined): boolean =>
  (s ?? "").split(/\s+/).some((w) => isWeekday(w) || monthNumber(w) !== null);

/** A dateline and the rule that read it. */
export interface FoundDateline {
  dateline: Dateline;
  ruleId: string;
}

// A dateline without a year is checked against a leap year, so "February 29" stays possible.
const LEAP_YEAR = 2024;

function readDateline(paragraph: string, offset: number): FoundDateline | null {
  const lead = paragraph.length - paragraph.trimStart().length;
  if (lead > DATELINE_MAX_OFFSET) return null;
  const text = paragraph.slice(lead);
  for (const rule of rules) {
    let re = compiled.get(rule);
    if (!re) compiled.set(rule, (re = new RegExp(rule.source(), "u")));
    const m = re.exec(text);
    if (!m || !m.groups) continue;
    const g = m.groups;
    if (placeIsDate(g.city) || placeIsDate(g.region)) continue;
    const ag = agencyOf(g.ag ?? g.ag2);
    if (rule.id === "dateline/city-agency" && (!ag || (!ag.known && !g.dash))) continue;
    const raw = m[0].trim();
    if (raw.length > DATELINE_MAX_CHARS) continue;
    const mon = g.mon ?? g.mon2;
    const day = g.day ?? g.day2;
    const year = g.year ?? g.year2;
    const month = mon ? monthNumber(mon) : null;
    if (month !== null && day && (Number(day) < 1 || Number(day) > daysInMonth(year ? Number(year) : LEAP_YEAR, month))) continue;
    const start = offset + lead;
    const dateline: Dateline = {
      raw,
      city: g.city ?? null,
      agency: ag?.name ?? null,
      year: year ? Number(year) : null,
      month,
      day: day ? Number(day) : null,
      start,
      end: start + raw.length,
    };
    return { dateline, ruleId: rule.id };
  }
  return null;
}

/** The dateline opening one of the first paragraphs of the cleaned text, or null. */
export function findDateline(text: string): FoundDateline | null {
  for (const p of paragraphSpans(text).slice(0, LEAD_PARAGRAPHS)) {
    const found = readDateline(p.text, p.start);
    if (found) return found;
  }
  return null;
}
