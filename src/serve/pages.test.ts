import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHtml, type HtmlDocument } from "../core/html.js";
import { sharedPath } from "../core/paths.js";
import type { StatementRow } from "../store/store.js";
import { ingestedStore, testApp, type TestApp } from "./test-kit.js";

// The pages against the seeds and the hostile fixture: what a reader sees, and that each page's JSON twin is the
// model it is drawn from.

let t: TestApp;
before(async () => {
  t = await testApp(await ingestedStore());
});
after(() => t.close());

async function page(path: string, status = 200): Promise<HtmlDocument> {
  const res = await t.request(path);
  assert.equal(res.status, status, path);
  assert.match(res.headers.get("content-type")!, /text\/html/);
  return parseHtml(await res.text());
}
const twin = async (path: string) => (await t.request(path)).json() as Promise<any>;
const texts = (doc: HtmlDocument, selector: string): string[] => [...doc.querySelectorAll(selector)].map((e: any) => e.textContent.trim());

/** The inert-markup checks: no script element, no event attribute, no javascript: link anywhere. */
function assertInert(doc: HtmlDocument, where: string): void {
  assert.equal(doc.querySelectorAll("script").length, 0, `${where}: script element`);
  for (const el of doc.querySelectorAll("*")) {
    for (const name of el.getAttributeNames() as string[]) {
      assert.ok(!/^on/i.test(name), `${where}: ${el.tagName} has ${name}`);
      assert.ok(!/^\s*javascript:/i.test(el.getAttribute(name)), `${where}: ${el.tagName} ${name}=${el.getAttribute(name)}`);
    }
  }
}

test("story: counts, date range, one chart mark per drawn statement, each linking to its sentence", async () => {
  const doc = await page("/");
  const model = await twin("/index.json");
  assert.equal(model.counts.documents, 7);
  assert.equal(doc.querySelector("h1").textContent, model.title);
  assert.match(doc.querySelector("p.range").textContent, new RegExp(`${model.said.from}.*${model.said.to}`));
  const svg = doc.querySelector("figure.chart svg");
  assert.ok(svg, "the chart is inline SVG");
  assert.equal(svg.querySelectorAll("style").length, 0, "Plot's inline style is stripped for the CSP");
  const hrefs = [...svg.querySelectorAll("a")].map((a: any) => a.getAttribute("href"));
  assert.equal(hrefs.length, model.marks.length);
  assert.ok(hrefs.every((h: string) => /^\/documents\/d_[0-9a-f]+#s_[0-9a-f]+$/.test(h)));
  const lanes = texts(doc, "table.actors tbody tr td:first-child");
  assert.deepEqual(lanes, model.lanes.map((l: { name: string }) => l.name));
  assert.ok(lanes.includes("Dmitry Peskov") && lanes.includes("Maria Zakharova"));
  // Peskov: closed in May 2025, open in October 2025 — a shift, drawn as a bar with its reading
  const peskov = model.shifts.find((s: { lane: string }) => s.lane === "pack:RU-PESKOV");
  assert.deepEqual([peskov.from, peskov.to], ["closed", "open"]);
  const bars = [...svg.querySelectorAll("title")].map((e: any) => e.textContent).filter((x: string) => x.includes("→"));
  assert.equal(bars.length, model.shifts.length);
  const listed = [...doc.querySelectorAll("ul.shifts li")].map((li: any) => li.textContent);
  assert.ok(listed.some((l) => /Dmitry Peskov: closed → open on 2025-10-24/.test(l)), listed.join(" | "));
});

test("timeline filtered to Russia: Russian speakers only, the form remembers the filter, the twin agrees", async () => {
  const doc = await page("/timeline?side=RU");
  const sides = texts(doc, "li.entry.statement .side");
  assert.ok(sides.length >= 10 && sides.every((s) => s === "RU"));
  assert.ok(doc.querySelectorAll("li.entry.event").length > 0, "events of the side are on its timeline");
  assert.equal(doc.querySelector("select[name=side] option[selected]").getAttribute("value"), "RU");
  const model = await twin("/timeline.json?side=RU");
  assert.equal(model.entries.length, doc.querySelectorAll("li.entry").length);
  const outlets = texts(doc, "li.entry .outlets");
  assert.ok(outlets.some((o) => /TASS/.test(o)), "each entry names the outlets that reported it");
  const none = await page("/timeline?actor=Nobody%20Atall");
  assert.equal(none.querySelectorAll("li.entry").length, 0);
  assert.match(none.querySelector("p.empty").textContent, /Nothing on the timeline/);
});

test("document: every statement highlighted by stance with its exact words, speakers linked, furniture on demand", async () => {
  const docs = (await twin("/api/documents")).rows as { id: string; outlet: string }[];
  const tass = docs.find((d) => d.outlet === "TASS")!;
  const doc = await page(`/documents/${tass.id}`);
  const model = await twin(`/documents/${tass.id}.json`);
  assert.ok(model.statements.length >= 4);
  for (const s of model.statements as StatementRow[]) {
    const marks = [...doc.querySelectorAll(`mark[data-statement="${s.id}"]`)];
    assert.ok(marks.length > 0, s.id);
    assert.ok(marks[0].getAttribute("id") === s.id, "the first piece is the link target");
    assert.ok(marks.every((m: any) => m.classList.contains(s.stance.stance)));
    // pieces of an outer quote interleave with an inner one: the words read back in text order
    const inner = model.statements.filter((o: StatementRow) => o.id !== s.id && o.start >= s.start && o.end <= s.end);
    if (!inner.length) assert.equal(marks.map((m: any) => m.textContent).join(""), s.text);
  }
  const speakers = [...doc.querySelectorAll("section.text a.speaker")].map((a: any) => a.getAttribute("href"));
  assert.ok(speakers.includes("/actors/pack%3ARU-ZAKHAROVA"));
  const removed = doc.querySelector("details.removed");
  assert.ok(removed && !removed.hasAttribute("open"), "removed lines are folded away");
  assert.ok(texts(doc, "details.removed td").includes("All news"));
  assert.match(doc.querySelector("dl.facts").textContent, /2023-02-10[\s\S]*dateline/);
});

test("actor: offices with dates, aliases, a stance chart, statements in order", async () => {
  const doc = await page("/actors/pack%3ARU-PESKOV");
  assert.equal(doc.querySelector("h1").textContent, "Dmitry Peskov");
  assert.match(doc.querySelector("table.offices").textContent, /Press Secretary[\s\S]*2012/);
  assert.match(doc.querySelector("dl.facts").textContent, /Dmitri Peskov/);
  const model = await twin("/actors/pack%3ARU-PESKOV.json");
  assert.equal(doc.querySelectorAll("figure.chart svg a").length, model.chart.marks.length);
  assert.equal(doc.querySelectorAll("ol.statements li").length, model.statements.length);
  assert.ok(model.chart.shifts.length >= 1, "the series shifts from closed to open");
  assert.deepEqual(texts(doc, "ol.runs .stance"), model.chart.runs.map((r: { stance: string }) => r.stance));
  await page("/actors/text%3Aperson%3Anobody", 404);
});

test("search: articles with the matched words marked, and statements containing them", async () => {
  const doc = await page("/search?q=peace%20treaty");
  assert.ok(doc.querySelectorAll("ol.hits li").length >= 3);
  assert.ok(texts(doc, "ol.hits .snippet mark").every((m) => /^(peace|treaty)$/i.test(m)));
  assert.equal(doc.querySelector("input[name=q]").getAttribute("value"), "peace treaty");
  const model = await twin("/search.json?q=peace%20treaty");
  assert.equal(model.documents.length, doc.querySelectorAll("ol.hits li").length);
  // every match was ranked: no note saying otherwise
  assert.equal(model.windowed, false);
  assert.equal(doc.querySelector("p.note"), null);
});

test("the hostile article renders inert on every page that shows it, its text kept as text", async () => {
  const docs = (await twin("/api/documents")).rows as { id: string; title: string; url: string | null }[];
  const hostile = docs.filter((d) => /alert/.test(d.title ?? ""));
  assert.equal(hostile.length, 2);
  for (const d of hostile) {
    const doc = await page(`/documents/${d.id}`);
    assertInert(doc, d.id);
    assert.match(doc.querySelector("h1").textContent, /<script>alert\(/);
    const text = doc.querySelector("section.text").textContent;
    assert.match(text, /<script>alert\('quote'\)<\/script>|<svg onload=alert\('svg'\)>/);
    if (d.url) assert.equal(doc.querySelectorAll("dl.facts a").length, 0, "a javascript: URL is shown, not linked");
  }
  for (const path of ["/", "/timeline", "/search?q=alert", "/actors/pack%3ARU-PESKOV", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"]) {
    assertInert(await page(path), path);
  }
  const raw = await (await t.request(`/documents/${hostile[0]!.id}`)).text();
  assert.doesNotMatch(raw, /<script|<img|<svg onload|onerror=alert\('img'\)>/);
});

test("a form's blank fields mean any; a bad value in one is named, on the page", async () => {
  const blank = await page("/timeline?actor=&side=&stance=&from=&to=&q=");
  const all = await page("/timeline");
  assert.equal(blank.querySelectorAll("li.entry").length, all.querySelectorAll("li.entry").length);
  // the page links its twin with the same query, blank fields and all
  const twinHref = blank.querySelector("link[rel=alternate]").getAttribute("href");
  assert.equal(twinHref, "/timeline.json?actor=&side=&stance=&from=&to=&q=");
  assert.equal((await twin(twinHref)).entries.length, all.querySelectorAll("li.entry").length);
  const cases: [string, string][] = [["/timeline?actor=%00", "actor"], ["/timeline?side=ZZ", "side"], ["/timeline?actor=%2C", "actor"], ["/search?q=a%07b", "q"]];
  for (const [path, parameter] of cases) {
    const bad = await page(path, 400);
    assert.match(bad.querySelector("p.error").textContent, new RegExp(`^${parameter}: `), path);
  }
});

test("errors are pages for pages: 404 and a bad filter named", async () => {
  const missing = await page("/documents/d_0000000000000000", 404);
  assert.match(missing.querySelector("p.error").textContent, /no document/);
  const bad = await page("/timeline?from=yesterday", 400);
  assert.match(bad.querySelector("p.error").textContent, /^from: .*YYYY/);
  const twinErr = await t.request("/timeline.json?from=yesterday");
  assert.equal(twinErr.status, 400);
  assert.equal(((await twinErr.json()) as any).error.parameter, "from");
});

test("a wire copy is listed with its original on both documents' pages", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-wire-"));
  const seeds = sharedPath("seeds");
  const tassFile = readdirSync(seeds).find((f) => readFileSync(join(seeds, f), "utf8").includes("/TASS/"))!;
  const original = readFileSync(join(seeds, tassFile), "utf8");
  // a republication: another site's header line, the last paragraph cut
  const paragraphs = original.trimEnd().split(/\n\s*\n/);
  writeFileSync(join(dir, "republished.txt"), ["Latest headlines", ...paragraphs.slice(1, -1)].join("\n\n") + "\n");
  const w = await testApp(await ingestedStore([seeds, dir]));
  try {
    const rows = ((await (await w.request("/api/documents")).json()) as any).rows as { id: string; source: string; duplicateOf: string | null }[];
    const copy = rows.find((r) => r.source.endsWith("republished.txt"))!;
    const orig = rows.find((r) => r.source.endsWith(tassFile))!;
    assert.equal(copy.duplicateOf, orig.id);
    for (const id of [orig.id, copy.id]) {
      const doc = parseHtml(await (await w.request(`/documents/${id}`)).text());
      const listed = [...doc.querySelectorAll("section.copies li")].map((li: any) => li.textContent);
      assert.equal(listed.length, 2, id);
      assert.ok(listed.some((l) => /original/.test(l)) && listed.some((l) => /copy/.test(l)));
    }
  } finally {
    await w.close();
  }
});
