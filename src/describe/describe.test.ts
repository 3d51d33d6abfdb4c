import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createDoc, type Doc } from "../core/doc.js";
import { sharedPath } from "../core/paths.js";
import type { Removal } from "../core/types.js";
import { describe } from "./describe.js";

// The five seeds against the gold, with cleaning simulated simply: lines that read as sentences of some
// length are the body, every other line is "removed". The real cleaner is wired in by the pipeline.

interface Gold {
  id: string;
  title: string;
  outlet: string | null;
  published: { date: string | null };
}

const gold: Gold[] = readFileSync(sharedPath("gold", "seeds.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Gold);

/** A body line ends like a sentence and has at least this many words. */
const SIMULATED_BODY_MIN_WORDS = 8;

function seedDoc(id: string): Doc {
  const input = readFileSync(sharedPath("seeds", `${id}.txt`), "utf8");
  const doc = createDoc({ source: `${id}.txt`, url: null, kind: "text", body: Buffer.from(input), charset: null, crawledAt: null, given: {} });
  doc.input = input;
  const body: string[] = [];
  const removed: Removal[] = [];
  input.split("\n").forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    if (/[.!?"”…]$/.test(t) && t.split(/\s+/).length >= SIMULATED_BODY_MIN_WORDS) body.push(t);
    else removed.push({ text: line, ruleId: "simulated/furniture", line: i + 1 });
  });
  doc.text = body.join("\n\n");
  doc.removed = removed;
  return describe(doc, { pack: null });
}

test("seeds: title and outlet as the gold states them", () => {
  for (const g of gold) {
    const doc = seedDoc(g.id);
    assert.equal(doc.meta.title?.value, g.title, `${g.id} title`);
    assert.equal(doc.meta.outlet?.value ?? null, g.outlet, `${g.id} outlet`);
  }
});

test("seeds: stated dates found, the rest left for inference", () => {
  const want: Record<string, string | null> = {
    "000_1cc511142c460caa": "2025-05-05",
    "001_cff2482fec23f13e": "2025-10-24",
    "002_fb73e6d43d6d6af0": "2024-04-03",
    "003_ff6a0fcddfbc72fb": null,
    "004_1d70131682665344": null,
  };
  for (const g of gold) {
    const p = seedDoc(g.id).meta.published;
    assert.equal(p.date, want[g.id], `${g.id}: ${p.basis}`);
    assert.equal(p.crawl, undefined);
    if (p.date) assert.equal(p.date, g.published.date, `${g.id} agrees with the gold`);
  }
  const ians = seedDoc("001_cff2482fec23f13e").meta.published;
  assert.deepEqual([ians.time, ians.zone], ["20:31", "+05:30"]);
});

test("seed 004: the TASS dateline keeps month and day, no year", () => {
  const doc = seedDoc("004_1d70131682665344");
  const d = doc.meta.dateline;
  assert.deepEqual([d?.city, d?.agency, d?.year, d?.month, d?.day], ["MOSCOW", "TASS", null, 2, 10]);
  assert.equal(doc.text.slice(d!.start, d!.end), "MOSCOW, February 10. /TASS/.");
  assert.ok(doc.messages.some((m) => m.ruleId === "describe/no-date" && /dateline/.test(m.reason)));
});

test("an HTML page without any date falls back to the capture date, marked", () => {
  const doc = createDoc({ source: "x.html", url: "https://tass.com/politics/1", kind: "html", body: Buffer.from(""), charset: null, crawledAt: "2023-02-10T08:00:00Z", given: {} });
  doc.data.htmlFacts = { titleTag: "Issue remains closed - TASS", meta: { "og:site_name": ["TASS"] }, jsonLd: [], h1: [], times: [], lang: "en", canonical: null };
  const out = describe(doc, { pack: null });
  assert.deepEqual([out.meta.published.date, out.meta.published.crawl], ["2023-02-10", true]);
  assert.deepEqual([out.meta.title?.value, out.meta.outlet?.value, out.meta.language], ["Issue remains closed", "TASS", "en"]);
  assert.ok(out.messages.some((m) => m.ruleId === "describe/crawl-date-only"));
});
