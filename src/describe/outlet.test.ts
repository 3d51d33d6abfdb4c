import { test } from "node:test";
import assert from "node:assert/strict";
import { findOutlet, type OutletInput } from "./outlet.js";
import type { HtmlFacts } from "../core/types.js";

const facts = (meta: Record<string, string[]>, jsonLd: Record<string, unknown>[] = []): HtmlFacts => ({
  titleTag: null, meta, jsonLd, h1: [], times: [], lang: null, canonical: null,
});
const base: OutletInput = { lines: [], dateline: null, facts: null, given: {}, url: null, hostNamesOutlet: false };

test("an agency credit outranks the site that republished the copy", () => {
  const outlet = findOutlet({
    ...base,
    lines: [{ text: "TOKYO (Kyodo) -- Japan said on Monday.", where: "text paragraph 1", lead: true }],
    facts: facts({ "og:site_name": ["The Japan Times"] }),
  });
  assert.deepEqual([outlet?.value, outlet?.ruleId], ["Kyodo", "outlet/lead-parentheses"]);
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
