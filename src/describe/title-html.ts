import type { Fact, HtmlFacts } from "../core/types.js";
import { articleObjects } from "./html-dates.js";
import { jsonLdStrings } from "./json-ld.js";
import { siteNames } from "./site.js";
import { isSiteSegment, stripSiteAffixes, titleSegments } from "./site-affixes.js";
import { notTitleReason, squash } from "./title-checks.js";
import { H1_MIN_SHARE } from "./tuning.js";
import { roleWords } from "./vocab.js";

// An HTML page states its headline several times: og:title and twitter:title for sharing, JSON-LD for
// search engines, <h1> for readers, <title> for the browser tab. They often differ (a shorter social
// variant, a kicker, a site suffix). The visible <h1> is the headline when another source confirms it;
// otherwise the reading most sources agree on wins, ties going to the more trusted source.

interface Candidate {
  value: string;
  /** Letters and digits only, lower-cased: what agreement is measured on. */
  key: string;
  ruleId: string;
  field: string;
  raw: string;
}

const keyOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * An <h1> that is the first or last segment of the <title> (once known site names are cut), but neither its
 * longest segment nor most of it, is the site's logo set as a heading ("Time 4 talks" in
 * "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos").
 */
function logoHeadings(facts: HtmlFacts, names: string[]): string[] {
  const title = stripSiteAffixes(squash(facts.titleTag ?? ""), names);
  const segments = titleSegments(title);
  if (segments.length < 2) return [];
  const longest = Math.max(...segments.map((x) => x.length));
  const ends = [segments[0]!, segments[segments.length - 1]!].filter((x) => x.length < longest).map(keyOf);
  return facts.h1.filter((h) => ends.includes(keyOf(h)) && keyOf(h).length < H1_MIN_SHARE * keyOf(title).length);
}

/** The candidates, most trusted first, site affixes cut, non-headlines and bare site names left out. */
function candidates(facts: HtmlFacts, url: string | null): Candidate[] {
  const known = siteNames(facts, url);
  const names = [...known, ...logoHeadings(facts, known)];
  const out: Candidate[] = [];
  const push = (raw: string | undefined, ruleId: string, field: string): void => {
    if (!raw) return;
    const value = stripSiteAffixes(squash(raw), names);
    if (notTitleReason(value, 1) !== null || isSiteSegment(value, names, true)) return;
    out.push({ value, key: keyOf(value), ruleId, field, raw: squash(raw) });
  };
  push(facts.meta["og:title"]?.[0], "title/og-title", "meta og:title");
  const headline = articleObjects(facts).flatMap((o) => jsonLdStrings(o.headline))[0];
  push(headline, "title/jsonld-headline", "JSON-LD headline");
  for (const h of facts.h1) push(h, "title/h1", "<h1>");
  push(facts.meta["twitter:title"]?.[0], "title/twitter-title", "meta twitter:title");
  push(facts.titleTag ?? undefined, "title/title-tag", "<title>");
  for (const key of roleWords("meta-keys", "title")) {
    if (key !== "og:title" && key !== "twitter:title") push(facts.meta[key]?.[0], "title/meta", `meta ${key}`);
  }
  return out;
}

/** Does `other` state this candidate: the same words, or containing them as most of its own? */
const confirms = (other: Candidate, c: Candidate): boolean =>
  other.key === c.key || (other.key.includes(c.key) && c.key.length >= H1_MIN_SHARE * other.key.length);

function fact(c: Candidate, why: string): Fact<string> {
  const cut = c.value !== c.raw ? `; site name cut from "${c.raw}"` : "";
  return { value: c.value, basis: `${c.field} (${why}${cut})`, ruleId: c.ruleId };
}

/** The HTML headline, or null when no tag holds one. */
export function htmlTitle(facts: HtmlFacts, url: string | null): Fact<string> | null {
  const all = candidates(facts, url);
  const h1s = all.filter((c) => c.ruleId === "title/h1");
  for (const h1 of h1s) {
    const by = all.find((o) => o.ruleId !== "title/h1" && confirms(o, h1));
    if (by) return fact(h1, `visible headline confirmed by ${by.field}`);
  }
  // Only the first h1 votes: later ones are teasers and widgets.
  const voters = all.filter((c) => c.ruleId !== "title/h1" || c === h1s[0]);
  let best: { c: Candidate; score: number } | null = null;
  for (const c of voters) {
    const score = voters.reduce((s, o) => s + (o.key === c.key ? 1 : o.key.includes(c.key) ? 0.5 : 0), 0);
    if (!best || score > best.score) best = { c, score };
  }
  if (!best) return null;
  if (best.score > 1) return fact(best.c, `agreed by ${best.score} sources`);
  return best.c.ruleId === "title/title-tag" ? headlineSegment(best.c) : fact(best.c, "most trusted source");
}

/**
 * A <title> nothing else confirms, still holding separators once the known site names are cut, names an
 * unknown site too: "Headline | Site" is the common order, while breadcrumb marks ("Site » Section »
 * Headline") put the headline last.
 */
function headlineSegment(c: Candidate): Fact<string> {
  const segments = titleSegments(c.value);
  const breadcrumb = /\s[»›>]\s/.test(c.value);
  const pick = (breadcrumb ? segments[segments.length - 1] : segments[0]) ?? "";
  if (segments.length < 2 || notTitleReason(pick, 1) !== null) return fact(c, "only source");
  const order = breadcrumb ? "last segment (breadcrumb order)" : "first segment";
  return { value: pick, basis: `${order} of <title> "${c.raw}"`, ruleId: "title/title-tag-segment" };
}
