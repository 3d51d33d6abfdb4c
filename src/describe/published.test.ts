import { test } from "node:test";
import assert from "node:assert/strict";
import type { HtmlFacts } from "../core/types.js";
import { findPublished, type PublishedInput } from "./published.js";
import type { PageLine } from "./lines.js";

const REF = new Date(Date.UTC(2025, 11, 31));
const facts = (f: Partial<HtmlFacts>): HtmlFacts => ({ titleTag: null, meta: {}, jsonLd: [], h1: [], times: [], lang: null, canonical: null, ...f });
const line = (text: string, where = "input line 1"): PageLine => ({ text, where, lead: true });
const base: PublishedInput = { lines: [], facts: null, url: null, given: {}, crawledAt: null, dateline: null, ref: REF };
const pick = (input: Partial<PublishedInput>): [string | null, string, string | undefined] => {
  const p = findPublished({ ...base, ...input });
  return [p.date, p.ruleId, p.zone];
};

test("JSON-LD datePublished before meta, meta before visible stamps, published before modified", () => {
  const f = facts({
    jsonLd: [{ "@type": "NewsArticle", datePublished: "2024-03-07T07:55:25Z", dateModified: "2024-03-08T10:00:00Z" }],
    meta: { "article:published_time": ["2024-03-06T07:55:25Z"], "article:modified_time": ["2024-03-09T00:00:00Z"] },
  });
  assert.deepEqual(pick({ facts: f, lines: [line("Published 3 April 2024")] }), ["2024-03-07", "published/jsonld", "+00:00"]);
  assert.deepEqual(pick({ facts: facts({ meta: f.meta }) }), ["2024-03-06", "published/meta", "+00:00"]);
  assert.deepEqual(pick({ facts: facts({ meta: { "article:modified_time": ["2024-03-09T00:00:00Z"] } }) }), ["2024-03-09", "published/meta-modified", "+00:00"]);
});

test("the local date as stated, never shifted to UTC", () => {
  const f = facts({ meta: { "article:published_time": ["2025-10-24T01:31:36+05:30"] } });
  assert.deepEqual(pick({ facts: f }), ["2025-10-24", "published/meta", "+05:30"]);
});

test("a labelled publication stamp beats an unlabelled one, which beats a revision stamp", () => {
  assert.deepEqual(pick({ lines: [line("Updated: 5 April 2024"), line("Published 3 April 2024", "input line 2")] })[0], "2024-04-03");
  assert.deepEqual(pick({ lines: [line("Updated: 5 April 2024"), line("4 April 2024 | World", "input line 2")] }), ["2024-04-04", "published/stamp-line", undefined]);
  assert.deepEqual(pick({ lines: [line("Updated: 5 April 2024")] })[1], "published/stamp-updated");
});

test("impossible and future stamps are refused", () => {
  assert.deepEqual(pick({ lines: [line("Published 30 February 2024")] })[0], null);
  assert.deepEqual(pick({ lines: [line("Published 3 April 2031")], crawledAt: "2025-05-05T00:00:00Z", ref: new Date("2025-05-05T00:00:00Z") })[1], "published/crawl-date");
});

test("container, header line, address: in that order, below the page's own stamps", () => {
  assert.deepEqual(pick({ given: { published: "Fri, 10 Feb 2023 12:00:00 GMT" }, lines: [line(" date 2025-05-05 403")] })[1], "published/given");
  assert.deepEqual(pick({ lines: [line(" date 2025-05-05 403")], url: "https://x.com/2024/04/03/a" }), ["2025-05-05", "published/header-line", undefined]);
  assert.deepEqual(pick({ url: "https://x.com/2024/04/03/a" }), ["2024-04-03", "published/url", undefined]);
});

test("a dateline without a year gives no published date; with one it does", () => {
  const dateline = { raw: "MOSCOW, February 10. /TASS/.", city: "MOSCOW", agency: "TASS", year: null, month: 2, day: 10, start: 0, end: 28 };
  const none = findPublished({ ...base, dateline });
  assert.deepEqual([none.date, none.precision, none.ruleId], [null, null, "published/none"]);
  assert.deepEqual(pick({ dateline: { ...dateline, year: 2023 } })[0], "2023-02-10");
});

test("the capture date only as a last resort, and marked as such", () => {
  const p = findPublished({ ...base, crawledAt: "2025-05-14 23:36:25.254753" });
  assert.deepEqual([p.date, p.crawl, p.ruleId], ["2025-05-14", true, "published/crawl-date"]);
  assert.match(p.basis, /capture date/);
  assert.equal(findPublished({ ...base, crawledAt: "2025-05-14", url: "https://x.com/2024/04/03/a" }).crawl, undefined);
});

test("caption dates belong to the photo", () => {
  const caption: PageLine = { text: "Photo: Jane Doe, 24.04.2024", where: "removed (html/caption)", caption: true };
  assert.equal(findPublished({ ...base, lines: [caption] }).date, null);
});

test("a page rewritten years later and stamped with its revision is dated by the revision", () => {
  const explainer = facts({
    jsonLd: [{ "@type": "NewsArticle", datePublished: "2011-02-01T09:00:00Z", dateModified: "2025-06-14T08:30:00Z" }],
    times: [{ datetime: "2025-06-14T08:30:00Z", text: "2 days ago" }],
  });
  assert.deepEqual(pick({ facts: explainer }).slice(0, 2), ["2025-06-14", "published/revised-page"]);
  // a correction days later, or a stamp showing the first date, leaves the publication date
  const corrected = facts({ ...explainer, jsonLd: [{ "@type": "NewsArticle", datePublished: "2025-06-10T09:00:00Z", dateModified: "2025-06-14T08:30:00Z" }] });
  assert.deepEqual(pick({ facts: corrected }).slice(0, 2), ["2025-06-10", "published/jsonld"]);
  const firstShown = facts({ ...explainer, times: [{ datetime: "2011-02-01T09:00:00Z", text: "1 February 2011" }] });
  assert.deepEqual(pick({ facts: firstShown }).slice(0, 2), ["2011-02-01", "published/jsonld"]);
});
