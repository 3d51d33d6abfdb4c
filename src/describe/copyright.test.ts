import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "../core/html.js";
import { sharedPath } from "../core/paths.js";
import { copyrightHolders, withoutLegalForm } from "./copyright.js";
import { collectHtmlFacts } from "./html-facts.js";
import { findOutlet } from "./outlet.js";

test("copyright lines: the holder before the rights phrase; photo credits and bare marks are no site line", () => {
  const rows: [string, string[]][] = [
    ["Copyright 2031 Gazette. All rights reserved. Gazette is not responsible", ["Gazette"]],
    ["About usCopyright © 1990-2031 The Lake City Post. All Rights Reserved.", ["The Lake City Post"]],
    ["© 2031 Northern Printers, Inc. All rights reserved", ["Northern Printers, Inc"]],
    ["Photo: © 2031 Jane Roe / Agency", []],
    ["Copyright current_year Gazette. All rights reserved.", []],
    ["© gazette.example all rights reserved", []],
  ];
  for (const [text, holders] of rows) assert.deepEqual(copyrightHolders(text), holders, text);
});

test("a company's legal form comes off its name", () => {
  assert.deepEqual(withoutLegalForm("The Lake City Post Company"), { name: "The Lake City Post", legal: true });
  assert.deepEqual(withoutLegalForm("Northern Printers, Inc."), { name: "Northern Printers", legal: true });
  assert.deepEqual(withoutLegalForm("Gazette"), { name: "Gazette", legal: false });
});

test("real pages without og:site_name name themselves by copyright line or <title>", () => {
  const page = (...parts: string[]) => {
    const facts = collectHtmlFacts(parseHtml(gunzipSync(readFileSync(sharedPath("data", ...parts))).toString("utf8")));
    return findOutlet({ lines: [], dateline: null, facts, given: {}, url: facts.canonical, hostNamesOutlet: true });
  };
  const bbc = page("fundus-news-html", "uk", "BBC_2024_08_01.html.gz");
  assert.deepEqual([bbc?.value, bbc?.ruleId], ["BBC", "outlet/copyright"]);
  const nyt = page("readability-test-pages", "nytimes-2", "source.html.gz");
  assert.deepEqual([nyt?.value, nyt?.ruleId], ["The New York Times", "outlet/title-suffix"]);
});
