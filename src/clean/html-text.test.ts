import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "../core/html.js";
import { sharedPath } from "../core/paths.js";
import { htmlBlocks, htmlText } from "./html-text.js";

const readabilityPage = (name: string): string =>
  gunzipSync(readFileSync(sharedPath("data", "readability-test-pages", name, "source.html.gz"))).toString("utf8");

test("headings are paragraphs; one <br> breaks a line, two end the paragraph (Readability's replace-brs page)", () => {
  const paragraphs = htmlText(parseHtml(readabilityPage("replace-brs")).body);
  assert.equal(paragraphs[0], "Lorem");
  assert.equal(paragraphs[1], "Lorem ipsum\ndolor sit");
  assert.ok(paragraphs[2]?.startsWith("amet, consectetur adipisicing elit, sed do eiusmod\ntempor incididunt"));
  assert.ok(paragraphs[2]?.endsWith("ut aliquip ex ea commodo"), "`<br/> <br/>` ends the paragraph");
  assert.ok(paragraphs[3]?.startsWith("consequat. Duis aute irure"));
  assert.equal(paragraphs[4], "Foo");
  assert.equal(paragraphs[5], "Tempor");
  assert.equal(paragraphs.length, 8);
  for (const p of paragraphs) for (const line of p.split("\n")) assert.equal(line, line.trim().replace(/\s+/g, " "));
});

test("paragraph breaks between <p>s survive stray <br>s around them (remove-extra-brs page)", () => {
  const paragraphs = htmlText(parseHtml(readabilityPage("remove-extra-brs")).body);
  assert.deepEqual(paragraphs.slice(0, 2), [
    "Lorem",
    "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
  ]);
  assert.ok(paragraphs[2]?.startsWith("Ut enim ad minim veniam, quis nostrud"));
});

test("entities are decoded, list items and table rows are blocks, link characters are counted", () => {
  const doc = parseHtml(
    "<p>Tom &amp; Jerry&nbsp;said &#8220;hi&#8221; to <a href='/x'>Lavrov</a></p><ul><li>one</li><li>two</li></ul>" +
      "<table><tr><td>Kunashir</td><td>Kunashiri</td></tr></table><script>var x = 1;</script>",
  );
  const blocks = htmlBlocks(doc.body);
  assert.deepEqual(
    blocks.map((b) => [b.tag, b.text]),
    [
      ["P", "Tom & Jerry said “hi” to Lavrov"],
      ["LI", "one"],
      ["LI", "two"],
      ["TR", "Kunashir Kunashiri"],
    ],
  );
  assert.equal(blocks[0]?.linkChars, "Lavrov".length);
});
