import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedPath } from "../../core/paths.js";
import { run } from "../main.js";
import { bufferIo } from "../test-io.js";

async function seedStore(...extra: string[]): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "dossier-who-")), "s.db");
  assert.equal(await run(["ingest", sharedPath("seeds"), "--db", db, "--quiet", ...extra], bufferIo()), 0);
  return db;
}
const withPack = seedStore();
const withoutPack = seedStore("--pack", "none");

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

interface Who {
  name: string;
  kind: string;
  country: string | null;
  keys: string[];
  actorId: string | null;
  aliases: string[];
  offices: { office: string; title: string; start: string; end: string | null; acting?: boolean }[];
  counts: { mentions: number; statements: number };
  statements: { id: string; said_on: string | null; speaker: { key: string } }[];
}

test("who: the pack's names and offices with dates, the stored counts, the statements in time order", async () => {
  const db = await withPack;
  const r = await cli("who", "Zakharova", "--db", db);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Maria Zakharova\n {2}kind {8}person\n {2}country {5}RU \(Russia\)\n/);
  assert.match(r.out, /aliases {5}Mariya Zakharova; Maria Vladimirovna Zakharova/);
  assert.match(r.out, /offices {5}Spokesperson of the Russian Foreign Ministry +since 2015-08-10/);
  assert.match(r.out, /── statements, in time order/);
  assert.match(r.out, /2023-02-10 \(day\) +(direct|indirect) +closed: "remains closed"/);

  const json = JSON.parse((await cli("who", "Maria Zakharova", "--db", db, "--json")).out) as Who;
  assert.equal(json.actorId, "RU-ZAKHAROVA");
  assert.deepEqual(json.keys, ["pack:RU-ZAKHAROVA"]);
  assert.equal(json.counts.statements, json.statements.length);
  assert.ok(json.counts.mentions >= 1);
  const all = JSON.parse((await cli("statements", "--db", db, "--json")).out) as Who["statements"];
  assert.deepEqual(json.statements.map((s) => s.id), all.filter((s) => s.speaker.key === "pack:RU-ZAKHAROVA").map((s) => s.id));

  // several offices, each with its dates, earliest first; an acting holding says so
  const kishida = JSON.parse((await cli("who", "Kishida", "--db", db, "--json")).out) as Who;
  assert.deepEqual(
    kishida.offices.map((o) => [o.office, o.start, o.end, o.acting ?? false]),
    [
      ["jp-fm", "2012-12-26", "2017-08-03", false],
      ["jp-pm", "2021-10-04", "2024-10-01", false],
      ["jp-fm", "2021-11-04", "2021-11-10", true],
    ],
  );
  const text = (await cli("who", "Fumio Kishida", "--db", db)).out;
  assert.match(text, /Prime Minister of Japan +2021-10-04 – 2024-10-01/);
  assert.match(text, /Minister for Foreign Affairs of Japan \(acting\) +2021-11-04 – 2021-11-10/);
});

test("who: transliterations and keys reach the same person; --limit keeps the first statements", async () => {
  const db = await withPack;
  const nozdrev = JSON.parse((await cli("who", "Nikolay", "Nozdrev", "--db", db, "--json")).out) as Who;
  assert.equal(nozdrev.name, "Nikolai Nozdrev");
  assert.ok(nozdrev.statements.length >= 3);
  const when = nozdrev.statements.map((s) => s.said_on ?? "~");
  assert.deepEqual(when, [...when].sort());
  assert.deepEqual(JSON.parse((await cli("who", "pack:RU-NOZDREV", "--db", db, "--json")).out), nozdrev);
  const one = await cli("who", "Nozdrev", "--db", db, "--limit", "1");
  assert.match(one.out, /in time order \(the first 1; raise --limit for more\)/);
});

test("who: several candidates are listed with their keys; an unknown name gets close names; no name is a usage error", async () => {
  const db = await withPack;
  const many = await cli("who", "Foreign Ministry", "--db", db);
  assert.equal(many.code, 1);
  assert.match(many.err, /'Foreign Ministry' may mean 2 entities; ask for one by its full name or its key/);
  assert.match(many.err, /Russian Foreign Ministry +institution +RU +pack:RU-MFA +\d+ statements/);
  assert.match(many.err, /Japanese Foreign Ministry +institution +JP +pack:JP-MOFA/);
  const typo = await cli("who", "Lavrow", "--db", db);
  assert.equal(typo.code, 1);
  assert.match(typo.err, /nobody called 'Lavrow' .*did you mean 'Sergei Lavrov'/);
  assert.equal((await cli("who", "--db", db)).code, 2);
});

test("who without a pack: the entity as the texts name it", async () => {
  const db = await withoutPack;
  const r = await cli("who", "Zakharova", "--db", db, "--pack", "none");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Maria Zakharova\n/);
  assert.match(r.out, /entity {6}text:person:maria zakharova/);
  assert.match(r.out, /offices {5}\(no pack in use\)/);
  const json = JSON.parse((await cli("who", "Zakharova", "--db", db, "--pack", "none", "--json")).out) as Who;
  assert.equal(json.actorId, null);
  assert.ok(json.statements.length >= 1 && json.statements.length === json.counts.statements);
  // without a pack, the general transliteration rules still make Nikolai and Nikolay Nozdrev one entity
  const one = await cli("who", "Nozdrev", "--db", db, "--pack", "none", "--json");
  assert.equal(one.code, 0, one.err);
  assert.equal((JSON.parse(one.out) as Who).keys[0], "text:person:nikolai nozdrev");
  // and the pack gathers that entity under its actor
  const gathered = JSON.parse((await cli("who", "Nozdrev", "--db", db, "--json")).out) as Who;
  assert.deepEqual(gathered.keys.slice(1), ["text:person:nikolai nozdrev"]);
});
