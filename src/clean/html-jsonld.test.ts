import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "../core/html.js";
import { sharedPath } from "../core/paths.js";
import { articleBodyParagraphs, jsonLdArticleBody } from "./html-jsonld.js";

const benchmarkPage = (prefix: string): string => {
  const dir = sharedPath("data", "article-extraction-benchmark", "html");
  const file = readdirSync(dir).find((f) => f.startsWith(prefix))!;
  return gunzipSync(readFileSync(`${dir}/${file}`)).toString("utf8");
};

test("the JSON-LD articleBody is found inside the page's NewsArticle object", () => {
  const body = jsonLdArticleBody(parseHtml(benchmarkPage("098bb3e9")));
  assert.ok(body?.startsWith("Walt Disney Co. executive Kevin Mayer said overwhelming demand"));
});

test("a page without JSON-LD articleBody gives null", () => {
  assert.equal(jsonLdArticleBody(parseHtml(benchmarkPage("9ebb3af6"))), null);
});

test("entities in a plain articleBody are decoded (space.com writes &apos;)", () => {
  const body = jsonLdArticleBody(parseHtml(benchmarkPage("c50845a7")))!;
  assert.match(body, /&apos;/);
  const paragraphs = articleBodyParagraphs(body);
  assert.ok(paragraphs[0]?.startsWith("NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon"));
});

test("an HTML articleBody is split at its paragraphs, a plain one at its line breaks", () => {
  assert.deepEqual(articleBodyParagraphs("<p>First &amp; one.</p><p>Second.</p>"), ["First & one.", "Second."]);
  assert.deepEqual(articleBodyParagraphs("First.\n\nSecond.\nThird."), ["First.", "Second.", "Third."]);
});
