import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_PACK_PATH, type Pack } from "../../core/pack.js";
import { run } from "../main.js";
import { bufferIo } from "../test-io.js";
import { jsonLines } from "./pack-locate.js";
import { jsonSyntaxBreak, placeOf } from "./pack-syntax.js";

const shipped = readFileSync(DEFAULT_PACK_PATH, "utf8");
const dir = mkdtempSync(join(tmpdir(), "dossier-pack-"));

/** The shipped pack with a change, written where the CLI can read it. */
function variant(name: string, change: (pack: Pack) => void): string {
  const pack = JSON.parse(shipped) as Pack;
  change(pack);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(pack, null, 2));
  return path;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

interface Problem {
  path: string;
  line: number | null;
  message: string;
}

test("pack validate: the shipped pack is valid", async () => {
  const r = await cli("pack", "validate", DEFAULT_PACK_PATH);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /ru-jp-peace-treaty\.json: valid \(\d+ sides, \d+ actors, \d+ offices, \d+ places, \d+ events\)/);
  const json = JSON.parse((await cli("pack", "validate", DEFAULT_PACK_PATH, "--json")).out) as { valid: boolean; errors: unknown[] };
  assert.equal(json.valid, true);
  assert.deepEqual(json.errors, []);
});

test("pack validate: each problem with its JSON path and the line it is on; exit 1", async () => {
  const path = variant("bad.json", (pack) => {
    const peskov = pack.actors.find((a) => a.id === "RU-PESKOV")!;
    peskov.country = "XX";
    peskov.offices![0]!.start = "2012-02-30";
  });
  const r = await cli("pack", "validate", path);
  assert.equal(r.code, 1);
  assert.match(r.out, /bad\.json: invalid, 2 problems/);
  assert.match(r.out, /error +line \d+ +\/actors\/\d+ \(RU-PESKOV\)\/offices\/0\/start: "2012-02-30" is not a calendar date/);
  assert.match(r.out, /error +line \d+ +\/actors\/\d+ \(RU-PESKOV\): unknown side "XX"/);
  assert.match(r.out, /Fix each error at the place named/);

  const json = JSON.parse((await cli("pack", "validate", path, "--json")).out) as { valid: boolean; errors: Problem[] };
  assert.equal(json.valid, false);
  const lines = readFileSync(path, "utf8").split("\n");
  const start = json.errors.find((e) => e.path.endsWith("/start"))!;
  assert.match(lines[start.line! - 1]!, /"start": "2012-02-30"/);
  const side = json.errors.find((e) => e.message.startsWith("unknown side"))!;
  assert.match(lines.slice(side.line! - 1, side.line! + 2).join("\n"), /"id": "RU-PESKOV"/);

  // schema problems too, with the line of the item concerned
  const schema = variant("schema.json", (pack) => {
    delete (pack.places[1] as Partial<Pack["places"][number]>).kind;
    (pack.events[2] as unknown as Record<string, unknown>).bogus = 1;
  });
  const s = JSON.parse((await cli("pack", "validate", schema, "--json")).out) as { errors: Problem[] };
  assert.deepEqual(s.errors.map((e) => e.path), ["/places/1", "/events/2"]);
  assert.match(s.errors[0]!.message, /required property 'kind'/);
  assert.match(s.errors[1]!.message, /additional properties: "bogus"/);
  // the item opens on the line named; its id follows on the next
  const schemaLines = readFileSync(schema, "utf8").split("\n");
  const events = (JSON.parse(shipped) as Pack).events;
  assert.equal(schemaLines[s.errors[1]!.line! - 1]!.trim(), "{");
  assert.equal(schemaLines[s.errors[1]!.line!]!.trim(), `"id": "${events[2]!.id}",`);
});

test("pack validate: text that is not JSON names its line; a missing file or subcommand is a usage error", async () => {
  const broken = join(dir, "broken.json");
  const cut = shipped.indexOf('"actors"');
  writeFileSync(broken, shipped.slice(0, cut) + shipped.slice(cut + 1));
  const r = await cli("pack", "validate", broken);
  assert.equal(r.code, 1);
  assert.match(r.out, new RegExp(`line ${shipped.slice(0, cut).split("\n").length} +not JSON: `));
  const missing = await cli("pack", "validate", join(dir, "nope.json"));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read the pack .*nope\.json: no such file/);
  for (const argv of [["pack"], ["pack", "validate"], ["pack", "check", "x.json"], ["pack", "show", "a.json", "b.json"]]) {
    assert.equal((await cli(...argv)).code, 2, argv.join(" "));
  }
});

test("pack validate: every syntax error gets its line and column, also those JSON.parse does not place", async () => {
  // a string value without its opening quote: JSON.parse says only "Unexpected token 'X', ... is not valid JSON"
  const at = shipped.indexOf(': "') + 2;
  assert.ok(at > 0);
  const broken = join(dir, "unquoted.json");
  writeFileSync(broken, shipped.slice(0, at) + shipped.slice(at + 1));
  const { line, column } = placeOf(shipped, at);
  assert.ok(line > 1 && column > 1);
  const r = await cli("pack", "validate", broken);
  assert.equal(r.code, 1);
  assert.match(r.out, new RegExp(`error +line ${line} +not JSON: Unexpected token '${shipped[at + 1]}'.* \\(line ${line}, column ${column}\\)$`, "m"));
  const asJson = JSON.parse((await cli("pack", "validate", broken, "--json")).out) as { errors: (Problem & { column: number })[] };
  assert.equal(asJson.errors[0]!.line, line);
  assert.equal(asJson.errors[0]!.column, column);
  // a file cut short: the place is its end
  const cut = join(dir, "cut.json");
  writeFileSync(cut, shipped.slice(0, shipped.indexOf("[", shipped.indexOf('"actors"')) + 1)); // "Unexpected end of JSON input"
  const end = placeOf(readFileSync(cut, "utf8"), readFileSync(cut, "utf8").length);
  assert.match((await cli("pack", "validate", cut)).out, new RegExp(`line ${end.line} +not JSON: .*\\(line ${end.line}, column ${end.column}\\)`));
});

test("jsonSyntaxBreak: the offset of the first character JSON does not allow, where JSON.parse says it too", () => {
  const cases: [string, number | null][] = [
    ['{"a": [1, {"b": "x\\u00e9"}], "c": -0.5e+3, "d": null}', null],
    [" [true, false] ", null],
    ['{"a": 1,}', 8], // trailing comma
    ['{"a": 1 "b": 2}', 8], // missing comma
    ['{"a" 1}', 5],
    ["{ a: 1 }", 2],
    ["{,}", 1],
    ["[1,]", 3],
    ["[,1]", 1],
    ['{"a": [1 2]}', 9],
    ['{"a": Kuril}', 6],
    ['{"a": tru}', 9],
    ['{"a": 01}', 7],
    ['{"a": -}', 7],
    ['{"a": 1.}', 8],
    ['{"a": .5}', 6],
    ['{"a": 1e}', 8],
    ['{"a": "\\q"}', 8],
    ['{"a": "\\u12G4"}', 11],
    ['{"a":\n "x\ty"}', 9], // a raw tab inside a string
    ['{"a": 1}}', 8],
    ["\uFEFF{}", 0], // a byte order mark
    ['{"a": "x', 8], // ends inside a string
    ['{"a": [1, 2', 11],
    ['{"a":', 5],
    ["", 0],
  ];
  for (const [text, offset] of cases) {
    assert.equal(jsonSyntaxBreak(text), offset, JSON.stringify(text));
    let stated: number | null = null;
    try {
      JSON.parse(text);
    } catch (err) {
      const m = /at position (\d+)/.exec((err as Error).message);
      stated = m ? Number(m[1]) : text.length;
      if (m) assert.equal(offset, stated, `JSON.parse places ${JSON.stringify(text)} at ${stated}`);
    }
    assert.equal(offset === null, stated === null, JSON.stringify(text));
  }
  assert.equal(jsonSyntaxBreak(shipped), null);
});

test("pack show: the shipped pack by default, summarised: issue, sides, counts, offices with dates, names per side, events by date", async () => {
  const pack = JSON.parse(shipped) as Pack;
  const r = await cli("pack", "show");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, new RegExp(`^counts +${pack.sides.length} sides, ${pack.actors.length} actors, ${pack.offices.length} offices, ${pack.places.length} places, ${pack.events.length} events$`, "m"));
  assert.match(r.out, /^issue +Whether Russia and Japan conclude/m);
  assert.match(r.out, /^Dmitry Peskov +person +RU +RU-PESKOV\n +Press Secretary of the President of Russia +since 2012-05-22$/m);
  assert.match(r.out, /^Southern Kurils \(island group; disputed; administered by RU; claimed by JP\)$/m);
  assert.match(r.out, /^ {4}JP: Northern Territories, Hoppo Ryodo/m);
  assert.match(r.out, /^1956-10-19 +document +/m);

  const json = JSON.parse((await cli("pack", "show", DEFAULT_PACK_PATH, "--json")).out) as {
    counts: { actors: number; cues: { open: number } };
    actors: { id: string; offices: { office: string; start: string; end: string | null }[] }[];
    places: { id: string; names: Record<string, string[]> }[];
    events: { date: string }[];
  };
  assert.equal(json.counts.actors, pack.actors.length);
  assert.equal(json.counts.cues.open, pack.issue.stanceCues.open.length);
  const putin = json.actors.find((a) => a.id === "RU-PUTIN")!;
  assert.ok(putin.offices.some((o) => o.office === "ru-president" && o.end === null));
  const iturup = json.places.find((p) => p.names.JP?.includes("Etorofu"))!;
  assert.ok(iturup.names.RU!.includes("Iturup"));
  const dates = json.events.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());

  const bad = variant("bad-show.json", (p) => (p.actors[0]!.country = "XX"));
  const refused = await cli("pack", "show", bad);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /not a valid pack \(1 problems?\): see them with dossier pack validate/);
});

test("jsonLines: the line of every value by its JSON pointer", () => {
  const lines = jsonLines('{\n  "a": [1,\n    {"b~/c": "x\\"y"}\n  ],\n  "d": null\n}');
  assert.equal(lines.get(""), 1);
  assert.equal(lines.get("/a"), 2);
  assert.equal(lines.get("/a/0"), 2);
  assert.equal(lines.get("/a/1"), 3);
  assert.equal(lines.get("/a/1/b~0~1c"), 3);
  assert.equal(lines.get("/d"), 5);
});
