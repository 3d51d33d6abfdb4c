import type { Dateline, Fact, Given, HtmlFacts } from "../core/types.js";
import { findAgencyMark } from "./agency-marks.js";
import type { PageLine } from "./lines.js";
import { hostOf, siteOutlet } from "./site.js";

export interface OutletInput {
  lines: PageLine[];
  dateline: Dateline | null;
  facts: HtmlFacts | null;
  given: Given;
  url: string | null;
  /** The address's host may name the outlet only for pages fetched as such (HTML, WARC records). */
  hostNamesOutlet: boolean;
}

/**
 * The outlet, only when the page names it. In order: an agency credited in a marker position (wire copy
 * names its origin, whoever republished it), an agency a dateline names, the site's own name (og:site_name,
 * JSON-LD publisher), what the container stated, and the host the page was fetched from.
 */
export function findOutlet(input: OutletInput): Fact<string> | null {
  const mark = findAgencyMark(input.lines);
  if (mark) return { value: mark.agency, basis: `agency credit "${mark.evidence}" (${mark.where})`, ruleId: mark.ruleId };
  if (input.dateline?.agency) {
    return { value: input.dateline.agency, basis: `dateline "${input.dateline.raw}"`, ruleId: "outlet/dateline-agency" };
  }
  const site = input.facts ? siteOutlet(input.facts) : null;
  if (site) return site;
  if (input.given.outlet?.trim()) {
    return { value: input.given.outlet.trim(), basis: "outlet stated by the container", ruleId: "outlet/given" };
  }
  const host = input.hostNamesOutlet ? hostOf(input.url) : null;
  if (host) return { value: host, basis: `host of the page address ${input.url}`, ruleId: "outlet/url-host" };
  return null;
}
