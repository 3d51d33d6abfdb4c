import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadPack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { processPage, stages } from "../pipeline/process.js";
import { createDoc } from "../core/doc.js";
import { resolveSaidOns, saidOnStatements } from "../extract/said-on-statements.js";
import type { TimeAnchor } from "../extract/time-anchor.js";
import { mentionOf, sentencesOf, statementOf } from "../extract/time-test-kit.js";
import { findMentions } from "../extract/mentions.js";
import { splitSentences } from "../extract/sentences.js";
import { findTimes, resolveTimes } from "../extract/times.js";
import type { Mention } from "../extract/types.js";
import { inferPublished } from "./infer-date.js";

// The five seeds end to end for dates: cleaned text and metadata from the pipeline, times, the inferred
// publication date of the undated ones, and every statement's said_on compared with the gold at the
// gold's precision. Mentions and statement cues are built by hand (the mention and quote extractors
// are other modules); the reported words come from the gold file itself.

const pack = loadPack();
const NOW = "2026-01-01";

interface GoldStatement {
  speaker: string;
  text: string;
  said_on: string | null;
}
interface Gold {
  id: string;
  published: { date: string | null };
  statements: GoldStatement[];
}
const gold: Gold[] = readFileSync(sharedPath("gold", "seeds.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);

function seed(id: string) {
  const path = sharedPath("seeds", `${id}.txt`);
  const page = { source: path, url: null, kind: "text" as const, body: readFileSync(path), charset: null, crawledAt: null, given: {} };
  // the stages up to describe: the date as the page states it, before the pipeline's own inference
  let doc = createDoc(page);
  for (const [name, stage] of stages) {
    if (name === "extract") break;
    doc = stage(doc, { pack });
  }
  return doc;
}

/** The whole pipeline, inference included. */
function piped(id: string) {
  const path = sharedPath("seeds", `${id}.txt`);
  return processPage({ source: path, url: null, kind: "text" as const, body: readFileSync(path), charset: null, crawledAt: null, given: {} }, { pack });
}

// The people the undated seeds name, with the titles in front of their names, as a mention finder would give them.
const MENTIONS: Record<string, (t: string) => Mention[]> = {
  "003": (t) => [
    mentionOf(t, "Dmitry Peskov", "RU-PESKOV", "Kremlin spokesman"),
    mentionOf(t, "Sergei Lavrov", "RU-LAVROV", "Russian Foreign Minister"),
    mentionOf(t, "Taro Kono", "JP-KONO"),
    mentionOf(t, "Vladimir Putin", "RU-PUTIN", "Russian President"),
    mentionOf(t, "Shinzo Abe", "JP-ABE", "Japanese Prime Minister"),
    mentionOf(t, "Putin", "RU-PUTIN", undefined, 1),
    mentionOf(t, "Abe", "JP-ABE", undefined, 1),
    mentionOf(t, "Putin", "RU-PUTIN", undefined, 2),
    mentionOf(t, "Abe", "JP-ABE", undefined, 2),
  ],
  "004": (t) => [
    mentionOf(t, "Maria Zakharova", "RU-ZAKHAROVA", "Foreign Ministry Spokeswoman"),
    mentionOf(t, "Fumio Kishida", "JP-KISHIDA", "Prime Minister"),
    mentionOf(t, "Yoshimasa Hayashi", "JP-HAYASHI", "Foreign Minister"),
  ],
};

// The cue of each gold statement, keyed by the first words of its text.
const CUES: [string, string][] = [
  ["any dialogue with Japan", "stated"], ["such behavior contradicts", "arguing"], ["reaffirmed its commitment", "reaffirmed"],
  ["emphasized its ongoing policy", "emphasized"], ["accusing it of promoting", "accusing"], ["the contested islands were", "asserted"],
  ["Russia maintains full", "maintains"], ["his country’s commitment", "reiterated"], ["diplomatic relations are strained", "acknowledged"],
  ["Japan’s peace overtures", "labeled"], ["affirmed commitment", "affirmed"], ["welcomed the new Japanese", "welcomed"],
  ["We welcome this statement", "quoted"], ["Tokyo is determined", "said"], ["Relations between Japan and Russia", "said"],
  ["\"unfriendly actions\"", "noted"], ["Unfortunately, Japan is", "emphasised"], ["Russia’s sovereignty over these", "asserted"],
  ["the Northern Territories are an inherent", "according to"], ["it does not want to continue", "announced"],
  ["Japan disputes the ownership", "disputes"], ["discussions of a peace agreement", "said"], ["the term \"peace agreement\"", "said"],
  ["Before the current period", "said"], ["This extensive document", "said"], ["discussing such a document", "adding"],
  ["Moscow illegally occupied", "maintains"], ["Russia's principled position", "remains"], ["Signing a peace treaty, not", "said"],
  ["Our main goal", "said"], ["Japan, a close ally", "said"], ["They support the sanctions", "said"], ["the idea “outrageous", "called"],
  ["Moscow is eager", "confirmed"], ["proposed an agreement", "proposed"], ["the idea “unacceptable", "called"],
  ["they would work on a peace agreement", "said"], ["the territorial dispute must be", "maintains"],
  ["The issue of the possibility", "told"], ["As for the topic", "said"], ["we do not intend", "made it clear"],
  ["Japanese authorities have returned", "returned"], ["Moscow's sovereignty over these", "stated"], ["Moscow was ceasing", "announced"],
];
const cueOf = (text: string): string => {
  const hit = CUES.find(([start]) => text.startsWith(start));
  if (!hit) throw new Error(`no cue for gold statement '${text.slice(0, 40)}'`);
  return hit[1];
};

/** Everything the date rules produce for one seed. */
function dates(g: Gold) {
  const doc = seed(g.id);
  const short = g.id.slice(0, 3);
  const sentences = sentencesOf(doc.text);
  let anchor: TimeAnchor = { published: doc.meta.published, dateline: doc.meta.dateline };
  let times = findTimes(doc.text, anchor);
  const statements = g.statements.map((s) => statementOf(doc.text, sentences, s.text, cueOf(s.text), s.speaker));
  let saidOn = saidOnStatements(statements, { sentences, times, anchor });
  const inferred = inferPublished({
    text: doc.text, published: doc.meta.published, dateline: doc.meta.dateline, sentences,
    mentions: MENTIONS[short]?.(doc.text) ?? [], times, pack, now: NOW,
  });
  if (inferred) {
    anchor = { published: inferred, dateline: doc.meta.dateline };
    times = resolveTimes(times, anchor);
    saidOn = resolveSaidOns(saidOn, anchor);
  }
  return { doc, inferred, saidOn, times };
}

test("003 and 004 get their dates from offices, events and the dateline; 000–002 state theirs", () => {
  const byId = new Map(gold.map((g) => [g.id.slice(0, 3), dates(g)]));
  const d4 = byId.get("004")!.inferred!;
  assert.equal(d4.date, "2023-02-10");
  assert.equal(d4.precision, "day");
  assert.equal(d4.inferred, true);
  assert.match(d4.basis, /Kishida Prime Minister of Japan 2021-10-04\.\.2024-10-01/);
  assert.match(d4.basis, /Hayashi Minister for Foreign Affairs of Japan 2021-11-10\.\.2023-09-13/);
  assert.match(d4.basis, /'on Friday' in the lead/);
  const d3 = byId.get("003")!.inferred!;
  assert.equal(d3.date, "2019-01");
  assert.equal(d3.precision, "month");
  assert.match(d3.basis, /Abe Prime Minister of Japan/);
  assert.match(d3.basis, /'Later this month' \+ .*January 2019 Putin-Abe summit/);
  assert.match(d3.basis, /'Last year' \+ peace treaty without preconditions/);
  for (const id of ["000", "001", "002"]) assert.equal(byId.get(id)!.inferred, null, id);
});

test("every gold said_on is matched at its precision", () => {
  let matched = 0;
  let total = 0;
  for (const g of gold) {
    const { saidOn } = dates(g);
    g.statements.forEach((s, i) => {
      if (!s.said_on) return;
      total++;
      const got = saidOn[i]!;
      assert.ok(got.date?.startsWith(s.said_on), `${g.id} '${s.text.slice(0, 40)}': ${got.date} (${got.basis}), gold ${s.said_on}`);
      matched++;
    });
  }
  assert.equal(matched, total);
  assert.ok(total >= 10);
});

test("the gold's undated statements that our rules can tell are left undated", () => {
  // 'Earlier', 'recently', 'later', 'has repeatedly', 'came after', 'In response … then' after 'Earlier', and 'on Sunday' in a month-dated article
  const expectNull = ["reaffirmed its commitment", "accusing it of promoting", "the contested islands were", "his country’s commitment",
    "Russia’s sovereignty over these", "Tokyo is determined", "Moscow's sovereignty over these", "Our main goal", "the idea “outrageous", "Moscow is eager",
    "it does not want to continue"];
  for (const g of gold) {
    const { saidOn } = dates(g);
    g.statements.forEach((s, i) => {
      if (expectNull.some((p) => s.text.startsWith(p))) assert.equal(saidOn[i]!.date, null, `${g.id} '${s.text.slice(0, 40)}': ${saidOn[i]!.basis}`);
    });
  }
});

test("the same dates from the tree's own sentence splitter and mention finder", () => {
  for (const [id, expected] of [["003_ff6a0fcddfbc72fb", "2019-01"], ["004_1d70131682665344", "2023-02-10"]] as const) {
    const doc = seed(id);
    const sentences = splitSentences(doc.text);
    const mentions = findMentions(doc.text, sentences, { pack, date: doc.meta.published.date });
    const times = findTimes(doc.text, { published: doc.meta.published, dateline: doc.meta.dateline });
    const got = inferPublished({ text: doc.text, published: doc.meta.published, dateline: doc.meta.dateline, sentences, mentions, times, pack, now: NOW });
    assert.equal(got?.date, expected, got?.basis);
  }
});

test("the pipeline itself dates the undated seeds and marks the dates inferred", () => {
  for (const [id, expected, precision] of [["003_ff6a0fcddfbc72fb", "2019-01", "month"], ["004_1d70131682665344", "2023-02-10", "day"]] as const) {
    const p = piped(id).meta.published;
    assert.equal(p.date, expected, p.basis);
    assert.equal(p.precision, precision);
    assert.equal(p.inferred, true);
  }
});
