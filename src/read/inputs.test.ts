import assert from "node:assert/strict";
import { appendFileSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { sharedPath } from "../core/paths.js";
import type { RawPage, ReadFailure } from "../core/types.js";
import { decodePage } from "./decode.js";
import { expandInputs, readInputs, type ReadOptions } from "./inputs.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-read-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (...p: string[]): string => join(dir, ...p);
const MB = 1024 * 1024;

async function collect(args: string[], opts: ReadOptions = {}): Promise<{ pages: RawPage[]; failures: ReadFailure[] }> {
  const pages: RawPage[] = [];
  const failures: ReadFailure[] = [];
  for await (const item of readInputs(args, opts)) {
    if ("page" in item) pages.push(item.page);
    else failures.push(item.failure);
  }
  return { pages, failures };
}

/** Deterministic junk: a linear congruential generator, so the test never depends on luck. */
function junk(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

test("inputs: directories are walked sorted and depth-first, hidden entries skipped, globs expanded", async () => {
  mkdirSync(at("tree", "sub", ".git"), { recursive: true });
  writeFileSync(at("tree", "b.txt"), "Kunashir.");
  writeFileSync(at("tree", "a.html"), "<html><p>Iturup</p></html>");
  writeFileSync(at("tree", ".hidden.html"), "<p>no</p>");
  writeFileSync(at("tree", "sub", "c.txt"), "Shikotan.");
  writeFileSync(at("tree", "sub", ".git", "x.txt"), "no");
  const tree = await expandInputs([at("tree")]);
  assert.deepEqual(tree.files, [at("tree", "a.html"), at("tree", "b.txt"), at("tree", "sub", "c.txt")]);
  assert.equal(tree.totalBytes, 26 + 9 + 9);
  const mixed = await expandInputs([at("tree", "*.txt"), at("tree", "b.txt"), at("nowhere"), at("tree", "*.pdf"), "-"]);
  assert.deepEqual(mixed.files, [at("tree", "b.txt"), "-"]);
  assert.deepEqual(mixed.failures, [
    { source: at("nowhere"), reason: "no such file or directory" },
    { source: at("tree", "*.pdf"), reason: "no files match this pattern" },
  ]);
});

test("inputs: bad files become failures naming the file, and the batch goes on", async () => {
  writeFileSync(at("image.png"), Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), junk(4000)]));
  writeFileSync(at("random.bin"), junk(10000));
  writeFileSync(at("empty.txt"), "");
  writeFileSync(at("empty.gz"), gzipSync(Buffer.alloc(0)));
  const page = readFileSync(sharedPath("data", "trafilatura-eval", "eval", "proplanta.de.erloesobergrenze.html.gz"));
  writeFileSync(at("cut.html.gz"), page.subarray(0, page.length >> 1));
  writeFileSync(at("good.txt"), "MOSCOW, Feb 7 (TASS). Peace treaty talks go on.");
  const files = ["image.png", "random.bin", "empty.txt", "empty.gz", "cut.html.gz", "missing.html", "good.txt"].map((f) => at(f));
  const { pages, failures } = await collect(files);
  assert.deepEqual(
    failures.map((f) => [f.source.slice(dir.length + 1), f.reason]),
    [
      ["missing.html", "no such file or directory"],
      ["image.png", "binary data (PNG image), not a text, HTML, JSONL, WARC or feed file"],
      ["random.bin", "binary data (unknown format), not a text, HTML, JSONL, WARC or feed file"],
      ["empty.txt", "empty file (0 bytes)"],
      ["empty.gz", "empty: the gzip file holds no data"],
      ["cut.html.gz", "truncated gzip: the compressed data ends early (the file was cut off while copying or downloading); 158.4 kB were read before the break: 0 pages complete and 1 page cut off by it, kept with a warning (read/truncated)"],
    ],
  );
  // the half of the page before the break is kept, marked as cut off
  assert.deepEqual(pages.map((p) => [p.source, p.kind, p.warnings]), [
    [at("cut.html.gz"), "html", [{ ruleId: "read/truncated", reason: "the input breaks off after 158.4 kB; the end of the page is missing" }]],
    [at("good.txt"), "text", undefined],
  ]);
  assert.match(Buffer.from(pages[0]!.body).toString("latin1"), /Bayern fordert h\xf6here Erl\xf6sobergrenzen/);
});

test("inputs: a truncated WARC.gz yields the records before the break, then says truncated gzip", async () => {
  const warc = readFileSync(sharedPath("data", "warc-samples", "resiliparse", "warcfile.warc.gz"));
  writeFileSync(at("cut.warc.gz"), warc.subarray(0, Math.floor(warc.length * 0.6)));
  const { pages, failures } = await collect([at("cut.warc.gz")]);
  // eight whole pages, then the one the break cut off, marked so
  assert.equal(pages.length, 9);
  assert.ok(pages.slice(0, 8).every((p) => p.warnings === undefined));
  assert.equal(pages[8]!.warnings?.[0]?.ruleId, "read/truncated");
  assert.equal(failures.length, 1);
  assert.equal(failures[0]!.source, at("cut.warc.gz"));
  assert.match(failures[0]!.reason, /^truncated gzip: .*; [\d.]+ kB were read before the break: 8 pages complete and 1 page cut off by it, kept with a warning \(read\/truncated\)$/);
});

test("inputs: invalid UTF-8 in a text file is a page (decoded with a warning), not a failure", async () => {
  writeFileSync(at("latin.txt"), Buffer.concat([Buffer.from("Die Südkurilen: "), Buffer.from([0xfc, 0xe4]), Buffer.from(" gehören zu Japan – sagt Tokio; Moskau äußert sich nicht.")]));
  const { pages, failures } = await collect([at("latin.txt")]);
  assert.deepEqual(failures, []);
  const d = decodePage(pages[0]!);
  assert.match(d.text, /Die Südkurilen: \uFFFD\uFFFD gehören zu Japan – sagt Tokio; Moskau äußert sich nicht\./);
  assert.match(d.warnings[0]!.reason, /2 bytes are not valid UTF-8/);
});

test("inputs: an over-large single page is refused after reading only its first bytes", async () => {
  writeFileSync(at("huge.txt"), "The Kuril Islands dispute. ".repeat(2000));
  truncateSync(at("huge.txt"), 200 * MB); // sparse: 200 MB on paper, nothing on disk
  let read = 0;
  const { pages, failures } = await collect([at("huge.txt")], { onProgress: (n) => (read = n) });
  assert.equal(pages.length, 0);
  assert.deepEqual(failures, [
    { source: at("huge.txt"), reason: "file too large for one article (200 MB > 50 MB); split it or pack it as WARC/JSONL" },
  ]);
  assert.ok(read <= MB, `read ${read} bytes`);
  // Compressed, the size is only known by reading: reading stops once the limit is passed.
  writeFileSync(at("huge.html.gz"), gzipSync(Buffer.from(`<html><body>${"<p>Habomai and Shikotan.</p>".repeat(2.5 * MB)}</body></html>`)));
  const gz = await collect([at("huge.html.gz")]);
  assert.deepEqual(gz.failures.map((f) => f.reason), ["file too large for one article (more than 50 MB of data); split it or pack it as WARC/JSONL"]);
});

const warcRecord = (uri: string, html: string): string => {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2023-02-07T00:00:00Z\r\n` +
    `Content-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n${http}\r\n\r\n`;
};

test("inputs: a WARC record over the limit is skipped with a failure naming path#n; the rest is read", async () => {
  const path = at("big-record.warc");
  writeFileSync(path, warcRecord("https://a/1", "<p>one</p>"));
  const http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>";
  const size = 60 * MB;
  appendFileSync(path, `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a/2\r\nContent-Length: ${size}\r\n\r\n${http}`);
  const before = statSync(path).size;
  truncateSync(path, before - http.length + size); // the rest of the block is a sparse hole
  appendFileSync(path, "\r\n\r\n" + warcRecord("https://a/3", "<p>three</p>"));
  const { pages, failures } = await collect([path]);
  assert.deepEqual(pages.map((p) => p.url), ["https://a/1", "https://a/3"]);
  assert.deepEqual(failures, [{ source: `${path}#2`, reason: "record too large for one article (60 MB > 50 MB); skipped" }]);
});

test("inputs: a 200 MB WARC is streamed record by record with flat memory", async (t) => {
  const path = at("stream.warc");
  const out = createWriteStream(path);
  const paragraph = "<p>The Soviet–Japanese Joint Declaration of 1956 promised Habomai and Shikotan.</p>\n".repeat(1200); // ~100 KB
  const records = 2000;
  for (let i = 0; i < records; i++) {
    if (!out.write(warcRecord(`https://example.org/${i}`, `<html><body>${paragraph}</body></html>`))) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  const base = process.memoryUsage();
  let peak = 0;
  let pages = 0;
  for await (const item of readInputs([path])) {
    if ("page" in item) pages++;
    if (pages % 50 === 0) {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed + m.arrayBuffers - base.heapUsed - base.arrayBuffers);
    }
  }
  assert.equal(pages, records);
  const note = `memory grew by ${(peak / MB).toFixed(1)} MB at most while reading a ${(records * paragraph.length / MB).toFixed(0)} MB WARC`;
  t.diagnostic(note);
  assert.ok(peak < 64 * MB, note);
});

test("inputs: stdin is read for -, with the same sniffing", async () => {
  const stdin = Readable.from([gzipSync(Buffer.from('{"url":"https://x/1","text":"Hello from stdin"}\n'))]);
  const { pages } = await collect(["-"], { stdin });
  assert.equal(pages[0]!.source, "-#1");
  assert.equal(Buffer.from(pages[0]!.body).toString(), "Hello from stdin");
});
