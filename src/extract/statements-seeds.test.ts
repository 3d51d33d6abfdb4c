import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { loadPack, type Pack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { processPage } from "../pipeline/process.js";
import { attributionScore, matchDocument, type GoldStatement } from "./gold-match.js";
import { findMentions } from "./mentions.js";
import { splitSentences } from "./sentences.js";
import { findStatements, type DraftStatement } from "./statements.js";

// Fixture test on the five seed pages: the real pipeline (read → clean → describe), then sentences, mentions
// and statements, paired with ../shared/gold/seeds.jsonl by the scorer's rule. Run with the Russia–Japan pack
// and without any pack: names then come from the text alone and must score the same.

interface GoldDoc {
  id: string;
  statements: GoldStatement[];
}

const gold: GoldDoc[] = readFileSync(sharedPath("gold", "seeds.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldDoc);

// What the seeds must reach (the project's target for every set).
const MIN_ATTRIBUTION_F1 = 0.9;

function extractSeed(id: string, pack: Pack | null): DraftStatement[] {
  const file = readdirSync(sharedPath("seeds")).find((f) => f.startsWith(id))!;
  const body = readFileSync(sharedPath("seeds", file));
  const doc = processPage({ source: file, url: null, kind: "text", body, charset: null, crawledAt: null, given: {} }, { pack });
  const sentences = splitSentences(doc.text);
  const ctx = { pack, date: doc.meta.published.date };
  return findStatements(doc.text, sentences, findMentions(doc.text, sentences, ctx), ctx);
}

for (const withPack of [true, false]) {
  test(`seeds: attribution F1 ≥ ${MIN_ATTRIBUTION_F1} ${withPack ? "with the RU-JP pack" : "without a pack"}`, () => {
    const pack = withPack ? loadPack() : null;
    const docs = gold.map((g) => ({
      id: g.id,
      gold: g.statements,
      predicted: extractSeed(g.id, pack).map((s) => ({ text: s.text, speaker: s.speaker.entity.name })),
    }));
    const misses = docs.flatMap((d) => {
      const m = matchDocument(d.predicted, d.gold);
      return [
        ...m.missed.map((i) => `${d.id} missed ${d.gold[i]!.speaker}: ${d.gold[i]!.text.slice(0, 60)}`),
        ...m.pairs.filter((p) => !p.speakerOk && !d.gold[p.gold]!.optional).map((p) => `${d.id} speaker ${d.predicted[p.predicted]!.speaker} for ${d.gold[p.gold]!.text.slice(0, 50)}`),
        ...m.extra.map((i) => `${d.id} extra ${d.predicted[i]!.speaker}: ${d.predicted[i]!.text.slice(0, 60)}`),
      ];
    });
    const score = attributionScore(docs);
    assert.ok(score.f1 >= MIN_ATTRIBUTION_F1, `attribution F1 ${score.f1.toFixed(3)}:\n${misses.join("\n")}`);
  });
}

test("seeds: spans point into the cleaned text and every speaker has a mention", () => {
  const pack = loadPack();
  for (const g of gold) {
    for (const s of extractSeed(g.id, pack)) {
      assert.ok(s.end > s.start);
      assert.ok(s.speaker.mention.text.length > 0, `no speaker mention for ${s.text}`);
      assert.ok(s.cue.text.length > 0);
      assert.ok(s.ruleId && s.speaker.ruleId);
    }
  }
});
