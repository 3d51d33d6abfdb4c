import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedPath } from "../../core/paths.js";
import { openStore } from "../../store/open.js";
import { run } from "../main.js";
import { bufferIo } from "../test-io.js";
import { pageStatements } from "./statements.js";
import { wrap } from "./statements-render.js";

interface Exported {
  id: string;
  speaker: { name: string; country: string | null; key: string };
  kind: string;
  text: string;
  stance: string;
  stance_cues: string[];
  said_on: string | null;
  said_on_precision: string | null;
  sources: { document: string; outlet: string | null }[];
}

/** The five seeds ingested into a fresh store, with or without the pack. */
async function seedStore(...extra: string[]): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "dossier-statements-")), "s.db");
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

async function listed(...argv: string[]): Promise<Exported[]> {
  const r = await cli("statements", "--json", ...argv);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as Exported[];
}

test("--json lists every statement in the export's shape, the words in full", async () => {
  const db = await withPack;
  const exported = JSON.parse((await cli("export", "--db", db)).out) as { statements: Exported[] };
  const all = await listed("--db", db);
  assert.equal(all.length, exported.statements.length);
  const byId = new Map(exported.statements.map((s) => [s.id, s]));
  for (const s of all) assert.deepEqual(s, byId.get(s.id));
  // in order of when they were said, undated last
  const when = all.map((s) => s.said_on ?? "~");
  assert.deepEqual(when, [...when].sort());
  const longest = all.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  assert.ok(longest.text.length > 300);
  // the terminal list cuts the long words, and still names where they come from
  const text = (await cli("statements", "--db", db)).out;
  assert.ok(!text.includes(longest.text));
  assert.ok(text.includes(longest.text.slice(0, 40)));
  assert.match(text, new RegExp(`${longest.sources[0]!.document}`));
  assert.match(text, new RegExp(`^${all.length} statements\\n$`, "m"));
});

test("--speaker takes a name, a surname, another transliteration or a key; the list shows who, when, stance and source", async () => {
  const db = await withPack;
  const bySurname = await listed("--db", db, "--speaker", "Nozdrev");
  assert.ok(bySurname.length >= 3);
  assert.ok(bySurname.every((s) => s.speaker.key === "pack:RU-NOZDREV"));
  for (const name of ["Nikolay Nozdrev", "nikolai nozdrev", "pack:RU-NOZDREV"]) {
    assert.deepEqual(await listed("--db", db, "--speaker", name), bySurname, name);
  }
  const r = await cli("statements", "--db", db, "--speaker", "Zakharova");
  assert.equal(r.code, 0);
  assert.match(r.out, /^2023-02-10 \(day\) +Maria Zakharova \[RU\] +(direct|indirect|mixed) +closed: "remains closed"/m);
  assert.match(r.out, /^ {4}TASS · d_[0-9a-f]{16} · Issue of peace treaty/m);
  assert.match(r.out, /^\d+ statements \(by Maria Zakharova\)$/m);
});

test("filters: side, stance, words, dates at each precision, and --limit", async () => {
  const db = await withPack;
  const all = await listed("--db", db);
  const same = async (args: string[], keep: (s: Exported) => boolean): Promise<void> => {
    const expected = all.filter(keep).map((s) => s.id);
    assert.ok(expected.length > 0, args.join(" "));
    assert.deepEqual((await listed("--db", db, ...args)).map((s) => s.id), expected, args.join(" "));
  };
  await same(["--side", "JP"], (s) => s.speaker.country === "JP");
  await same(["--side", "Japan"], (s) => s.speaker.country === "JP");
  await same(["--stance", "closed"], (s) => s.stance === "closed");
  await same(["--side", "ru", "--stance", "open"], (s) => s.speaker.country === "RU" && s.stance === "open");
  await same(["--text", "Peace  treaty"], (s) => /peace treaty/i.test(s.text));
  await same(["--from", "2024"], (s) => s.said_on !== null && s.said_on >= "2024");
  await same(["--to", "2023"], (s) => s.said_on !== null && s.said_on < "2024");
  await same(["--from", "2023-02", "--to", "2023-02"], (s) => s.said_on?.startsWith("2023-02") ?? false);
  await same(["--from", "2023-02-10", "--to", "2023-02-10"], (s) => s.said_on === "2023-02-10");
  await same(["--from", "2018", "--to", "2019-01"], (s) => s.said_on !== null && s.said_on >= "2018" && s.said_on < "2019-02");

  assert.equal((await listed("--db", db, "--limit", "2")).length, 2);
  const limited = await cli("statements", "--db", db, "--stance", "closed", "--limit", "1");
  assert.match(limited.out, /^1 statement \(closed\); more match \(raise --limit\)$/m);
  const none = await cli("statements", "--db", db, "--text", "no such words anywhere");
  assert.equal(none.code, 0);
  assert.equal(none.out, 'no statements match (with "no such words anywhere")\n');
  assert.deepEqual(await listed("--db", db, "--text", "no such words anywhere"), []);
});

test("bad values exit 2 with the reason; an unknown speaker exits 1 with close names", async () => {
  const db = await withPack;
  const cases: Array<[string[], RegExp]> = [
    [["--from", "2023-2"], /--from wants a date as YYYY, YYYY-MM or YYYY-MM-DD/],
    [["--to", "2023-02-30"], /--to '2023-02-30': 2023-02 has days 01 to 28/],
    [["--from", "2024-13"], /there is no month 13/],
    [["--from", "2024", "--to", "2023-12"], /--from 2024 is after --to 2023-12/],
    [["--stance", "hostile"], /--stance wants one of open, conditional, closed, neutral/],
    [["--side", "Atlantis"], /not a side of the pack: choose one of RU \(Russia\), JP \(Japan\)/],
    [["--limit", "0"], /--limit wants a positive whole number/],
    [["--text", " "], /--text wants words/],
    [["Peskov"], /takes no arguments .*--text/],
  ];
  for (const [args, reason] of cases) {
    const r = await cli("statements", "--db", db, ...args);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.err, reason, args.join(" "));
  }
  const typo = await cli("statements", "--db", db, "--speaker", "Peskof");
  assert.equal(typo.code, 1);
  assert.match(typo.err, /nobody called 'Peskof' in the pack or the stored texts: did you mean 'Dmitry Peskov'/);
  const nothing = await cli("statements", "--db", db, "--speaker", "Qwxyz Jjjj");
  assert.equal(nothing.code, 1);
  assert.match(nothing.err, /check the spelling, or look for the name in the texts with: dossier search "Qwxyz Jjjj"/);
  const missing = await cli("statements", "--db", join(tmpdir(), "no-such-dossier.db"));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no store at .*: ingest something first/);
});

test("without a pack, speakers are the names found in the texts", async () => {
  const db = await withoutPack;
  const rows = await listed("--db", db, "--pack", "none", "--speaker", "Zakharova");
  assert.ok(rows.length >= 1);
  assert.ok(rows.every((s) => s.speaker.key.startsWith("text:") && s.speaker.name === "Maria Zakharova"));
  // the pack, used on a store ingested without it, still gathers the text entities under its actor
  assert.deepEqual((await listed("--db", db, "--speaker", "Mariya Zakharova")).map((s) => s.id), rows.map((s) => s.id));
  const typo = await cli("statements", "--db", db, "--pack", "none", "--speaker", "Zaharova");
  assert.match(typo.err, /in the stored texts \(no pack in use\): did you mean 'Maria Zakharova'/);
  const side = await cli("statements", "--db", db, "--pack", "none", "--side", "Russia");
  assert.equal(side.code, 2);
  assert.match(side.err, /--side wants a country code such as RU or JP/);
});

test("pageStatements follows the cursor through small pages without gaps or repeats", async () => {
  const store = await openStore(await withPack);
  try {
    const whole = (await store.listStatements({ limit: 1000 })).rows.map((r) => r.id);
    for (const pageSize of [1, 4, 7]) {
      const ids: string[] = [];
      for await (const row of pageStatements(store, {}, pageSize)) ids.push(row.id);
      assert.deepEqual(ids, whole, `pages of ${pageSize}`);
    }
    const firstFive: string[] = [];
    const rows = pageStatements(store, { limit: 5 }, 2);
    let step = await rows.next();
    for (; !step.done; step = await rows.next()) firstFive.push(step.value.id);
    assert.deepEqual(firstFive, whole.slice(0, 5));
    assert.deepEqual(step.value, { more: true });
  } finally {
    await store.close();
  }
});

test("wrap fills lines to the width and cuts after the last line kept", () => {
  const words = "Japan is currently taking a very unfriendly stance toward Russia, joining all the illegal sanctions";
  assert.deepEqual(wrap(words, 40, 5), [
    "Japan is currently taking a very",
    "unfriendly stance toward Russia, joining", // exactly 40
    "all the illegal sanctions",
  ]);
  const cut = wrap(words, 40, 2);
  assert.equal(cut.length, 2);
  assert.equal(cut[1]!.length, 40);
  assert.ok(cut[1]!.endsWith("…"));
  assert.deepEqual(wrap("short", 40, 1), ["short"]);
  assert.ok(wrap("x".repeat(90), 40, 3).every((l) => l.length <= 40));
});
