import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHtml } from "../core/html.js";
import { run } from "../cli/main.js";
import { bufferIo } from "../cli/test-io.js";
import { CSV_COLUMNS } from "./export-csv.js";
import { seedStorePath } from "./views-test-kit.js";

// Every export format written by the CLI from the seeds' store, then read back.

async function exported(format: string, db?: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), "dossier-export-")), `export.${format}`);
  const io = bufferIo();
  const code = await run(["export", "--format", format, "--out", out, "--db", db ?? (await seedStorePath())], io);
  assert.equal(code, 0, io.err());
  assert.match(io.err(), new RegExp(`^exported .* to ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n$`));
  return readFileSync(out, "utf8");
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  assert.equal(cell, "", "the file ends with a line break");
  return rows;
}

test("export json: FORMAT.md's documents and statements, plus the timeline and the shifts", async () => {
  const x = JSON.parse(await exported("json"));
  assert.equal(x.documents.length, 5);
  assert.ok(x.statements.length >= 30);
  assert.ok(x.timeline.length > x.statements.length / 2);
  const dates = x.timeline.map((e: { date: string }) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  const docs = new Set(x.documents.map((d: { id: string }) => d.id));
  for (const e of x.timeline) for (const s of e.sources) assert.ok(docs.has(s.document));
  const ru = x.shifts.find((s: { subject: { key: string }; from: string; to: string }) => s.subject.key === "RU" && s.from === "closed" && s.to === "open");
  assert.ok(ru);
  assert.match(ru.before.date, /^2025-05/);
  assert.match(ru.after.date, /^2025-10/);
});

test("export jsonl: one record per line, each with its type", async () => {
  const lines = (await exported("jsonl")).trimEnd().split("\n");
  const records = lines.map((l) => JSON.parse(l) as { type: string; [k: string]: unknown });
  const count = (t: string) => records.filter((r) => r.type === t).length;
  assert.equal(count("document"), 5);
  assert.ok(count("statement") >= 30);
  assert.ok(count("event") >= 10);
  assert.ok(count("timeline") >= 30);
  assert.ok(count("shift") >= 2);
  assert.deepEqual([...new Set(records.map((r) => r.type))], ["document", "statement", "event", "timeline", "shift"]);
  const event = records.find((r) => r.type === "event" && r.pack_event === "mfa-statement-2022");
  assert.ok(event && typeof event.text === "string");
  const entries = records.filter((r) => r.type === "timeline");
  assert.deepEqual([...new Set(entries.map((r) => r.entry))].sort(), ["event", "statement"]);
});

test("export csv: a row per statement and source, quoted so a spreadsheet reads the words back whole", async () => {
  const rows = parseCsv(await exported("csv"));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  const json = JSON.parse(await exported("json"));
  const sources = json.statements.reduce((n: number, s: { sources: unknown[] }) => n + s.sources.length, 0);
  assert.equal(rows.length - 1, sources);
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  for (const r of rows.slice(1)) assert.equal(r.length, CSV_COLUMNS.length);
  const byId = new Map(json.statements.map((s: { id: string; text: string }) => [s.id, s.text]));
  for (const r of rows.slice(1)) assert.equal(r[col("text")], byId.get(r[col("statement_id")]!), "text survives commas, quotes and line breaks");
  assert.ok(rows.some((r) => /[",]/.test(r[col("text")]!)), "the seeds do have words with commas and quotes");
});

test("export md: the brief has the issue, each side now and how it moved, the timeline and the sources", async () => {
  const md = await exported("md");
  const headings = md.split("\n").filter((l) => /^#{1,3} /.test(l));
  assert.deepEqual(headings.filter((h) => h.startsWith("## ")), ["## The issue", "## Where each side stands", "## Timeline", "## Sources"]);
  assert.ok(headings.includes("### Russia (RU)") && headings.includes("### Japan (JP)"));
  const russia = md.slice(md.indexOf("### Russia (RU)"), md.indexOf("### Japan (JP)"));
  assert.match(russia, /^Now \*\*open\*\*, since 2025-10-24/m);
  assert.match(russia, /^- 2025-10-24: \*\*closed → open\*\*\. Before: 2025-05-05/m);
  const timeline = md.slice(md.indexOf("## Timeline"), md.indexOf("## Sources")).split("\n").filter((l) => l.startsWith("- **"));
  const dates = timeline.map((l) => /^- \*\*([\d-]+)\*\*/.exec(l)![1]!);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(timeline.some((l) => /· event · Soviet–Japanese Joint Declaration \(pack\)/.test(l)));
  assert.equal(md.slice(md.indexOf("## Sources")).split("\n").filter((l) => l.startsWith("- `d_")).length, 5);
});

test("export html: one standalone page with its sections, no script and no external asset", async () => {
  const page = await exported("html");
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
  assert.doesNotMatch(page, /<script|<link|<img|src=|url\(/i);
  const dom = parseHtml(page);
  const headings = [...dom.querySelectorAll("h2")].map((h: { textContent: string }) => h.textContent);
  assert.deepEqual(headings, ["The issue", "Where each side stands", "Timeline", "Sources"]);
  const rows = [...dom.querySelectorAll("tbody tr")];
  assert.ok(rows.length >= 30);
  assert.equal(dom.querySelectorAll("svg circle").length > 0, true, "the stance chart");
  assert.equal(dom.querySelectorAll("h2 ~ ul li code").length >= 5, true);
});

test("export md and html: words from the pages are escaped, never run", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-hostile-"));
  const page = join(dir, "hostile.txt");
  writeFileSync(
    page,
    [
      "Kremlin rejects <script>alert(1)</script> talks",
      "",
      "MOSCOW, March 3, 2024. Kremlin spokesman Dmitry Peskov said on Sunday that talks on a peace treaty with Japan " +
        "were \"impossible <img src=x onerror=alert(2)> [click](javascript:alert(3)) **now**\".",
    ].join("\n"),
  );
  const db = join(dir, "h.db");
  assert.equal(await run(["ingest", page, "--db", db, "--quiet"], bufferIo()), 0);
  const report = await exported("html", db);
  assert.doesNotMatch(report, /<script|<img|href="javascript/i);
  assert.match(report, /&lt;img src=x onerror=alert\(2\)&gt;/);
  const md = await exported("md", db);
  assert.doesNotMatch(md, /(?<!\\)<img|(?<!\\)\]\(javascript/);
  assert.match(md, /\\<img src=x onerror=alert\(2\)\\> \\\[click\\\]\(javascript:alert\(3\)\) \\\*\\\*now\\\*\\\*/);
});
