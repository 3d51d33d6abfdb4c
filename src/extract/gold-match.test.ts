import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedPath } from "../core/paths.js";
import { attributionScore, matchDocument, similarity, speakerMatches, type GoldStatement } from "./gold-match.js";

// gold-match.ts must count exactly as ../shared/gold/score.mjs does: the same export is scored by both.

const g = (speaker: string, text: string, extra: Partial<GoldStatement> = {}): GoldStatement => ({ speaker, text, ...extra });

test("speakerMatches: surname, full name, alias, transliteration", () => {
  assert.ok(speakerMatches("Peskov", g("Dmitry Peskov", "")));
  assert.ok(speakerMatches("Dmitri Peskov", g("Dmitry Peskov", "")));
  assert.ok(speakerMatches("Kremlin spokesman Dmitry Peskov", g("Dmitry Peskov", "")));
  assert.ok(speakerMatches("Tokyo", g("Government of Japan", "", { speaker_also: ["Japan", "Tokyo"] })));
  assert.ok(!speakerMatches("Lavrov", g("Dmitry Peskov", "")));
  assert.ok(!speakerMatches("Government of Japan", g("Japan", "")));
});

test("similarity: token F1, with 0.9 for near-identical spans", () => {
  assert.equal(similarity("the islands are Japanese", "The islands are Japanese."), 1);
  assert.ok(similarity("reaffirmed its commitment to settling the sovereignty of four islands", "its commitment to settling the sovereignty of four islands") >= 0.9);
  assert.equal(similarity("nothing shared", "entirely different words"), 0);
});

test("matchDocument: one-to-one pairs, best first; optional gold is neither missed nor counted", () => {
  const gold = [g("A B", "the talks are over"), g("C D", "the talks are over for now", { optional: true }), g("E F", "we reject the claim")];
  const m = matchDocument([{ text: "the talks are over", speaker: "B" }, { text: "unrelated words here", speaker: "E F" }], gold);
  assert.deepEqual(m.pairs.map((p) => [p.gold, p.predicted, p.speakerOk]), [[0, 0, true]]);
  assert.deepEqual(m.missed, [2]);
  assert.deepEqual(m.extra, [1]);
});

test("attributionScore agrees with score.mjs on the same export", () => {
  const goldLines = readFileSync(sharedPath("gold", "seeds.jsonl"), "utf8").split("\n").filter((l) => l.trim());
  const golds = goldLines.map((l) => JSON.parse(l) as { id: string; statements: GoldStatement[] });
  // A made-up export: for each seed, one exact statement, one with the wrong speaker, one paraphrase, one extra.
  const documents = golds.map((d) => ({ id: `d_${d.id}`, source: `${d.id}.txt`, url: null, title: null, outlet: null, published: { date: null }, text: "" }));
  const predicted = golds.map((d) => {
    const [a, b, c] = d.statements;
    return [
      ...(a ? [{ text: a.text, speaker: a.speaker }] : []),
      ...(b ? [{ text: b.text, speaker: "Somebody Else" }] : []),
      ...(c ? [{ text: c.text.split(" ").slice(0, 4).join(" "), speaker: c.speaker }] : []),
      { text: "words no gold statement has", speaker: "Nobody" },
    ];
  });
  const statements = predicted.flatMap((list, i) =>
    list.map((p, k) => ({ id: `s_${i}_${k}`, speaker: { name: p.speaker }, kind: "indirect", text: p.text, stance: "neutral", said_on: null, sources: [{ document: documents[i]!.id, start: 0, end: 0 }] })),
  );
  const dir = mkdtempSync(join(tmpdir(), "gold-match-"));
  try {
    const pred = join(dir, "export.json");
    writeFileSync(pred, JSON.stringify({ documents, statements }));
    const run = spawnSync(process.execPath, [sharedPath("gold", "score.mjs"), "--gold", sharedPath("gold", "seeds.jsonl"), "--pred", pred, "--json"], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    const theirs = JSON.parse(run.stdout) as Record<string, number>;
    const ours = attributionScore(golds.map((d, i) => ({ gold: d.statements, predicted: predicted[i]! })));
    assert.equal(ours.gold, theirs.statements_gold);
    assert.equal(ours.predicted, theirs.statements_predicted);
    assert.ok(Math.abs(ours.spanRecall - theirs.span_recall!) < 1e-9);
    assert.ok(Math.abs(ours.precision - theirs.attribution_precision!) < 1e-9);
    assert.ok(Math.abs(ours.recall - theirs.attribution_recall!) < 1e-9);
    assert.ok(Math.abs(ours.f1 - theirs.attribution_f1!) < 1e-9);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
