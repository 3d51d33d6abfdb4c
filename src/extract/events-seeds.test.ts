import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { loadPack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { processPage } from "../pipeline/process.js";
import type { Extraction, TextEvent } from "./types.js";

// Events on the five real seed pages, through the whole pipeline: the events the gold names (../shared/gold) that
// the words date are found, with their dates and the pack events they are.

const pack = loadPack();
const dir = sharedPath("seeds");
const events = new Map<string, TextEvent[]>();
for (const name of readdirSync(dir).sort()) {
  const body = readFileSync(`${dir}/${name}`);
  const doc = processPage({ source: name, url: null, kind: "text", body, charset: null, crawledAt: null, given: {} }, { pack });
  events.set(name.slice(0, 3), (doc.data.extract as Extraction).events ?? []);
}
const of = (seed: string): TextEvent[] => events.get(seed)!;
const linked = (seed: string, id: string): TextEvent | undefined => of(seed).find((e) => e.packEventId === id);

test("seed events: TASS on Zakharova — the ministry statement of March 2022 and the rally in Tokyo that Tuesday", () => {
  const statement = of("004").filter((e) => e.packEventId === "mfa-statement-2022");
  assert.deepEqual(statement.map((e) => e.date).sort(), ["2022-03", "2022-03-21"]);
  const rally = of("004").find((e) => e.date === "2023-02-07");
  assert.ok(rally, "the rally held in Tokyo on Tuesday, 7 February 2023");
  assert.match(rally.text, /rally/);
  assert.ok(rally.actors.includes("pack:JP-KISHIDA") && rally.actors.includes("pack:JP-HAYASHI"));
});

test("seed events: the undated page of January 2019 — last year's proposal, November's agreement, this month's summit", () => {
  assert.equal(linked("003", "eef-proposal-2018")?.date, "2018");
  assert.equal(linked("003", "singapore-agreement-2018")?.date, "2018-11");
  const summit = linked("003", "moscow-summit-2019");
  assert.equal(summit?.date, "2019-01");
  assert.match(summit!.basis, /^planned: /);
  assert.ok(summit!.actors.includes("pack:RU-PUTIN"), "'he will hold a summit' stands for Putin");
  assert.equal(linked("003", "joint-declaration-1956")?.date, "1956");
  assert.equal(linked("003", "potsdam-declaration-1945")?.date, "1945");
});

test("seed events: the 1951 treaty, the 2025 Blue Book and the ban on the association in the MENAFN page", () => {
  assert.equal(linked("000", "san-francisco-treaty-1951")?.date, "1951");
  assert.ok(of("000").some((e) => e.date === "2025" && /Blue Book/.test(e.text)));
  assert.equal(linked("000", "ntia-undesirable-2025")?.date, "2025-04-07");
  assert.equal(linked("002", "joint-declaration-1956")?.date, "1956");
});

test("seed events: every event's words are in its document, with a basis, and none is dated after its article", () => {
  const published: Record<string, string> = { "000": "2025-05-05", "001": "2025-10-24", "002": "2024-04-03", "003": "2019-01", "004": "2023-02-10" };
  for (const [seed, list] of events) {
    assert.ok(list.length > 0, `events in seed ${seed}`);
    for (const e of list) {
      assert.ok(e.basis.length > 0);
      if (e.date && !e.basis.startsWith("planned")) assert.ok(e.date <= published[seed]! + "\uffff", `${seed}: ${e.date} after ${published[seed]}`);
    }
  }
});
