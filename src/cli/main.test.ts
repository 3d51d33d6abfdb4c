import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { sharedPath } from "../core/paths.js";
import { run } from "./main.js";
import { bufferIo } from "./test-io.js";
import { plural } from "./format.js";
import { humanBytes } from "./format.js";

const seeds = sharedPath("seeds");
const tmp = () => mkdtempSync(join(tmpdir(), "dossier-cli-"));

test("ingest stores the seeds once; a second run reports them unchanged", async () => {
  const db = join(tmp(), "s.db");
  const first = bufferIo();
  assert.equal(await run(["ingest", seeds, "--db", db], first), 0);
  assert.match(first.out(), /^ingested 5, unchanged 0, failed 0, warned 0 /m);
  const second = bufferIo();
  assert.equal(await run(["ingest", seeds, "--db", db], second), 0);
  assert.match(second.out(), /^ingested 0, unchanged 5, failed 0, warned 0 /m);
  const docs = bufferIo();
  assert.equal(await run(["docs", "--db", db, "--json"], docs), 0);
  assert.equal(JSON.parse(docs.out()).length, 5);
});

test("ingest says which pages it did not read for statements because they are not in English", async () => {
  const db = join(tmp(), "s.db");
  const pages = ["adac.de.kindersitze.html.gz", "franceculture.fr.idees.html.gz"].map((f) => sharedPath("data", "trafilatura-eval", "cache", f));
  const io = bufferIo();
  assert.equal(await run(["ingest", seeds, ...pages, "--db", db], io), 0);
  assert.match(io.out(), /^ingested 7, unchanged 0, failed 0, warned 0 /m);
  assert.match(io.out(), /^not read for statements, not in English: 2 pages \(French 1, German 1\); `dossier show ID` says why$/m);
  const json = bufferIo();
  await run(["ingest", ...pages, "--db", join(tmp(), "t.db"), "--json"], json);
  assert.deepEqual(JSON.parse(json.out()).notEnglish, { French: 1, German: 1 });
});

test("docs, show, search and export read what ingest stored", async () => {
  const db = join(tmp(), "s.db");
  await run(["ingest", seeds, "--db", db], bufferIo());
  const docs = bufferIo();
  await run(["docs", "--db", db], docs);
  assert.match(docs.out(), /Issue of peace treaty with Japan remains/);
  assert.match(docs.out(), /2024-04-03 \(day\)/);

  const list = bufferIo();
  await run(["docs", "--db", db, "--json"], list);
  const tass = (JSON.parse(list.out()) as { id: string; outlet: string }[]).find((d) => d.outlet === "TASS")!;
  const show = bufferIo();
  assert.equal(await run(["show", tass.id.slice(2, 9), "--db", db], show), 0);
  assert.match(show.out(), /dateline\s+MOSCOW, February 10/);
  assert.match(show.out(), /text\/photo-credit|text\/agency-credit/);
  const showJson = bufferIo();
  await run(["show", tass.id, "--db", db, "--json"], showJson);
  const full = JSON.parse(showJson.out());
  assert.ok(full.removed.some((r: { text: string }) => r.text === "All news"));
  assert.ok(full.text.includes("told a briefing on Friday"));

  const search = bufferIo();
  assert.equal(await run(["search", "Nozdrev hostile", "--db", db, "--json"], search), 0);
  const { hits, windowed } = JSON.parse(search.out());
  assert.equal(windowed, false);
  assert.equal(hits.length, 1);
  assert.match(hits[0].snippet, /\*\*(Nozdrev|hostile)\*\*/);

  const out = join(tmp(), "export.json");
  const exportIo = bufferIo();
  assert.equal(await run(["export", "--format", "json", "--out", out, "--db", db], exportIo), 0);
  assert.match(exportIo.err(), /^exported 5 documents, \d+ statements, \d+ timeline entries, \d+ shifts? to /);
  const exported = JSON.parse(readFileSync(out, "utf8"));
  assert.equal(exported.documents.length, 5);
  // every statement points back to a stored document, and its words are in that document's text
  assert.ok(exported.statements.length >= 30);
  const texts = new Map(exported.documents.map((d: { id: string; text: string }) => [d.id, d.text]));
  for (const s of exported.statements) {
    for (const src of s.sources) assert.equal((texts.get(src.document) as string).slice(src.start, src.end), s.text);
  }
  const peskov = exported.statements.filter((s: { speaker: { name: string } }) => s.speaker.name === "Dmitry Peskov");
  assert.ok(peskov.some((s: { stance: string }) => s.stance === "closed"));
  const menafn = exported.documents.find((d: { outlet: string }) => d.outlet === "MENAFN");
  assert.equal(menafn.published.date, "2025-05-05");
  assert.ok(!menafn.text.includes("Legal Disclaimer"));
});

test("a batch with bad files: each failure is named with its reason, the rest is stored, nothing stored is lost", async () => {
  const dir = tmp();
  const db = join(tmp(), "b.db");
  const first = readdirSync(seeds).sort()[0]!;
  copyFileSync(join(seeds, first), join(dir, "good.txt"));
  await run(["ingest", join(dir, "good.txt"), "--db", db], bufferIo());

  for (const name of readdirSync(seeds).sort().slice(1, 3)) copyFileSync(join(seeds, name), join(dir, name));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "junk.bin"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
  writeFileSync(join(dir, "cut.txt.gz"), gzipSync(readFileSync(join(seeds, first))).subarray(0, 300));
  const io = bufferIo();
  assert.equal(await run(["ingest", dir, join(dir, "missing.html"), "--db", db], io), 1);
  // the cut .gz is reported as failed, and what came before the break is stored with a warning
  assert.match(io.out(), /^ingested 3, unchanged 1, failed 4, warned 1 /m);
  for (const name of ["empty.txt", "junk.bin", "cut.txt.gz", "missing.html"]) {
    assert.match(io.out(), new RegExp(`failed  \\S*${name.replace(".", "\\.")}: \\S`), name);
  }
  assert.match(io.out(), /^failed  \S*cut\.txt\.gz: truncated gzip: .* \d+ bytes were read before the break: 0 pages complete and 1 page cut off by it/m);
  assert.match(io.out(), /^warned  \S*cut\.txt\.gz: the input breaks off after \d+ bytes; the end of the page is missing \[read\/truncated\]$/m);
  const docs = bufferIo();
  await run(["docs", "--db", db, "--json"], docs);
  assert.equal(JSON.parse(docs.out()).length, 4);
});

test("ingest lists the pages stored with a warning, in text and in --json; --quiet keeps only the counts", async () => {
  const dir = tmp();
  const names = readdirSync(seeds).sort();
  // a seed with three Latin-1 bytes pasted into it: stored as UTF-8, the three bytes replaced
  const seed = readFileSync(join(seeds, names[1]!)).toString("latin1");
  writeFileSync(join(dir, "stray.txt"), Buffer.from(seed.replace(" welcomes", " \xe9welcomes").replace("Moscow, ", "Moscow,\x92 ").replace(" Japan.", " Japan.\xa0"), "latin1"));
  copyFileSync(join(seeds, names[0]!), join(dir, "clean.txt"));
  const reason = "3 bytes are not valid UTF-8 in otherwise UTF-8 text; replaced with U+FFFD";

  const text = bufferIo();
  assert.equal(await run(["ingest", dir, "--db", join(tmp(), "t.db")], text), 0);
  assert.match(text.out(), /^ingested 2, unchanged 0, failed 0, warned 1 /m);
  assert.match(text.out(), new RegExp(`^warned  \\S*stray\\.txt: ${reason.replace(/[.+]/g, "\\$&")} \\[read/invalid-bytes\\]$`, "m"));
  assert.doesNotMatch(text.out(), /clean\.txt/);

  const asJson = bufferIo();
  assert.equal(await run(["ingest", dir, "--db", join(tmp(), "j.db"), "--json"], asJson), 0);
  const summary = JSON.parse(asJson.out());
  assert.equal(summary.warned, 1);
  assert.deepEqual(summary.warnings, [{ source: join(dir, "stray.txt"), ruleId: "read/invalid-bytes", reason }]);
  const stray = summary.documents.find((d: { source: string }) => d.source.endsWith("stray.txt"));
  assert.deepEqual(stray.warnings, [{ ruleId: "read/invalid-bytes", reason }]);
  assert.equal(summary.documents.find((d: { source: string }) => d.source.endsWith("clean.txt")).warnings, undefined);

  const quiet = bufferIo();
  assert.equal(await run(["ingest", dir, "--db", join(tmp(), "q.db"), "--quiet"], quiet), 0);
  assert.match(quiet.out(), /warned 1 /);
  assert.doesNotMatch(quiet.out(), /^warned  /m);
});

test("show: an id the store does not hold exits 1 and says so; something that is not an id is a usage error", async () => {
  const db = join(tmp(), "s.db");
  await run(["ingest", join(seeds, readdirSync(seeds).sort()[0]!), "--db", db], bufferIo());
  for (const id of ["d_0123456789abcdef", "0123456789abcdef", "d_ffff"]) {
    const io = bufferIo();
    assert.equal(await run(["show", id, "--db", db], io), 1, id);
    assert.equal(io.err(), `dossier show: no document ${id} in ${db} (list them with dossier docs)\n`);
    assert.equal(io.out(), "");
  }
  for (const id of ["peace-treaty", "d_xyz", "d_0123456789abcdef0"]) {
    const io = bufferIo();
    assert.equal(await run(["show", id, "--db", db], io), 2, id);
    assert.match(io.err(), /is not a document id/);
    assert.match(io.err(), /usage: dossier show/);
  }
});

test("export: counts are spelled in English plurals", () => {
  const cases: [number, string, string][] = [
    [1, "timeline entry", "1 timeline entry"],
    [3, "timeline entry", "3 timeline entries"],
    [0, "document", "0 documents"],
    [2, "day", "2 days"],
    [1, "shift", "1 shift"],
  ];
  for (const [n, word, said] of cases) assert.equal(plural(n, word), said);
});

test("stdin and DOSSIER_DB", async () => {
  const db = join(tmp(), "e.db");
  const text = readFileSync(join(seeds, readdirSync(seeds).sort()[2]!));
  const io = bufferIo({ stdin: text, env: { DOSSIER_DB: db } });
  assert.equal(await run(["ingest", "-"], io), 0);
  // stdin's size is what came through it, not 0 B
  assert.match(io.out(), new RegExp(`^ingested 1, unchanged 0, failed 0, warned 0 \\(${humanBytes(text.length).replace(".", "\\.")} in `, "m"));
  const again = bufferIo({ stdin: text, env: { DOSSIER_DB: join(tmp(), "j.db") } });
  assert.equal(await run(["ingest", "-", join(seeds, readdirSync(seeds).sort()[0]!), "--json"], again), 0);
  assert.equal(JSON.parse(again.out()).bytes, text.length + statSync(join(seeds, readdirSync(seeds).sort()[0]!)).size);
  const docs = bufferIo({ env: { DOSSIER_DB: db } });
  await run(["docs", "--json"], docs);
  const [doc] = JSON.parse(docs.out());
  assert.equal(doc.source, "-");
  assert.equal(doc.published.date, "2024-04-03");
});

test("usage errors exit 2 with a hint; reading a store that does not exist says what to do", async () => {
  for (const argv of [["ingest"], ["frobnicate"], ["docs", "--bogus"], ["show"], ["export", "--format", "pdf", "--db", "x.db"], []]) {
    const io = bufferIo();
    assert.equal(await run(argv, io), 2, argv.join(" "));
  }
  const io = bufferIo();
  assert.equal(await run(["docs", "--db", join(tmp(), "nope.db")], io), 2);
  assert.match(io.err(), /no store at .*nope\.db: ingest something first/);
  const help = bufferIo();
  assert.equal(await run(["ingest", "--help"], help), 0);
  assert.match(help.out(), /usage: dossier ingest/);
  assert.match(help.out(), /Exit status: 0/);
});
