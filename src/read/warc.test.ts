import assert from "node:assert/strict";
import { test } from "node:test";
import { sharedPath } from "../core/paths.js";
import type { RawPage, ReadFailure } from "../core/types.js";
import { readInputs } from "./inputs.js";
import { readSource } from "./source.js";

const samples = (...p: string[]): string => sharedPath("data", "warc-samples", ...p);

async function collect(path: string): Promise<{ pages: RawPage[]; failures: ReadFailure[] }> {
  const pages: RawPage[] = [];
  const failures: ReadFailure[] = [];
  for await (const item of readInputs([path])) {
    if ("page" in item) pages.push(item.page);
    else failures.push(item.failure);
  }
  return { pages, failures };
}

const text = (p: RawPage): string => Buffer.from(p.body).toString("utf8");

// Every WARC in warc-samples: HTML pages, text pages, and the failures observed (one regex per failure).
const expected: [string, number, number, RegExp[]][] = [
  ["aut/warc-example.warc.gz", 94, 0, []], // WARC/0.17: 299 responses, 94 of them 200 text/html
  ["aut/warc-example.txt.warc.gz", 0, 0, []], // a text/plain response and one without a type
  ["aut/warc-issue-493.warc", 4, 0, []],
  ["aut/warc-issue-514.warc", 1, 0, []],
  ["jwarc/cc.warc.gz", 1, 0, []],
  ["jwarc/gzip_extra_sl.warc.gz", 0, 0, []], // gzip FEXTRA header, one warcinfo record
  ["resiliparse/block-sized-records.warc.gz", 0, 0, []],
  // gzip breaks off 74 kB into an 86 kB record: the page read so far is kept, with a warning
  ["resiliparse/clipped.warc.gz", 1, 0, [/^truncated gzip: .*; 73\.9 kB were read before the break: 0 pages complete and 1 page cut off by it, kept with a warning \(read\/truncated\)$/]],
  ["resiliparse/warcfile.warc.gz", 16, 0, []],
  ["warcio/example-bad-non-chunked.warc.gz", 1, 0, []],
  ["warcio/example-bad.warc.gz.bad", 1, 0, []],
  ["warcio/example-digest.warc", 0, 0, []], // request records only
  ["warcio/example-iana.org-chunked.warc", 1, 0, []],
  ["warcio/example-resource.warc.gz", 1, 0, []],
  ["warcio/example-space-in-target-uri.warc.gz", 0, 0, []], // an image/png resource
  ["warcio/example-trunc.warc", 0, 0, [/^Content-Length 973 is shorter than this record/]],
  ["warcio/example-wget-bad-target-uri.warc.gz", 1, 0, []],
  ["warcio/example-wrong-chunks.warc.gz", 1, 0, []],
  ["warcio/example.warc", 1, 0, []],
  ["warcio/example.warc.gz", 1, 0, []],
  ["warcio/post-test.warc.gz", 0, 0, []], // POST responses are JSON
  ["whirlwind/whirlwind.warc.gz", 1, 0, []],
  ["whirlwind/whirlwind.warc.wat.gz", 0, 0, []], // WAT: metadata records only
  ["whirlwind/whirlwind.warc.wet.gz", 0, 1, []],
];

for (const [file, html, plain, failures] of expected) {
  test(`warc: ${file} gives ${html} HTML and ${plain} text pages, ${failures.length} failures`, async () => {
    const got = await collect(samples(file));
    assert.equal(got.pages.filter((p) => p.kind === "html").length, html);
    assert.equal(got.pages.filter((p) => p.kind === "text").length, plain);
    assert.equal(got.failures.length, failures.length, JSON.stringify(got.failures));
    got.failures.forEach((f, i) => assert.match(f.reason, failures[i]!));
  });
}

test("warc: a record cut off by a broken gzip is kept with a warning saying how much of it was read", async () => {
  const { pages } = await collect(samples("resiliparse/clipped.warc.gz"));
  const page = pages[0]!;
  assert.equal(page.url, "http://www.houstonpress.com/music/a-humble-chance-the-rapper-leads-a-spiritual-awakening-at-revention-8866723");
  assert.deepEqual(page.warnings, [
    { ruleId: "read/truncated", reason: "the input ends inside this record: 73.4 kB of its 86.2 kB were read; the end of the page is missing" },
  ]);
  // the whole review is in the part read: its last paragraph, then the page's footer
  assert.match(text(page), /And probably the nicest, most humble rapper currently doing it\./);
  assert.doesNotMatch(text(page), /^HTTP\//);
});

test("warc: a plain WARC that ends inside a record: the part read is a page with a warning, and the record is reported", async () => {
  const html = `<html><head><title>Habomai</title></head><body>${"<p>The islands were discussed again.</p>".repeat(40)}</body></html>`;
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
  const record = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a/1\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  const cut = Buffer.from(record + http.slice(0, 1500));
  const items = [];
  for await (const item of readSource("t.warc", cut, cut.length)) items.push(item);
  assert.equal(items.length, 2);
  const [page, failure] = items as [{ page: RawPage }, { failure: ReadFailure }];
  assert.equal(page.page.source, "t.warc#1");
  assert.equal(page.page.warnings?.[0]?.ruleId, "read/truncated");
  assert.match(page.page.warnings![0]!.reason, new RegExp(`^the input ends inside this record: ${(1500 / 1024).toFixed(1)} kB of its ${(http.length / 1024).toFixed(1)} kB were read;`));
  assert.equal(Buffer.from(page.page.body).toString(), html.slice(0, 1500 - (http.length - html.length)));
  assert.deepEqual(failure.failure, {
    source: "t.warc#1",
    reason: `the file ends inside this record (1500 of ${http.length} bytes); it is truncated; the part read was kept as a page with a warning (read/truncated)`,
  });
});

test("warc: response records carry URL, capture date and the HTTP charset, without HTTP headers", async () => {
  const { pages } = await collect(samples("resiliparse/warcfile.warc.gz"));
  const ru = pages.find((p) => p.url === "http://01spb.ru/company/");
  assert.ok(ru);
  assert.equal(ru.source, `${samples("resiliparse/warcfile.warc.gz")}#6`);
  assert.equal(ru.crawledAt, "2020-08-08T18:31:12Z");
  assert.equal(ru.charset, "windows-1251");
  assert.doesNotMatch(text(ru).slice(0, 200), /^HTTP\/|Content-Type:/);
  assert.equal(pages.filter((p) => p.charset === null).length, 8); // undeclared in HTTP: left to decode()
});

test("warc: gzip Content-Encoding is undone", async () => {
  const { pages } = await collect(samples("warcio/example.warc.gz"));
  assert.match(text(pages[0]!), /^<!doctype html>/);
  assert.match(text(pages[0]!), /Example Domain/);
});

test("warc: chunked Transfer-Encoding is de-chunked", async () => {
  const { pages } = await collect(samples("warcio/example-iana.org-chunked.warc"));
  const body = text(pages[0]!);
  assert.match(body, /^<!doctype html>/i);
  assert.match(body, /<\/html>\s*$/);
  assert.doesNotMatch(body, /\r\n[0-9a-f]+\r\n/);
});

test("warc: angle brackets around WARC-Target-URI (wget) are dropped", async () => {
  const { pages } = await collect(samples("warcio/example-wget-bad-target-uri.warc.gz"));
  assert.equal(pages[0]!.url, "http://example.com/");
});

test("warc: a WET conversion record is a text page", async () => {
  const { pages } = await collect(samples("whirlwind/whirlwind.warc.wet.gz"));
  assert.equal(pages[0]!.url, "https://an.wikipedia.org/wiki/Escopete");
  assert.equal(pages[0]!.crawledAt, "2024-05-18T01:58:10Z");
  assert.match(text(pages[0]!), /Escopete/);
  assert.doesNotMatch(text(pages[0]!), /^WARC|<html/i);
});

test("warc: a resource record with text/html is a page", async () => {
  const { pages } = await collect(samples("warcio/example-resource.warc.gz"));
  assert.equal(pages[0]!.url, "http://example.com/");
  assert.equal(pages[0]!.charset, "utf-8");
  assert.match(text(pages[0]!), /Example Domain/);
});

test("warc: the same crawl as WARC/0.17 and as ARC gives the same pages", async () => {
  const warc = await collect(samples("aut/warc-example.warc.gz"));
  const arc = await collect(samples("aut/arc-example.arc.gz"));
  assert.deepEqual(warc.pages.map((p) => p.url).sort(), arc.pages.map((p) => p.url).sort());
  assert.ok(warc.pages.every((p) => /^2008-04-30T/.test(p.crawledAt ?? "")));
});

test("warc: a record without a valid Content-Length, and junk between records, are reported once each", async () => {
  const record = (uri: string, length: string): string =>
    `WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: ${uri}\r\nContent-Type: text/html\r\n${length}\r\n<p>hello</p>\r\n\r\n`;
  const data = Buffer.from(
    record("https://a/1", "Content-Length: 12\r\n") + record("https://a/2", "Content-Length: twelve\r\n") +
      record("https://a/3", "Content-Length: 12\r\n") + "garbage line\r\n" + record("https://a/4", "Content-Length: 12\r\n"),
  );
  const items = [];
  for await (const item of readSource("t.warc", data, data.length)) items.push(item);
  assert.deepEqual(
    items.map((i) => ("page" in i ? i.page.url : i.failure)),
    [
      "https://a/1",
      { source: "t.warc#2", reason: "WARC record without a valid Content-Length; skipped to the next record" },
      "https://a/3",
      { source: "t.warc", reason: "14 bytes of data that is not a WARC record at byte 376 (after record 3) were skipped; the file may be damaged" },
      "https://a/4",
    ],
  );
});
