import { lexicon } from "../core/lexicon.js";
import type { Fact, HtmlFacts } from "../core/types.js";
import { articleObjects } from "./html-dates.js";
import { jsonLdStrings, jsonLdTypes } from "./json-ld.js";
import { noticesOf, withoutLegalForm } from "./copyright.js";
import { isSiteSegment, titleSegments } from "./site-affixes.js";
import { wordCount } from "./title-checks.js";
import { SITE_SEGMENT_MAX_WORDS } from "./tuning.js";
import { roleWords } from "./vocab.js";

// What a page says its site is called, and the address it was fetched from.

/** The host of an address without "www." ("tass.com"), or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d*\./, "") || null;
  } catch {
    return null;
  }
}

/** JSON-LD publisher names: the article's `publisher`, then organisation and website objects' `name`. */
export function jsonLdPublishers(facts: HtmlFacts): string[] {
  const names: string[] = [];
  for (const obj of articleObjects(facts)) names.push(...jsonLdStrings(obj.publisher));
  const orgTypes = roleWords("jsonld-types", "organization");
  for (const obj of facts.jsonLd) {
    if (jsonLdTypes(obj).some((t) => orgTypes.includes(t))) names.push(...jsonLdStrings(obj.name));
  }
  return names.map((n) => n.trim()).filter(Boolean);
}

let generic: Set<string> | undefined;

/** Every name the page gives its site, plus the address's host labels, for recognising site affixes in titles. */
export function siteNames(facts: HtmlFacts | null, url: string | null): string[] {
  const names: string[] = [];
  if (facts) {
    for (const key of roleWords("meta-keys", "site")) names.push(...(facts.meta[key] ?? []).map((v) => v.replace(/^@/, "")));
    names.push(...jsonLdPublishers(facts));
  }
  const host = hostOf(url);
  if (host) {
    names.push(host);
    // "www.japantimes.co.jp" → "japantimes": the label a site name is usually written from.
    generic ??= new Set(lexicon("host-labels"));
    names.push(...host.split(".").filter((l) => l.length >= 3 && !generic!.has(l)));
  }
  // A "site name" as long as a headline, or equal to the page's title, is a page title put in a site field.
  const title = (facts?.titleTag ?? "").trim().toLowerCase();
  const plausible = (n: string): boolean =>
    n.length > 1 && !/^https?:/i.test(n) && wordCount(n) <= SITE_SEGMENT_MAX_WORDS && n.toLowerCase() !== title;
  return [...new Set(names.map((n) => n.trim()).filter(plausible))];
}

/** Does a title segment spell the host's label, with leading words as initials ("The New York Times" for
 *  nytimes.com, "Taipei Times" for taipeitimes.com)? */
export function spellsHost(segment: string, url: string | null): boolean {
  const host = hostOf(url);
  if (!host) return false;
  generic ??= new Set(lexicon("host-labels"));
  const labels = host.split(".").filter((l) => l.length >= 3 && !generic!.has(l));
  const all = segment.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // "The New York Times" is spelled with or without its article ("lemonde" keeps "Le")
  const articles = roleWords("grammar-words", "determiner");
  const bare = articles.includes(all[0] ?? "") ? all.slice(1) : all;
  for (const words of [all, bare]) {
    for (let k = 0; k <= words.length; k++) {
      const spelled = words.slice(0, k).map((w) => w[0]).join("") + words.slice(k).join("");
      if (spelled.length >= 3 && labels.includes(spelled)) return true;
    }
  }
  return false;
}

/** The last segment of the <title> when it is the site's name ("… - Taipei Times"), or null. */
function titleSuffix(facts: HtmlFacts, url: string | null): string | null {
  const title = facts.titleTag?.trim();
  if (!title) return null;
  const segments = titleSegments(title);
  const last = segments[segments.length - 1];
  if (segments.length < 2 || !last || wordCount(last) > SITE_SEGMENT_MAX_WORDS) return null;
  return isSiteSegment(last, siteNames(facts, url), true) || spellsHost(last, url) ? last : null;
}

/** The first copyright holder that is the site's name: a plain name, or a company whose name without its legal
 *  form is one the page gives its site ("The New York Times Company"). */
function noticeName(facts: HtmlFacts, url: string | null): { name: string; holder: string } | null {
  for (const holder of noticesOf(facts)) {
    const { name, legal } = withoutLegalForm(holder);
    if (!name || wordCount(name) > SITE_SEGMENT_MAX_WORDS) continue;
    if (!legal || isSiteSegment(name, siteNames(facts, url), true) || spellsHost(name, url)) return { name, holder };
  }
  return null;
}

/**
 * The outlet a page names for itself, or null. In order: og:site_name; the site's name closing the <title>;
 * the holder of its copyright line; the JSON-LD publisher; application-name. The site's own words before the
 * publisher object, which groups often fill with the parent brand ("BBC News" on a page signed "BBC").
 */
export function siteOutlet(facts: HtmlFacts, url: string | null = null): Fact<string> | null {
  const siteName = facts.meta["og:site_name"]?.find((v) => v.trim());
  if (siteName) return { value: siteName.trim(), basis: `meta og:site_name "${siteName.trim()}"`, ruleId: "outlet/og-site-name" };
  const suffix = titleSuffix(facts, url);
  if (suffix) return { value: suffix, basis: `site name closing the <title> "${facts.titleTag!.trim()}"`, ruleId: "outlet/title-suffix" };
  const notice = noticeName(facts, url);
  if (notice) return { value: notice.name, basis: `copyright line holder "${notice.holder}"`, ruleId: "outlet/copyright" };
  const publisher = jsonLdPublishers(facts)[0];
  if (publisher) return { value: publisher, basis: `JSON-LD publisher name "${publisher}"`, ruleId: "outlet/jsonld-publisher" };
  const app = facts.meta["application-name"]?.find((v) => v.trim());
  if (app) return { value: app.trim(), basis: `meta application-name "${app.trim()}"`, ruleId: "outlet/application-name" };
  return null;
}
