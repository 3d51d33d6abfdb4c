import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadPack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { stanceOf } from "./stance.js";
import type { Stance } from "./types.js";

// Every gold statement of the five seeds: its text and the sentence it stands in, classified with the pack.
// Accuracy counts a statement right when the stance is the gold one or listed in stance_ok.

interface GoldStatement {
  text: string;
  stance: Stance;
  stance_ok?: Stance[];
}

const SENTENCE_END = /[.!?]["”’]?(?=\s+["“‘(]?[\p{Lu}\d])|\n/u;

/** The sentence of the page that holds the statement's words (first occurrence; quotes matched loosely). */
function sentenceOf(page: string, text: string): string {
  const loose = (s: string): string => s.replace(/[“”"‘’']/g, "'");
  const at = loose(page).indexOf(loose(text).slice(0, 40));
  assert.ok(at >= 0, `gold text not found in its seed: ${text}`);
  let start = at;
  while (start > 0 && !SENTENCE_END.test(page.slice(start - 1, start + 3)) && page[start - 1] !== "\n") start--;
  const rest = page.slice(at + text.length - 1);
  const end = rest.search(SENTENCE_END);
  return page.slice(start, end < 0 ? page.length : at + text.length - 1 + end + 1).trim();
}

const gold = readFileSync(sharedPath("gold", "seeds.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .flatMap((l) => {
    const doc = JSON.parse(l) as { id: string; statements: GoldStatement[] };
    const page = readFileSync(sharedPath("seeds", `${doc.id}.txt`), "utf8");
    return doc.statements.map((s) => ({ ...s, doc: doc.id, sentence: sentenceOf(page, s.text) }));
  });

const pack = loadPack();

/** Share of seed statements classified right, with and without the pack; the misses are printed. */
function accuracy(withPack: boolean): number {
  let right = 0;
  for (const g of gold) {
    const got = stanceOf({ text: g.text, sentence: g.sentence }, withPack ? pack : null);
    const ok = got.stance === g.stance || (g.stance_ok ?? []).includes(got.stance);
    if (ok) right++;
    else console.log(`  miss (${withPack ? "pack" : "no pack"}) ${g.doc}: gold ${g.stance}, got ${got.stance} [${got.ruleId}: ${got.cues.join(" | ")}] «${g.text}»`);
  }
  return right / gold.length;
}

test("seed gold statements: stance accuracy with the pack is at least 0.95", () => {
  assert.equal(gold.length, 45);
  const score = accuracy(true);
  console.log(`  seed stance accuracy with pack: ${score.toFixed(3)} (${gold.length} statements)`);
  assert.ok(score >= 0.95, `accuracy ${score}`);
});

test("seed gold statements: the general lexicons alone (no pack) reach the same bar", () => {
  const score = accuracy(false);
  console.log(`  seed stance accuracy without pack: ${score.toFixed(3)}`);
  assert.ok(score >= 0.95, `accuracy ${score}`);
});

test("every seed statement finds its sentence, and the sentence holds the statement", () => {
  for (const g of gold) assert.ok(g.sentence.length >= g.text.length * 0.9, g.text);
});
