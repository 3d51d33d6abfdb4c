import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "../core/html.js";
import { sharedPath } from "../core/paths.js";
import { collectHtmlFacts } from "./html-facts.js";

const page = (path: string): string => gunzipSync(readFileSync(sharedPath("data", "fundus-news-html", path))).toString("utf8");

test("collectHtmlFacts on a real Reuters page", () => {
  const facts = collectHtmlFacts(parseHtml(page("us/Reuters_2024_03_07.html.gz")));
  assert.equal(facts.titleTag, "Israeli tank 'likely' fired machine gun at reporters after deadly shelling, report finds | Reuters");
  assert.deepEqual(facts.h1, ["Israeli tank 'likely' fired machine gun at reporters after deadly shelling, report finds"]);
  assert.deepEqual(facts.meta["og:site_name"], ["Reuters"]);
  assert.deepEqual(facts.meta["article:published_time"], ["2024-03-07T07:55:25Z"]);
  // Entities in attributes are decoded.
  assert.equal(facts.meta["og:title"]?.[0], "Israeli tank 'likely' fired machine gun at reporters after deadly shelling, report finds");
  const article = facts.jsonLd.find((o) => o["@type"] === "NewsArticle");
  assert.equal(article?.datePublished, "2024-03-07T07:55:25Z");
  assert.equal(facts.lang, "en");
  assert.match(facts.canonical ?? "", /^https:\/\/www\.reuters\.com\/world\/middle-east\/israeli-tank/);
  assert.ok(facts.times.length > 0);
});

test("collectHtmlFacts does not change the document", () => {
  const document = parseHtml(page("jp/TheJapanNews_2024_10_13.html.gz"));
  const before = document.documentElement.outerHTML;
  collectHtmlFacts(document);
  assert.equal(document.documentElement.outerHTML, before);
});

test("JSON-LD graphs are flattened, broken blocks repaired or skipped, microdata read", () => {
  const html = `<!doctype html><html lang="en-GB"><head><title>T</title>
    <meta property="og:title" content="Headline"><meta name="Author" content="Jane Doe">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Headline",}]}</script>
    <script type="application/ld+json">{"@type": "Person", "name": "Line
break"}</script>
    <script type="application/ld+json">{ not json at all</script>
    <script type="APPLICATION/LD+JSON">[{"@type":"Organization","name":"Org"}]</script>
    </head><body><h1> Headline </h1><time datetime="2024-04-03T10:00:00+03:00">3 April</time>
    <div itemprop="datePublished">20.06.2019 11:43</div><span itemprop="author" itemscope><span itemprop="name">X</span></span></body></html>`;
  const facts = collectHtmlFacts(parseHtml(html));
  assert.deepEqual(facts.jsonLd.map((o) => o["@type"]), ["WebSite", "NewsArticle", "Person", "Organization"]);
  assert.equal(facts.jsonLd[2]?.name, "Line break");
  assert.deepEqual(facts.meta["author"], ["Jane Doe"]);
  assert.deepEqual(facts.meta["datepublished"], ["20.06.2019 11:43"]);
  assert.deepEqual(facts.meta["name"], ["X"]);
  assert.equal(facts.meta["author"]?.length, 1, "an itemscope element is an item, not a value");
  assert.deepEqual(facts.times, [{ datetime: "2024-04-03T10:00:00+03:00", text: "3 April" }]);
  assert.deepEqual(facts.h1, ["Headline"]);
  assert.equal(facts.lang, "en-GB");
});
