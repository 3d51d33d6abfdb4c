import { alternation, lexicon, wordsRegex } from "../core/lexicon.js";
import { packIndex, type Pack } from "../core/pack.js";
import type { Interval } from "../core/pack-dates.js";
import { prepRole } from "../extract/time-vocab.js";
import type { Mention, Sentence, TimeRef } from "../extract/types.js";
import type { DateConstraint } from "./infer-date-combine.js";
import { NOT_CURRENT_LOOKBACK_CHARS } from "./infer-date-tuning.js";

// Offices held by people the article names with a title: "Prime Minister Fumio Kishida" dates the article
// to Kishida's premiership. Only titles of the time of writing count: not "former Prime Minister", not
// "then-Foreign Minister", and not titles in a sentence set in the past ("In 2018, Prime Minister Abe
// said"), where the title is the one held then.

const BOUND_ROLES = new Set(["since", "until", "after", "before"]);

let notCurrentInside: RegExp | undefined;
let notCurrentBefore: RegExp | undefined;

/** "former", "ex-", "then-", "the late" in the title or right before it. */
function isPastTitle(text: string, m: Mention): boolean {
  const title = m.title!;
  notCurrentInside ??= wordsRegex(lexicon("infer-date-not-current"));
  notCurrentBefore ??= new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon("infer-date-not-current"))})(?:[\\s-]+\\p{L}+)?[\\s-]*$`, "iu");
  const start = Math.min(title.start, m.start);
  return notCurrentInside.test(title.text) || notCurrentBefore.test(text.slice(Math.max(0, start - NOT_CURRENT_LOOKBACK_CHARS), start));
}

/** A sentence set at a past time the words name ("In 2018", "last year", "two months ago"). */
function setInPast(times: readonly TimeRef[], s: Sentence): boolean {
  return times.some((t) => {
    if (t.start < s.start || t.end > s.end || t.attributive || t.expr.vague) return false;
    if (t.prep && BOUND_ROLES.has(prepRole(t.prep) ?? "")) return false;
    const e = t.expr;
    return e.year !== undefined || (e.shift !== undefined && e.shift.n < 0 && (e.shift.unit === "year" || e.shift.unit === "month"));
  });
}

const span = (i: Interval): string => `${i.start}..${i.end ?? "now"}`;

/** One constraint per person and office named with a current title. */
export function officeConstraints(
  text: string,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  times: readonly TimeRef[],
  pack: Pack,
): DateConstraint[] {
  const index = packIndex(pack);
  const seen = new Set<string>();
  const out: DateConstraint[] = [];
  for (const m of mentions) {
    const actorId = m.entity.actorId;
    if (!actorId || !m.title || isPastTitle(text, m)) continue;
    const sentence = sentences.find((s) => m.start >= s.start && m.start < s.end);
    if (sentence && setInPast(times, sentence)) continue;
    const actor = index.actor(actorId);
    if (!actor) continue;
    // The office the title names, among those the person held (a bare "Minister" may fit several).
    const held = index.officesOf(actorId).map((h) => h.office.id);
    const named = m.title.officeId ? [m.title.officeId] : index.officesByTitle(m.title.text, { country: actor.country }).map((o) => o.id);
    const offices = [...new Set(named.filter((id) => held.includes(id)))];
    const key = `${actorId} ${offices.join(",")}`;
    if (offices.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const days = offices.flatMap((id) => index.datesWhen(actorId, id));
    const titles = offices.map((id) => index.office(id)?.title ?? id).join(" or ");
    out.push({
      ruleId: "infer-date/office",
      basis: `${actor.name} ${titles} ${days.map(span).join(", ")} ('${m.title.text}')`,
      days,
    });
  }
  return out;
}
