import { test } from "node:test";
import assert from "node:assert/strict";
import { findOutlet, type OutletInput } from "./outlet.js";
import type { HtmlFacts } from "../core/types.js";

const facts = (meta: Record<string, string[]>, jsonLd: Record<string, unknown>[] = []): HtmlFacts => ({
  titleTag: null, meta, jsonLd, h1: [], times: [], lang: null, canonical: null,
});
const base: OutletInput = { lines: [], dateline: null, facts: null, given: {}, url: null, hostNamesOutlet: false };

test("a web page's own site name outranks the agency it credits; plain text names the agency", () => {
  const lines = [{ text: "OSAKA (Kyodo) -- The minister said on Monday.", where: "text paragraph 1", lead: true }];
  const page = findOutlet({ ...base, lines, facts: facts({ "og:site_name": ["The Osaka Herald"] }) });
  assert.deepEqual([page?.value, page?.ruleId], ["The Osaka Herald", "outlet/og-site-name"]);
  const text = findOutlet({ ...base, lines });
  assert.deepEqual([text?.value, text?.ruleId], ["Kyodo", "outlet/lead-parentheses"]);
});

test("the site's name closing the <title>, also spelled from the host's initials", () => {
  const titled = (titleTag: string): HtmlFacts => ({ ...facts({}), titleTag });
  const one = findOutlet({ ...base, facts: titled("Floods close the port - Harbour Gazette"), url: "https://www.harbourgazette.com/a/1" });
  assert.deepEqual([one?.value, one?.ruleId], ["Harbour Gazette", "outlet/title-suffix"]);
  const two = findOutlet({ ...base, facts: titled("Floods close the port - The Lake City Post"), url: "https://lcpost.com/a/1" });
  assert.equal(two?.value, "The Lake City Post");
  // a last segment that is no name of the site stays headline
  const three = findOutlet({ ...base, facts: titled("Floods close the port - Live updates"), url: "https://lcpost.com/a/1" });
  assert.equal(three, null);
});

test("the copyright line's holder, before the publisher object and without a company's legal form", () => {
  const withNotices = (notices: string[], jsonLd: Record<string, unknown>[] = []): HtmlFacts => ({ ...facts({}, jsonLd), notices } as HtmlFacts);
  const ld = [{ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Gazette Media News" } }];
  const own = findOutlet({ ...base, facts: withNotices(["Gazette"], ld), url: "https://gazette.example/x" });
  assert.deepEqual([own?.value, own?.ruleId], ["Gazette", "outlet/copyright"]);
  // a company's legal name counts only when the rest is a name the page gives its site
  const company = findOutlet({ ...base, facts: withNotices(["The Lake City Post Company"]), url: "https://lcpost.com/a" });
  assert.deepEqual([company?.value, company?.ruleId], ["The Lake City Post", "outlet/copyright"]);
  const owner = findOutlet({ ...base, facts: withNotices(["Northern Printers, Inc."], ld), url: "https://lcpost.com/a" });
  assert.deepEqual([owner?.value, owner?.ruleId], ["Gazette Media News", "outlet/jsonld-publisher"]);
});

test("site name, JSON-LD publisher, container, host, in that order", () => {
  const url = "https://www.tass.com/politics/1574583";
  assert.equal(findOutlet({ ...base, facts: facts({ "og:site_name": ["TASS"] }) })?.ruleId, "outlet/og-site-name");
  const ld = facts({}, [{ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Kyodo News" } }]);
  assert.deepEqual([findOutlet({ ...base, facts: ld })?.value], ["Kyodo News"]);
  assert.equal(findOutlet({ ...base, given: { outlet: "NHK" } })?.ruleId, "outlet/given");
  const host = findOutlet({ ...base, url, hostNamesOutlet: true });
  assert.deepEqual([host?.value, host?.ruleId], ["tass.com", "outlet/url-host"]);
  assert.match(host?.basis ?? "", /host of the page address/);
});

test("plain text without any marker has no outlet, even with an address", () => {
  assert.equal(findOutlet({ ...base, url: "https://tass.com/x", hostNamesOutlet: false }), null);
});

test("a dateline's agency unknown to the lexicon still names the outlet", () => {
  const dateline = { raw: "LONDON (Pressenza) -", city: "LONDON", agency: "Pressenza", year: null, month: null, day: null, start: 0, end: 20 };
  assert.deepEqual(findOutlet({ ...base, dateline })?.ruleId, "outlet/dateline-agency");
});
