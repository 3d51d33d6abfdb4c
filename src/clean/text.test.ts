import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { sharedPath } from "../core/paths.js";
import { cleanText } from "./text.js";

// The scorer's folding (../shared/gold/score.mjs), so these checks agree with `npm run eval`.
const fold = (s: string | null): string =>
  (s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2012\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

interface GoldDoc {
  id: string;
  title: string;
  boilerplate: string[];
  must_keep: string[];
}

const gold: GoldDoc[] = readFileSync(sharedPath("gold", "seeds.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldDoc);
const seedFiles = readdirSync(sharedPath("seeds")).filter((n) => n.endsWith(".txt"));

for (const g of gold) {
  test(`seed ${g.id}: boilerplate gone, body kept once, title right`, () => {
    const file = seedFiles.find((n) => n.startsWith(g.id));
    assert.ok(file, `seed file for ${g.id}`);
    const input = readFileSync(sharedPath("seeds", file), "utf8");
    const r = cleanText(input);
    const text = fold(r.text);
    for (const line of g.boilerplate) assert.ok(!text.includes(fold(line)), `boilerplate kept: ${line}`);
    for (const line of g.must_keep) assert.equal(text.split(fold(line)).length - 1, 1, `must_keep not exactly once: ${line}`);
    assert.equal(fold(r.title), fold(g.title));
    // Paragraphs are verbatim lines of the input, and every removal names a real input line.
    const lines = input.split(/\r\n|\r|\n/);
    for (const p of r.text.split("\n\n")) assert.ok(lines.some((l) => l.trim() === p), `not a verbatim line: ${p.slice(0, 60)}`);
    for (const x of r.removed) assert.equal(lines[x.line - 1]?.trim(), x.text);
  });
}

const p1 = "Moscow and Tokyo have been negotiating a peace treaty since the middle of the last century, the ministry said.";
const p2 = "The dispute over the southern Kuril Islands has kept the two neighbours from signing a treaty since the war ended.";
const p3 = "Japan maintains that the islands are its inherent territory, while Russia says its sovereignty over them is beyond doubt.";

test("headline: the first headline-shaped line after furniture becomes the title, and its repeat goes", () => {
  const r = cleanText(["All news", "", "Kremlin Rules Out Treaty Talks With Tokyo", "", p1, "Kremlin Rules Out Treaty Talks With Tokyo", p2].join("\n"));
  assert.equal(r.title, "Kremlin Rules Out Treaty Talks With Tokyo");
  assert.equal(r.text, [p1, p2].join("\n\n"));
  assert.deepEqual(
    r.removed.map((x) => [x.line, x.ruleId]),
    [
      [1, "text/nav-label"],
      [3, "text/headline"],
      [6, "text/headline-repeat"],
    ],
  );
});

test("headline: none when the text opens with body prose (a later subhead is not the title)", () => {
  const r = cleanText([p1, "The Islands Question", p2].join("\n"));
  assert.equal(r.title, null);
  assert.equal(r.text, [p1, "The Islands Question", p2].join("\n\n"));
});

test("preamble: short unclaimed lines above the headline are navigation", () => {
  const r = cleanText(["Politics", "Asia", "Kremlin Rules Out Treaty Talks With Tokyo", p1].join("\n"));
  assert.deepEqual(r.removed.map((x) => x.ruleId), ["text/nav-preamble", "text/nav-preamble", "text/headline"]);
  assert.equal(r.text, p1);
});

test("caption repeat: a caption printed again beside its credited copy goes, the body stays", () => {
  const r = cleanText(["Lavrov Meets Hayashi in New Delhi", "Sergey Lavrov and Yoshimasa Hayashi", "Sergey Lavrov and Yoshimasa Hayashi Alexander Shcherbak/TASS", p1, "Sergey Lavrov and Yoshimasa Hayashi met for ten minutes, officials said later that day."].join("\n"));
  assert.deepEqual(r.removed.map((x) => x.ruleId), ["text/headline", "text/caption-repeat", "text/agency-credit"]);
  assert.equal(r.text, [p1, "Sergey Lavrov and Yoshimasa Hayashi met for ten minutes, officials said later that day."].join("\n\n"));
});

test("related headline: a lone title-cased line on another subject between body paragraphs goes", () => {
  const r = cleanText(["Kremlin Rules Out Treaty Talks", "", p1, "", "Heatwave Closes Schools Across Southern Spain", "", p2, "", p3].join("\n"));
  const related = r.removed.filter((x) => x.ruleId === "text/related-headline");
  assert.deepEqual(related.map((x) => x.text), ["Heatwave Closes Schools Across Southern Spain"]);
  assert.equal(r.text, [p1, p2, p3].join("\n\n"));
});

test("related headline: subheads about the article, short body lines and sentence-case lines stay", () => {
  const lines = [
    "Kremlin Rules Out Treaty Talks",
    p1,
    "Why the Kuril Islands Dispute Persists", // title case, but the article's own subject
    p2,
    "He did not elaborate.", // a short body sentence
    p3,
    "talks about the islands stalled again in march", // not title case
    p1.replace("ministry", "embassy"),
  ];
  const r = cleanText(lines.join("\n"));
  assert.equal(r.removed.filter((x) => x.ruleId === "text/related-headline").length, 0);
  for (const kept of lines.slice(1)) assert.ok(r.text.includes(kept), kept);
});

test("stamps and bylines leave the body but stay in `removed` for the describe stage", () => {
  const r = cleanText(["Kremlin Rules Out Treaty Talks", "By Jane Doe | Updated: March 22, 2022 10:15 GMT", p1].join("\n"));
  assert.deepEqual(r.removed[1], {
    text: "By Jane Doe | Updated: March 22, 2022 10:15 GMT",
    ruleId: "text/date-stamp",
    line: 2,
    evidence: "Updated: March 22, 2022 10:15 GMT",
  });
  assert.equal(r.text, p1);
});

test("paragraph text is verbatim: inner characters untouched, only surrounding whitespace trimmed", () => {
  const odd = "  “Quoted”  text — with\u00a0odd   spacing…  ";
  const r = cleanText(`\r\n${odd}\r\n`);
  assert.equal(r.text, odd.trim());
  assert.equal(cleanText("").text, "");
});
