import { lexicon } from "../core/lexicon.js";
import type { Fact, HtmlFacts } from "../core/types.js";
import { articleObjects } from "./html-dates.js";
import { jsonLdStrings, jsonLdTypes } from "./json-ld.js";
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

/** The outlet a page names for itself (og:site_name, JSON-LD publisher), or null. */
export function siteOutlet(facts: HtmlFacts): Fact<string> | null {
  const siteName = facts.meta["og:site_name"]?.find((v) => v.trim());
  if (siteName) return { value: siteName.trim(), basis: `meta og:site_name "${siteName.trim()}"`, ruleId: "outlet/og-site-name" };
  const publisher = jsonLdPublishers(facts)[0];
  if (publisher) return { value: publisher, basis: `JSON-LD publisher name "${publisher}"`, ruleId: "outlet/jsonld-publisher" };
  const app = facts.meta["application-name"]?.find((v) => v.trim());
  if (app) return { value: app.trim(), basis: `meta application-name "${app.trim()}"`, ruleId: "outlet/application-name" };
  return null;
}
