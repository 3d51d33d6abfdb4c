import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "../core/html.js";
import { sharedPath } from "../core/paths.js";
import { cleanHtml } from "./html.js";
import { EXCERPT_CHARS } from "./html-removal.js";

const benchmark = sharedPath("data", "article-extraction-benchmark");
const truth = JSON.parse(readFileSync(`${benchmark}/ground-truth.json`, "utf8")) as Record<string, { articleBody: string; url: string }>;

/** A benchmark page by the start of its id: its HTML, URL and hand-made article body. */
function page(prefix: string): { html: string; url: string; paragraphs: string[] } {
  const file = readdirSync(`${benchmark}/html`).find((f) => f.startsWith(prefix));
  assert.ok(file, `benchmark page ${prefix}`);
  const id = file.replace(/\.html\.gz$/, "");
  const gold = truth[id]!;
  const paragraphs = gold.articleBody.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
  return { html: gunzipSync(readFileSync(`${benchmark}/html/${file}`)).toString("utf8"), url: gold.url, paragraphs };
}

const clean = (p: { html: string; url: string }) => cleanHtml(parseHtml(p.html), p.url);

test("Houston Chronicle: the article's paragraphs come out one per paragraph, site menus and title do not", () => {
  const p = page("9ebb3af6");
  const { text, removed } = clean(p);
  const out = text.split("\n\n");
  // The hand-made body's paragraphs, each found as a paragraph of its own.
  for (const want of p.paragraphs.slice(0, 6)) assert.ok(out.includes(want), `paragraph kept whole: ${want.slice(0, 60)}`);
  assert.equal(out[0], p.paragraphs[0], "the text starts with the article, not its title or byline");
  for (const furniture of ["Contact Chron", "Place a Classified Ad", "Read Today's eNewspaper", "On HoustonChronicle.com", "Image 1 of"]) {
    assert.ok(!text.includes(furniture), `furniture gone: ${furniture}`);
  }
  assert.ok(!out.includes("New car sales plunge 10 percent in October"), "title not repeated");
  assert.ok(removed.some((r) => r.ruleId === "html/nav"));
  assert.ok(removed.every((r) => r.text.length > 0 && r.text.length <= EXCERPT_CHARS && r.ruleId.startsWith("html/")));
});

test("The Hill: a name with a hover card stays in its sentence, the card goes", () => {
  const { text } = clean(page("6ebac05f"));
  assert.match(text, /threatened to kill Rep\. Ilhan Omar \(D-Minn\.\), the U\.S\. Attorney’s Office/);
  assert.ok(!text.includes("Hillicon Valley"), "hover-card headlines are not text");
});

test("Digg: story cards after the article are dropped as teaser <article>s", () => {
  const p = page("680c2848");
  const { text, removed } = clean(p);
  assert.ok(text.split("\n\n").includes(p.paragraphs[0]!));
  const lastProse = p.paragraphs.filter((q) => q.length > 80).pop()!;
  assert.ok(text.includes(lastProse), "the article's last paragraph is kept");
  assert.ok(removed.filter((r) => r.ruleId === "html/teaser-article").length > 10);
  assert.ok(!text.includes("herding reindeer"), "a teaser card's blurb is gone");
});

test("Sky News: the 'related stories' list and captions are dropped, quotes kept as paragraphs", () => {
  const p = page("921019755f4a");
  const { text, removed } = clean(p);
  const out = text.split("\n\n");
  const quotes = p.paragraphs.filter((q) => /^["“]/.test(q));
  assert.ok(quotes.length > 0);
  for (const q of quotes) assert.ok(out.includes(q), `quote kept as a paragraph: ${q.slice(0, 60)}`);
  assert.ok(removed.some((r) => r.ruleId === "html/related"));
});

// The fallback, on a real page whose visible body is a stub filled in by scripts (trafilatura-eval).
const scmp = (): string => gunzipSync(readFileSync(sharedPath("data", "trafilatura-eval", "cache", "scmp.com.playbook.html.gz"))).toString("utf8");
const scmpGold = (): { with: string[] } =>
  Object.values(JSON.parse(readFileSync(sharedPath("data", "trafilatura-eval", "evaldata.json"), "utf8")) as { file: string; with: string[] }[]).find(
    (g) => g.file === "scmp.com.playbook.html",
  )!;
const squash = (s: string): string => s.replace(/\s+/g, " ");

test("fallback: the JSON-LD articleBody replaces an extraction that got too little", () => {
  const without = cleanHtml(parseHtml(scmp()), null, { disabled: new Set(["html/jsonld"]) }).text;
  const { text, removed } = cleanHtml(parseHtml(scmp()), null);
  assert.ok(text.length > 4 * without.length, "the page itself yields a fraction of the article");
  const wanted = scmpGold().with;
  assert.ok(wanted.length > 0);
  for (const segment of wanted) assert.ok(squash(text).includes(squash(segment)), segment);
  assert.ok(!wanted.every((segment) => squash(without).includes(squash(segment))), "without the fallback some are missing");
  assert.ok(removed.some((r) => r.ruleId === "html/replaced-by-jsonld"));
});

test("fallback: a page with no content gives empty text, not an error", () => {
  assert.deepEqual(cleanHtml(parseHtml("<html><head><title>Empty</title></head><body></body></html>"), null), { text: "", removed: [] });
});

test("switching preclean off still extracts the article (Readability alone, then block rules)", () => {
  const p = page("9ebb3af6");
  const { text } = cleanHtml(parseHtml(p.html), p.url, { disabled: new Set(["html/preclean"]) });
  assert.ok(text.includes(p.paragraphs[0]!));
});

test("BBC: sentences with links in them, each in a <div> of its own, are kept with the rest of the article", () => {
  const dir = sharedPath("data", "fundus-news-html", "uk");
  const html = gunzipSync(readFileSync(`${dir}/BBC_2026_04_25.html.gz`)).toString("utf8");
  const { text } = cleanHtml(parseHtml(html), "https://www.bbc.com/news/articles/clymn8zyrp9o");
  // in the page: `<div><div><p>According to Nato, <a href=…>every country in the alliance achieved …</a>.</p></div></div>`
  for (const linked of [
    "He has also accused other member nations of relying too much on the strength of the US military",
    "According to Nato, every country in the alliance achieved at least 2% in 2025.",
    "In 2008, the alliance said that Ukraine could eventually join.",
    "The alliance previously described Russia's invasion of Ukraine as the \"most significant and direct threat",
  ]) {
    assert.ok(text.includes(linked), linked);
  }
  // the page's own gold body (fundus): its paragraphs of eight words or more are all there but one
  const gold = JSON.parse(readFileSync(`${dir}/BBC.json`, "utf8")) as Record<string, { body: { sections: { paragraphs: string[] }[] } }>;
  const paragraphs = Object.values(gold).at(-1)!.body.sections.flatMap((s) => s.paragraphs).filter((p) => p.split(" ").length >= 8);
  assert.ok(paragraphs.length > 30);
  assert.ok(paragraphs.filter((p) => !text.includes(p)).length <= 1);
});

test("Reuters: a cookie consent dialog with more prose than the short article is dropped, not taken for it", () => {
  const dir = sharedPath("data", "fundus-news-html", "us");
  const html = gunzipSync(readFileSync(`${dir}/Reuters_2023_05_16.html.gz`)).toString("utf8");
  const { text, removed } = cleanHtml(parseHtml(html), null);
  assert.match(text, /^KATHMANDU, April 25 \(Reuters\) - Nepal's civil aviation authority disputed/);
  assert.ok(!/opt-out|cookies/i.test(text), "no consent text in the article");
  assert.ok(removed.some((r) => r.ruleId === "html/cookie" && /CCPA Right to Opt-Out/.test(r.text)));
});

test("Times of India: comments between the pieces of a sentence (server-rendered React) do not split it", () => {
  const dir = sharedPath("data", "fundus-news-html", "ind");
  const html = gunzipSync(readFileSync(`${dir}/TimesOfIndia_2024_09_02.html.gz`)).toString("utf8");
  // in the page: `Chief of Army Staff <!-- -->General Asim Munir<!-- --> has over the past few months …`
  assert.ok(html.includes("<!-- -->General Asim Munir<!-- -->"));
  const { text } = cleanHtml(parseHtml(html), null);
  assert.ok(text.includes("Pakistan's Chief of Army Staff General Asim Munir has over the past few months repeatedly warned that"));
  assert.ok(text.includes(`to countering militancy is evolving and may be taking a turn to the sinister as its army's new anti-terror operation 'Azm-e-Istehkam' (Resolve for Stability)`));
});

test("CBC: a video pointer, 'WATCH | <its title>:', is dropped as a teaser; the sentences around it stay", () => {
  const dir = sharedPath("data", "fundus-news-html", "ca");
  const html = gunzipSync(readFileSync(`${dir}/CBCNews_2024_08_08.html.gz`)).toString("utf8");
  const { text, removed } = cleanHtml(parseHtml(html), null);
  assert.ok(!/^WATCH \|/m.test(text), "no video pointer in the text");
  const teasers = removed.filter((r) => r.ruleId === "html/teaser" && r.text.startsWith("WATCH |"));
  assert.ok(teasers.length >= 2, `${teasers.length} pointers removed`);
  assert.ok(text.includes("Levitt said that because of his time in jail, Sinwar \"understands Israelis.\""));
});

test("Al Bawaba: a note on where a syndicated article first ran is dropped; its last paragraph stays", () => {
  const p = page("833caf3b");
  const { text, removed } = clean(p);
  assert.ok(removed.some((r) => r.ruleId === "text/syndication-note" && /adapted from its original source/.test(r.text)));
  assert.ok(!/adapted from its original source/.test(text));
  // the hand-made body ends with the note; everything before it is kept
  const body = p.paragraphs.filter((x) => !/adapted from its original source/.test(x));
  assert.ok(body.length >= 5 && body.every((x) => text.includes(x)));
});

test("a blog post's filing line and a disclaimer printed as paragraphs go by the text line rules, named in the removals", () => {
  const traf = sharedPath("data", "trafilatura-eval", "eval");
  const post = cleanHtml(parseHtml(gunzipSync(readFileSync(`${traf}/sprechwaisen.com.sw082.html.gz`)).toString("utf8")), null);
  assert.ok(!post.text.includes("Bookmark the permalink"));
  assert.ok(post.removed.some((r) => r.ruleId === "text/post-meta" && r.text.startsWith("This entry was posted in Allgemein.")));
  const zdnet = clean(page("5fbc7ccb"));
  assert.ok(zdnet.removed.some((r) => r.ruleId === "text/disclaimer-prefix" && r.text.startsWith("Disclosure: ZDNet may earn a commission")));
  assert.ok(!zdnet.text.includes("may earn a commission"));
});

test("The Points Guy: an advertiser disclosure box is furniture, and the article it outweighed is found", () => {
  const traf = sharedPath("data", "trafilatura-eval", "eval");
  const { text, removed } = cleanHtml(parseHtml(gunzipSync(readFileSync(`${traf}/thepointsguy.com.alaska.html.gz`)).toString("utf8")), null);
  assert.ok(text.includes("Alaska Airlines has a new date for when it will be a full fledged member of the Oneworld alliance"));
  assert.ok(!text.includes("Many of the credit card offers that appear on the website"));
  assert.ok(removed.some((r) => r.ruleId === "html/disclosure"));
});
