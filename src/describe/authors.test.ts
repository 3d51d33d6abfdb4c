import { test } from "node:test";
import assert from "node:assert/strict";
import type { HtmlFacts } from "../core/types.js";
import { bylineNames, findAuthors } from "./authors.js";
import { findLanguage, primaryLanguage } from "./language.js";

const facts = (f: Partial<HtmlFacts>): HtmlFacts => ({ titleTag: null, meta: {}, jsonLd: [], h1: [], times: [], lang: null, canonical: null, ...f });

test("byline names are people; agencies, dates and addresses are not", () => {
  assert.deepEqual(bylineNames("By Jane Doe and John Roe | Updated: 3 April 2024"), ["Jane Doe", "John Roe"]);
  assert.deepEqual(bylineNames("Written by Maya Gebeily, Anthony Deutsch"), ["Maya Gebeily", "Anthony Deutsch"]);
  assert.deepEqual(bylineNames("By IANS | Updated: October 24, 2025 20:35 IST"), []);
  assert.deepEqual(bylineNames("Moscow and Tokyo have been engaged in talks"), []);
});

test("authors from JSON-LD first, else meta, then bylines", () => {
  const ld = facts({ jsonLd: [{ "@type": "NewsArticle", author: [{ "@type": "Person", name: "Maya Gebeily" }, { name: "Anthony Deutsch" }] }] });
  assert.deepEqual(findAuthors(ld, {}, []), ["Maya Gebeily", "Anthony Deutsch"]);
  const meta = facts({ meta: { "article:author": ["Maya Gebeily,Anthony Deutsch"], author: ["https://facebook.com/x"] } });
  assert.deepEqual(findAuthors(meta, {}, []), ["Maya Gebeily", "Anthony Deutsch"]);
  assert.deepEqual(findAuthors(null, {}, [{ text: "By Jane Doe", where: "input line 2" }]), ["Jane Doe"]);
});

test("language: the primary subtag the page states, else null", () => {
  assert.equal(primaryLanguage("en-US"), "en");
  assert.equal(primaryLanguage("de_CH"), "de");
  assert.equal(primaryLanguage("english"), null);
  assert.equal(findLanguage(facts({ lang: "en-GB" }))?.value, "en");
  assert.equal(findLanguage(facts({ meta: { "og:locale": ["ja_JP"] } }))?.value, "ja");
  assert.equal(findLanguage(facts({})), null);
  assert.equal(findLanguage(null), null);
});
