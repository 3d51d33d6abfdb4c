import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack } from "../core/pack.js";
import { heldOutCases, heldOutCases2, stanceCases, type StanceCase } from "./stance-cases.js";
import { stanceOf } from "./stance.js";
import { stanceVocab } from "./stance-vocab.js";
import type { Pack } from "../core/pack.js";

const pack = loadPack();

/** Share of held-out cases that must come out right. */
const HELD_OUT_BAR = 0.9;

const inRun = (cases: StanceCase[], run: "with" | "without"): StanceCase[] => cases.filter((c) => (c.pack ?? "both") === "both" || c.pack === run);

function misses(cases: StanceCase[], run: "with" | "without"): string[] {
  return inRun(cases, run).flatMap((c) => {
    const got = stanceOf({ text: c.text, sentence: c.sentence, cue: c.cue }, run === "with" ? pack : null);
    if (got.stance === c.stance || c.ok?.includes(got.stance)) return [];
    return [`${c.why}: want ${c.stance}, got ${got.stance} (${got.ruleId}: ${got.cues.join(" | ")}) «${c.text}»`];
  });
}

for (const run of ["with", "without"] as const) {
  test(`table cases ${run} the pack`, () => {
    const missed = misses(stanceCases, run);
    console.log(`  ${run} pack: ${inRun(stanceCases, run).length - missed.length}/${inRun(stanceCases, run).length} own cases pass`);
    assert.deepEqual(missed, []);
  });

  // Held-out phrasing: the bar is a rate, and the misses are printed (they are the known limits).
  for (const [name, cases] of [["held-out", heldOutCases], ["held-out 2", heldOutCases2]] as const) {
    test(`${name} cases ${run} the pack: at least ${HELD_OUT_BAR} right`, () => {
      const missed = misses(cases, run);
      for (const m of missed) console.log(`  known miss: ${m}`);
      console.log(`  ${name}, ${run} pack: ${cases.length - missed.length}/${cases.length} pass`);
      assert.ok(1 - missed.length / cases.length >= HELD_OUT_BAR);
    });
  }
}

// One case per rule, read with the general lexicons only (a pack phrase may claim the same words first):
// the decision names the rule and keeps the words that made it.
const byRule: [string, { text: string; sentence?: string; cue?: string }, string, string[]][] = [
  ["stance/off-topic", { text: "The central bank is ready to continue raising rates" }, "neutral", []],
  ["stance/no-cue", { text: "The islands were occupied in 1945" }, "neutral", []],
  ["stance/open-phrase", { text: "Spain is open to talks on Gibraltar" }, "open", ["open to talks"]],
  ["stance/open-intent", { text: "Tokyo is determined to conclude a peace treaty" }, "open", ["determined to conclude"]],
  ["stance/open-seek", { text: "Vietnam called for negotiations on the Paracels" }, "open", ["called for negotiations"]],
  ["stance/open-progress", { text: "Russia continues its dialogue with Japan" }, "open", ["continues its dialogue"]],
  ["stance/open-endorse", { text: "the resumption of the dialogue", cue: "welcomed" }, "open", ["welcomed the resumption of the dialogue"]],
  ["stance/closed-phrase", { text: "The peace treaty topic remains closed" }, "closed", ["remains closed"]],
  ["stance/closed-halt", { text: "Moscow was ceasing peace treaty negotiations" }, "closed", ["ceasing peace treaty negotiations"]],
  ["stance/closed-negated-open", { text: "we do not intend to continue negotiations on the treaty" }, "closed", ["not intend to continue negotiations"]],
  ["stance/closed-impossible", { text: "talks are no longer possible" }, "closed", ["no longer possible"]],
  ["stance/closed-no-talks", { text: "There will be no talks on the islands" }, "closed", ["no talks"]],
  ["stance/closed-reject", { text: "the proposal to resume talks", cue: "rejected" }, "closed", ["rejected the proposal"]],
  ["stance/conditional-phrase", { text: "the dispute must be resolved first" }, "conditional", ["must be resolved first"]],
  ["stance/conditional-connector", { text: "Moscow is ready to resume talks if Tokyo lifts its sanctions" }, "conditional", ["if", "ready to resume talks"]],
  [
    "stance/conditional-rejects-unconditional-offer",
    { text: "the idea “unacceptable”", sentence: "Putin offered a treaty without preconditions, but Abe called the idea “unacceptable”." },
    "conditional",
    ["idea “unacceptable"],
  ],
  ["stance/closed-state", { text: "The talks with Caracas are off for now" }, "closed", ["talks with Caracas are off"]],
  ["stance/negated-verdict", { text: "a peace treaty is not impossible" }, "neutral", []],
  ["stance/undercut-other-position", { text: "this contradicts Tokyo's declared intent to resolve the treaty issue" }, "neutral", []],
  ["stance/deplored-other-act", { text: "Tokyo regretted Moscow's decision to suspend the talks" }, "neutral", []],
  ["stance/no-talks-named", { text: "Japan demands that Russia return the islands" }, "neutral", []],
];

for (const [ruleId, input, stance, cues] of byRule) {
  test(`rule ${ruleId}`, () => {
    const got = stanceOf(input, null);
    assert.deepEqual({ stance: got.stance, ruleId: got.ruleId, cues: got.cues }, { stance, ruleId, cues });
    assert.equal(got.onTopic, ruleId !== "stance/off-topic");
  });
}

test("a statement naming \"the issue\" borrows it from the words before its sentence; a bare pronoun does not", () => {
  const before = ["Seoul said talks with Tokyo on the islets were not on the agenda"];
  const issue = stanceOf({ text: "The issue remains closed", sentence: "“The issue remains closed,” he said.", before }, null);
  assert.deepEqual({ stance: issue.stance, cues: issue.cues, onTopic: issue.onTopic }, { stance: "closed", cues: ["remains closed"], onTopic: true });
  assert.equal(stanceOf({ text: "It remains closed", sentence: "“It remains closed,” he said.", before }, null).stance, "neutral");
  // its own sentence first: nothing is borrowed from before a sentence that is off the issue's words
  assert.equal(stanceOf({ text: "The issue remains closed", sentence: "“The issue remains closed,” he said.", before: ["The weather was fine"] }, null).stance, "neutral");
});

test("the vocabulary is compiled once per pack object and once without a pack", () => {
  assert.equal(stanceVocab(pack), stanceVocab(pack));
  assert.equal(stanceVocab(null), stanceVocab(null));
  assert.notEqual(stanceVocab(pack), stanceVocab(null));
});

test("a pack's own cues are merged in: another story's pack classifies with its topic and stance cues", () => {
  const other: Pack = structuredClone(pack);
  other.issue.topicCues = ["Essequibo"];
  other.issue.stanceCues = { open: ["bilateral path"], conditional: [], closed: ["Geneva Agreement is dead"] };
  const text = "Caracas prefers the bilateral path to a settlement on the Essequibo";
  assert.equal(stanceOf({ text }, other).stance, "open");
  assert.equal(stanceOf({ text }, pack).stance, "neutral");
  assert.equal(stanceOf({ text: "the Geneva Agreement is dead on the Essequibo" }, other).stance, "closed");
});

test("classifying is fast: a thousand statements well under a second", () => {
  const texts = stanceCases.map((c) => c.text);
  const started = performance.now();
  for (let i = 0; i < 1000; i++) stanceOf({ text: texts[i % texts.length]! }, pack);
  assert.ok(performance.now() - started < 1000);
});
