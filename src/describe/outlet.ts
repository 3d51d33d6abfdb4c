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
 * The outlet, only when the page names it. A web page's own name for its site comes first (og:site_name, the
 * <title>'s site segment, its copyright line, the JSON-LD publisher): a wire story a site republishes is that
 * site's page, and the agency it credits is its source, not its outlet. Plain text names no site, so there an
 * agency credited in a marker position comes first (wire copy names its origin), then an agency a dateline
 * names, what the container stated, and the host the page was fetched from.
 */
export function findOutlet(input: OutletInput): Fact<string> | null {
  const site = input.facts ? siteOutlet(input.facts, input.url) : null;
  if (site) return site;
  const mark = findAgencyMark(input.lines);
  if (mark) return { value: mark.agency, basis: `agency credit "${mark.evidence}" (${mark.where})`, ruleId: mark.ruleId };
  if (input.dateline?.agency) {
    return { value: input.dateline.agency, basis: `dateline "${input.dateline.raw}"`, ruleId: "outlet/dateline-agency" };
  }
  if (input.given.outlet?.trim()) {
    return { value: input.given.outlet.trim(), basis: "outlet stated by the container", ruleId: "outlet/given" };
  }
  const host = input.hostNamesOutlet ? hostOf(input.url) : null;
  if (host) return { value: host, basis: `host of the page address ${input.url}`, ruleId: "outlet/url-host" };
  return null;
}
