import { test } from "node:test";
import assert from "node:assert/strict";
import type { HtmlFacts } from "../core/types.js";
import { findTitle, type TitleInput } from "./title.js";
import { pageLines } from "./lines.js";

const facts = (f: Partial<HtmlFacts>): HtmlFacts => ({ titleTag: null, meta: {}, jsonLd: [], h1: [], times: [], lang: null, canonical: null, ...f });
const html = (f: Partial<HtmlFacts>, url: string | null = null): TitleInput => ({
  kind: "html", facts: facts(f), url, cleanTitle: null, removed: [], given: {}, lines: [],
});

test("HTML: the visible h1 when another source confirms it", () => {
  const t = findTitle(html({
    titleTag: "Nur ein Drittel der Kinder kam am Montag in die Schule | Kleine Zeitung",
    meta: { "og:title": ["Notbetrieb und Notfallplan: Kinder erlebten ruhigen Montag"], "og:site_name": ["Kleine Zeitung"] },
    h1: ["Nur ein Drittel der Kinder kam am Montag in die Schule"],
  }));
  assert.deepEqual([t?.value, t?.ruleId], ["Nur ein Drittel der Kinder kam am Montag in die Schule", "title/h1"]);
});

test("HTML: without confirmation the reading most sources share wins; a logo h1 is no headline", () => {
  const t = findTitle(html({
    titleTag: "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos",
    h1: ["Time 4 talks"],
  }));
  assert.deepEqual([t?.value, t?.ruleId], ["Weitere Digitalisierung der Schweizer Kinos", "title/title-tag-segment"]);
  const og = findTitle(html({
    titleTag: "Palestinians say his appointment could ruin ceasefire talks | CBC News",
    meta: { "og:title": ["Palestinians say his appointment could ruin ceasefire talks"], "twitter:title": ["Something else"] },
    h1: ["Top Stories"],
  }, "https://www.cbc.ca/news/world/x"));
  assert.deepEqual([og?.value, og?.ruleId], ["Palestinians say his appointment could ruin ceasefire talks", "title/og-title"]);
});

test("HTML: error banners and menu labels are never titles", () => {
  const t = findTitle(html({ titleTag: "404 - Page not found", h1: ["Menu"], meta: { "og:title": ["Sorry! We're sorry, but the page doesn't exist"] } }));
  assert.equal(t, null);
});

test("text: the cleaner's headline, a removed headline line, the container, then the head of the input", () => {
  const input = " date 2025-05-05 403\nSorry!!\nError! We're sorry, but the page you were looking for doesn't exist.\nKremlin voices remarks on peace agreement\n(MENAFN) Kremlin spokesperson said …";
  const doc = { kind: "text" as const, input, text: "", removed: [] };
  const base: TitleInput = { kind: "text", facts: null, url: null, cleanTitle: null, removed: [], given: {}, lines: pageLines(doc) };
  assert.deepEqual(findTitle({ ...base, cleanTitle: "Cleaner's headline here" })?.ruleId, "title/clean");
  assert.deepEqual(findTitle({ ...base, removed: [{ text: "Removed headline here", ruleId: "text/headline", line: 4 }] })?.ruleId, "title/removed-headline");
  assert.deepEqual(findTitle({ ...base, given: { title: "Container title here" } })?.ruleId, "title/given");
  const fallback = findTitle(base);
  assert.deepEqual([fallback?.value, fallback?.ruleId], ["Kremlin voices remarks on peace agreement", "title/text-head-line"]);
  const nav = pageLines({ ...doc, input: "• Live\n• twitter\nNews > Russia\nAll news\nRussia-Japan Tensions Obstruct Peace Negotiations: Nozdrev\nPublished 3 April 2024" });
  assert.equal(findTitle({ ...base, lines: nav })?.value, "Russia-Japan Tensions Obstruct Peace Negotiations: Nozdrev");
});
