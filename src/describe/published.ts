import type { Dateline, Given, HtmlFacts, Published } from "../core/types.js";
import { emptyPublished } from "../core/types.js";
import { formatDate, invalidReason, type DateParts } from "./calendar.js";
import { REVISION_REWRITE_DAYS } from "./tuning.js";
import { parseDateValue } from "./find-dates.js";
import { jsonLdDate, metaDate, timeElementDate, type FieldDate } from "./html-dates.js";
import type { PageLine } from "./lines.js";
import { headerLineDate, lineStamps, type Stamp, type StampRole } from "./stamps.js";
import { urlDate } from "./url-date.js";

export interface PublishedInput {
  lines: PageLine[];
  facts: HtmlFacts | null;
  url: string | null;
  given: Given;
  crawledAt: string | null;
  dateline: Dateline | null;
  /** Latest date the page can carry (its capture date); later dates are refused. */
  ref: Date | null;
}

interface Found {
  parts: DateParts;
  basis: string;
  crawl?: boolean;
}

interface Source {
  ruleId: string;
  find: (input: PublishedInput, stamps: () => LineStamp[]) => Found | null;
}

interface LineStamp extends Stamp {
  line: PageLine;
}

const fromField = (f: FieldDate | null): Found | null => (f ? { parts: f.match.parts, basis: `${f.field} "${f.value}"` } : null);

const fromStamp = (role: StampRole, label: string) => (_: PublishedInput, stamps: () => LineStamp[]): Found | null => {
  const s = stamps().find((x) => x.role === role);
  return s ? { parts: s.match.parts, basis: `${label} "${s.match.text}" in "${s.line.text.trim()}" (${s.line.where})` } : null;
};

/**
 * Where a publication date may come from, most trusted first; the first source that yields a valid date
 * decides. Ordering constraints:
 * - a page rewritten years after it first appeared, and stamped for readers with its revision (an explainer
 *   kept up to date), is the revision: its first publication date is not the text's;
 * - structured fields the page states for machines (JSON-LD, meta) before words on the page, because
 *   visible stamps can belong to teasers and related links;
 * - a stamp labelled "Published" first among the words; then <time> elements and elements the page marks
 *   as dates (marked, but teaser lists carry them too); then unlabelled stamp lines of the cleaned page;
 * - all of the page's own statements before the container's claim;
 * - the crawler dump's header line and the address's path date below the page's own statements;
 * - revision dates ("Updated …", dateModified) only when no publication date exists: they bound it from above;
 * - a dateline counts only with its year; the capture date is the last resort and says so.
 */
const sources: Source[] = [
  { ruleId: "published/revised-page", find: (i) => (i.facts ? revisedPage(i.facts, i.ref) : null) },
  { ruleId: "published/jsonld", find: (i) => (i.facts ? fromField(jsonLdDate(i.facts, "datePublished", i.ref)) : null) },
  { ruleId: "published/meta", find: (i) => (i.facts ? fromField(metaDate(i.facts, "published", i.ref)) : null) },
  { ruleId: "published/stamp-labelled", find: fromStamp("published", "stamp") },
  { ruleId: "published/time-element", find: (i) => (i.facts ? fromField(timeElementDate(i.facts, i.ref)) : null) },
  { ruleId: "published/stamp-element", find: (i) => stampElementDate(i, "published") ?? stampElementDate(i, "plain") },
  { ruleId: "published/stamp-line", find: fromStamp("plain", "stamp line") },
  { ruleId: "published/jsonld-created", find: (i) => (i.facts ? fromField(jsonLdDate(i.facts, "dateCreated", i.ref)) : null) },
  {
    ruleId: "published/given",
    find: (i) => {
      const m = i.given.published ? parseDateValue(i.given.published, i.ref) : null;
      return m ? { parts: m.parts, basis: `date stated by the container "${i.given.published}"` } : null;
    },
  },
  {
    ruleId: "published/header-line",
    find: (i) => {
      for (const line of i.lines) {
        const m = headerLineDate(line.text, i.ref);
        if (m) return { parts: m.parts, basis: `header line "${line.text.trim()}" (${line.where})` };
      }
      return null;
    },
  },
  {
    ruleId: "published/url",
    find: (i) => {
      const d = urlDate(i.url, i.ref);
      return d ? { parts: d.parts, basis: `date in the page address "${d.text}" (${d.ruleId})` } : null;
    },
  },
  { ruleId: "published/jsonld-modified", find: (i) => (i.facts ? fromField(jsonLdDate(i.facts, "dateModified", i.ref)) : null) },
  { ruleId: "published/meta-modified", find: (i) => (i.facts ? fromField(metaDate(i.facts, "updated", i.ref)) : null) },
  { ruleId: "published/stamp-updated", find: (i, stamps) => fromStamp("updated", "revision stamp")(i, stamps) ?? stampElementDate(i, "updated") },
  {
    ruleId: "published/dateline",
    find: (i) => {
      const d = i.dateline;
      if (!d || d.year === null) return null;
      const parts = { year: d.year, month: d.month, day: d.day };
      return invalidReason(parts, i.ref) ? null : { parts, basis: `dateline "${d.raw}" states its year` };
    },
  },
  {
    ruleId: "published/crawl-date",
    find: (i) => {
      const m = i.crawledAt ? parseDateValue(i.crawledAt, null) : null;
      if (!m) return null;
      const parts = { year: m.parts.year, month: m.parts.month, day: m.parts.day };
      return { parts, basis: `capture date of the crawl "${i.crawledAt}", not a publication date`, crawl: true };
    },
  },
];

const dayOf = (p: DateParts): number | null =>
  p.year !== null && p.month !== null && p.day !== null ? Date.UTC(p.year, p.month - 1, p.day) / 86_400_000 : null;

/**
 * The page's visible <time> stamp when it shows the JSON-LD revision date and that revision came years after
 * the first publication: the page as captured is the rewritten one ("1 day ago" on an explainer of 2012).
 */
function revisedPage(facts: HtmlFacts, ref: Date | null): Found | null {
  const published = jsonLdDate(facts, "datePublished", ref);
  const modified = jsonLdDate(facts, "dateModified", ref);
  const shown = timeElementDate(facts, ref);
  if (!published || !modified || !shown) return null;
  const [p, m, t] = [dayOf(published.match.parts), dayOf(modified.match.parts), dayOf(shown.match.parts)];
  if (p === null || m === null || t !== m || m - p < REVISION_REWRITE_DAYS) return null;
  return {
    parts: shown.match.parts,
    basis: `the page's ${shown.field} "${shown.value}" shows its revision (${modified.field} "${modified.value}"), years after ${published.field} "${published.value}"`,
  };
}

/** The first date of a role in the elements the page marks as dates ("<div class=date>"). */
function stampElementDate(input: PublishedInput, role: StampRole): Found | null {
  for (const el of input.facts?.stamps ?? []) {
    const s = lineStamps(el.text, input.ref).find((x) => x.role === role);
    if (s) return { parts: s.match.parts, basis: `element marked "${el.hint}": "${el.text}"` };
  }
  return null;
}

/**
 * Every stamp on the lines, in line order. Crawler header lines are left to their own source; captions are
 * skipped because their dates say when a photo or clip was made, not the article.
 */
function allStamps(input: PublishedInput): LineStamp[] {
  const out: LineStamp[] = [];
  for (const line of input.lines) {
    if (line.caption || headerLineDate(line.text, null)) continue;
    for (const s of lineStamps(line.text, input.ref)) out.push({ ...s, line });
  }
  return out;
}

/** The publication date at the precision the evidence supports, with its basis; date null when unknown. */
export function findPublished(input: PublishedInput): Published {
  let stamps: LineStamp[] | undefined;
  const lazyStamps = (): LineStamp[] => (stamps ??= allStamps(input));
  for (const source of sources) {
    const found = source.find(input, lazyStamps);
    const formatted = found ? formatDate(found.parts) : null;
    if (!found || !formatted) continue;
    const published: Published = { ...formatted, basis: found.basis, ruleId: source.ruleId, inferred: false };
    if (found.crawl) published.crawl = true;
    if (found.parts.time) published.time = found.parts.time;
    if (found.parts.zone) published.zone = found.parts.zone;
    return published;
  }
  return emptyPublished();
}
