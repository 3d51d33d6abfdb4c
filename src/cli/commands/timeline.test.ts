import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "../main.js";
import { bufferIo } from "../test-io.js";
import { seedStorePath } from "../../views/views-test-kit.js";

// `dossier timeline`, `stance` and `shifts` run in-process on the seeds' store.

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await run([...args, "--db", await seedStorePath()], io);
  return { code, out: io.out(), err: io.err() };
}

test("timeline: a readable list in date order, each entry with its precision, the basis of its date and its outlets", async () => {
  const r = await cli("timeline", "--from", "2022", "--to", "2023-02");
  assert.equal(r.code, 0, r.err);
  const heads = r.out.split("\n").filter((l) => /^\d{4}/.test(l));
  assert.deepEqual(heads.map((l) => l.split(" ")[0]), ["2022-03", "2022-03-21", "2022-10-07", "2023-02-07", "2023-02-10", "2023-02-10", "2023-02-10"]);
  assert.match(r.out, /^2022-03 month {4}closed {6}Russian Foreign Ministry \[RU\] · indirect/m);
  assert.match(r.out, /date: 'in March 2022' in the statement's sentence/);
  assert.match(r.out, /named in: TASS 2023-02-10 d_/);
  assert.match(r.out, /the pack only: no document names it/);
  assert.match(r.out, /\n7 entries: 4 statements, 3 events/);
});

test("timeline --json: the same entries, filtered by actor and stance", async () => {
  const r = await cli("timeline", "--actor", "Peskov", "--json");
  assert.equal(r.code, 0, r.err);
  const entries = JSON.parse(r.out) as { type: string; speaker: { name: string }; sources: { outlet: string }[] }[];
  assert.ok(entries.length >= 5);
  assert.ok(entries.every((e) => e.type === "statement" && e.speaker.name === "Dmitry Peskov"));
  const closed = JSON.parse((await cli("timeline", "--stance", "closed", "--side", "Russia", "--json")).out) as { stance: string }[];
  assert.ok(closed.length >= 7 && closed.every((e) => e.stance === "closed"));
});

test("timeline: a bad option value or an unknown actor is a usage error that says what is wanted", async () => {
  const bad = await cli("timeline", "--from", "2023-13");
  assert.equal(bad.code, 2);
  assert.match(bad.err, /no month 13/);
  const nobody = await cli("timeline", "--actor", "Nobody Atall");
  assert.notEqual(nobody.code, 0);
  assert.match(nobody.err, /Nobody Atall/);
});

test("stance Russia: the side's statements in order, the two shifts marked, the runs at the end", async () => {
  const r = await cli("stance", "Russia");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Stance of Russia \(side RU\) over time/);
  assert.match(r.out, /── shift: open → closed; before: 2019-01 Kremlin ──\n2022-03 month {4}closed/);
  assert.match(r.out, /── shift: closed → open; before: 2025-05-05 Dmitry Peskov ──\n2025-10-24 day/);
  assert.match(r.out, /open {8}2018 … 2019-01 {2}\(3 statements\)\n {2}closed {6}2022-03 … 2025-05-05 {2}\(7 statements\)\n {2}open {8}2025-10-24 {2}\(2 statements\)/);
});

test("stance of one actor as JSON: points, shifts with both statements, runs", async () => {
  const r = await cli("stance", "Dmitry", "Peskov", "--json");
  assert.equal(r.code, 0, r.err);
  const x = JSON.parse(r.out);
  assert.deepEqual(x.subject, { type: "actor", key: "pack:RU-PESKOV", name: "Dmitry Peskov" });
  assert.equal(x.shifts.length, 1);
  assert.equal(x.shifts[0].before.stance, "closed");
  assert.equal(x.shifts[0].after.stance, "open");
  assert.match(x.shifts[0].after.text, /in favour of concluding a peace treaty/);
  assert.deepEqual(x.runs.map((r: { stance: string }) => r.stance), ["closed", "open"]);
});

test("shifts: every change with the statements before and after, then where each side stands", async () => {
  const r = await cli("shifts");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^2025-10-24 {2}Russia \(side RU\): closed → open\n {4}before 2025-05-05 closed, Dmitry Peskov: “any dialogue/m);
  assert.match(r.out, /where each side stands now:\n {2}Russia {11}open {8}since 2025-10-24/);
  const json = JSON.parse((await cli("shifts", "--json")).out);
  assert.ok(json.shifts.some((s: { subject: { key: string }; to: string }) => s.subject.key === "RU" && s.to === "open"));
  assert.ok(json.positions.length >= 4);
});

test("export: an unknown format names the five there are", async () => {
  const r = await cli("export", "--format", "xml");
  assert.equal(r.code, 2);
  assert.match(r.err, /choose one of json, jsonl, csv, md, html/);
});
