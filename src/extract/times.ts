import { alternation, lexicon } from "../core/lexicon.js";
import { wordMatcher, type WordMatcher } from "../core/word-match.js";
import { referenceOf, type TimeAnchor } from "./time-anchor.js";
import { isFuture, resolveExpr } from "./time-expr.js";
import { timeRules, type Reading, type TimeRule } from "./time-rules.js";
import { PREP_LOOKBACK_CHARS } from "./time-tuning.js";
import { timeVocab } from "./time-vocab.js";
import type { TimeRef } from "./types.js";

// Time expressions in a document, normalised against its date. Extractors (time-rules.ts) propose
// readings; here overlaps are settled, the preposition and the attributive use are noted, and each
// reading is resolved against the reference day (time-anchor.ts). Times inside the dateline are the
// document's own date, not something the text talks about, and are left out.

interface Candidate {
  start: number;
  end: number;
  rule: TimeRule;
  order: number;
  reading: Reading;
  lead?: string;
  part?: boolean;
}

const compiled = new Map<TimeRule, WordMatcher>();
const matcherOf = (rule: TimeRule): WordMatcher => {
  let matcher = compiled.get(rule);
  if (!matcher) compiled.set(rule, (matcher = wordMatcher(rule.source(), "gud")));
  return matcher;
};

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  timeRules.forEach((rule, order) => {
    for (const m of matcherOf(rule).all(text)) {
      const reading = rule.extract(m.groups ?? {});
      if (!reading || m.index === undefined) continue;
      let start = m.index;
      const lead = m.indices?.groups?.lead;
      // A leading preposition ("in March") is recorded, not kept in the span.
      if (lead) start = lead[1] + (/^\s*/.exec(text.slice(lead[1]))?.[0].length ?? 0);
      out.push({ start, end: m.index + m[0].length, rule, order, reading, lead: m.groups?.lead, part: m.groups?.part !== undefined });
    }
  });
  return out;
}

/** The longest reading wins an overlap, then the earlier rule. Characters already taken are marked, so settling
 *  costs the candidates' lengths, not their pairs. */
function settle(found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const taken = new Uint8Array(found.reduce((n, c) => Math.max(n, c.end), 0));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

let prepBefore: RegExp | undefined;
let headBeforeOf: RegExp | undefined;
let stopwords: Set<string> | undefined;

function prepOf(text: string, c: Candidate): string | null {
  if (c.lead) return c.lead.toLowerCase();
  prepBefore ??= new RegExp(`(?:^|[^\\p{L}])(?<p>${timeVocab().alt.prep})\\s+$`, "u");
  const m = prepBefore.exec(text.slice(Math.max(0, c.start - PREP_LOOKBACK_CHARS), c.start));
  return m?.groups?.p ? m.groups.p.toLowerCase().replace(/\s+/g, " ") : null;
}

/** Part of a name: "the 1956 declaration", "the statement of March 21, 2022", but not "the end of March". */
function isAttributive(text: string, c: Candidate, prep: string | null): boolean {
  if (prep === "of") {
    // A time part before "of" ("the end of March") keeps it a time; a noun ("statement of") makes it a name.
    headBeforeOf ??= new RegExp(
      `(?:${alternation([...timeVocab().parts].map((w) => w.replace(/^the\s+/, "").replace(/\s+of$/, "")))})\\s+of\\s+$`,
      "iu",
    );
    return !headBeforeOf.test(text.slice(Math.max(0, c.start - PREP_LOOKBACK_CHARS), c.start));
  }
  const bareYear = c.rule.id === "time/year" && !c.part;
  if (!bareYear || prep !== null) return false;
  const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(c.end))?.[1];
  stopwords ??= new Set(lexicon("infer-date-stopwords"));
  return next !== undefined && !stopwords.has(next.toLowerCase());
}

/** Value and precision of each time against the anchor; what the words said (`expr`) stays as it was. */
export function resolveTimes(times: readonly TimeRef[], anchor: TimeAnchor): TimeRef[] {
  const reference = referenceOf(anchor)?.interval ?? null;
  return times.map((t) => {
    const { value, precision } = resolveExpr(t.expr, reference);
    const out: TimeRef = { ...t, value, precision };
    if (isFuture(t.expr)) out.future = true;
    else delete out.future;
    return out;
  });
}

/** Every time expression in the text, resolved against the document's published date and dateline. */
export function findTimes(text: string, anchor: TimeAnchor): TimeRef[] {
  const d = anchor.dateline;
  const insideDateline = (c: Candidate): boolean =>
    d?.start !== undefined && d.end !== undefined && c.start < d.end && d.start < c.end;
  const refs = settle(candidates(text))
    .filter((c) => !insideDateline(c))
    .map((c): TimeRef => {
      const prep = prepOf(text, c);
      const ref: TimeRef = {
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        value: null,
        precision: null,
        known: c.reading.known,
        ruleId: c.rule.id,
        expr: c.reading.expr,
        prep,
      };
      if (isAttributive(text, c, prep)) ref.attributive = true;
      return ref;
    });
  return resolveTimes(refs, anchor);
}
