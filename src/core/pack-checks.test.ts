import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_PACK_PATH, loadPack, validatePack, type Pack, type PackActor } from "./pack.js";

// Broken copies of the shipped pack: each mistake must come back as the right error, with its path.

const shipped = (): Pack => JSON.parse(readFileSync(DEFAULT_PACK_PATH, "utf8")) as Pack;

function actor(pack: Pack, id: string): { a: PackActor; i: number } {
  const i = pack.actors.findIndex((a) => a.id === id);
  assert.ok(i >= 0, id);
  return { a: pack.actors[i]!, i };
}

const has = (lines: string[], ...parts: string[]): boolean => lines.some((l) => parts.every((p) => l.includes(p)));

test("a bad calendar date, an unknown office and a reversed holding are errors with their paths", () => {
  const pack = shipped();
  const kishida = actor(pack, "JP-KISHIDA");
  kishida.a.offices![1]!.start = "2023-02-30";
  const noda = actor(pack, "JP-NODA");
  noda.a.offices!.push({ office: "jp-emperor", start: "2012", end: null, note: "test" });
  const gemba = actor(pack, "JP-GEMBA");
  gemba.a.offices![0]!.end = "2010-01-01";
  const r = validatePack(pack);
  assert.equal(r.ok, false);
  assert.ok(has(r.errors, `/actors/${kishida.i} (JP-KISHIDA)/offices/1/start`, `"2023-02-30" is not a calendar date`), r.errors.join("\n"));
  assert.ok(has(r.errors, `/actors/${noda.i} (JP-NODA)/offices/1`, `unknown office "jp-emperor"`), r.errors.join("\n"));
  assert.ok(has(r.errors, `/actors/${gemba.i} (JP-GEMBA)/offices/0`, "starts after it ends"), r.errors.join("\n"));
});

test("overlapping holders of one office are an error unless the overlap is declared", () => {
  const pack = shipped();
  const suga = actor(pack, "JP-SUGA").a.offices!.find((h) => h.office === "jp-pm")!;
  suga.start = "2020-09-01"; // Abe was prime minister until 2020-09-16
  let r = validatePack(pack);
  assert.ok(has(r.errors, "jp-pm: JP-ABE", "JP-SUGA (2020-09-01..2021-10-04) overlap by 16 days"), r.errors.join("\n"));
  suga.overlapReason = "test: declared";
  r = validatePack(pack);
  assert.ok(!has(r.errors, "jp-pm:"), r.errors.join("\n"));
  assert.ok(has(r.warnings, "jp-pm: JP-ABE", "declared: test: declared"));
});

test("a handover day is not an overlap, and offices with several holders are not checked", () => {
  // Abe ended and Suga began on 2020-09-16; Morgulov and Rudenko were deputy ministers at the same time,
  // and Rudenko handed the CIS portfolio to Galuzin within one month. The pack now also has a single-holder
  // Asia portfolio office ("ru-deputy-fm-asia", whose vacancy is reported), so the ids are matched with
  // their colon: the several-holder offices themselves must draw no finding.
  const r = validatePack(shipped());
  assert.ok(!has([...r.errors, ...r.warnings], "jp-pm"));
  assert.ok(!has([...r.errors, ...r.warnings], "ru-deputy-fm:"));
  assert.ok(!has([...r.errors, ...r.warnings], "ru-deputy-fm-cis:"));
});

test("one alias for two actors is an error; context aliases of different countries are not", () => {
  const pack = shipped();
  actor(pack, "JP-KONO").a.aliases.push("Sergey Lavrov");
  const r = validatePack(pack);
  assert.ok(has(r.errors, "actor name", "RU-LAVROV", "JP-KONO"), r.errors.join("\n"));
  assert.ok(!has(r.errors, "the Foreign Ministry"), "RU-MFA and JP-MOFA share a context alias legitimately");
});

test("references to unknown sides, actors and places are errors", () => {
  const pack = shipped();
  pack.events[0]!.actors.push("XX-NOBODY");
  pack.places[0]!.partOf = ["atlantis"];
  const r = validatePack(pack);
  assert.ok(has(r.errors, "/events/0", `unknown side or actor "XX-NOBODY"`), r.errors.join("\n"));
  assert.ok(has(r.errors, "/places/0", `bad partOf "atlantis"`), r.errors.join("\n"));
});

test("schema errors name the JSON path and the problem", () => {
  const pack = shipped() as unknown as Record<string, unknown>;
  const actors = pack["actors"] as Array<Record<string, unknown>>;
  const i = actors.findIndex((a) => a["id"] === "RU-PESKOV");
  delete actors[i]!["gender"];
  actors[i]!["nickname"] = "x";
  ((actors[i]!["offices"] as Array<Record<string, unknown>>)[0]!)["start"] = "2012-5-22";
  const r = validatePack(pack);
  assert.equal(r.ok, false);
  assert.ok(has(r.errors, `/actors/${i}: must have required property 'gender'`), r.errors.join("\n"));
  assert.ok(has(r.errors, `/actors/${i}: must NOT have additional properties: "nickname"`), r.errors.join("\n"));
  assert.ok(has(r.errors, `/actors/${i}/offices/0/start: must match pattern`), r.errors.join("\n"));
});

test("loadPack throws one message listing every problem", () => {
  const pack = shipped();
  actor(pack, "JP-KISHIDA").a.offices![0]!.end = "2017-13-01";
  actor(pack, "JP-NODA").a.offices![0]!.office = "jp-shogun";
  const file = join(mkdtempSync(join(tmpdir(), "dossier-pack-")), "broken.json");
  writeFileSync(file, JSON.stringify(pack));
  assert.throws(
    () => loadPack(file),
    (err: Error) => err.message.includes(file) && err.message.includes("must match pattern") && err.message.includes("\n  - "),
  );
  writeFileSync(file, "{ not json");
  assert.throws(() => loadPack(file), /cannot read the pack/);
});
