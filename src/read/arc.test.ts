import assert from "node:assert/strict";
import { test } from "node:test";
import { sharedPath } from "../core/paths.js";
import type { RawPage, ReadFailure } from "../core/types.js";
import { parseArcHeader } from "./arc.js";
import { readInputs } from "./inputs.js";

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

const expected: [string, number, [string, RegExp][]][] = [
  ["aut/arc-example.arc.gz", 94, []],
  [
    "aut/arc-badexample.arc.gz",
    0,
    [
      ["#4", /^declared length 680 runs past the end of this record/],
      ["#5", /^declared length 680 runs past the end of this record/],
      ["#6", /^the file ends inside this record \(201 of 680 bytes\)/],
    ],
  ],
  [
    "warcio/bad.arc",
    0,
    [
      ["#1", /^unreadable ARC record header "filedesc:\/\/bad.arc.gz .* -1"/],
      ["#3", /^unreadable ARC record header ".* text\/html abc"/],
    ],
  ],
  ["warcio/example.arc", 1, []],
  ["warcio/example.arc.gz", 1, []],
  // Its HTTP headers lost their CRs: the declared length runs 12 bytes past the end of the file. The page read
  // is kept with a warning (read/truncated), and the file is still reported.
  ["warcio/example-space-in-url.arc", 1, [["#2", /^the file ends inside this record \(1579 of 1591 bytes\); it is truncated; the part read was kept as a page with a warning \(read\/truncated\)$/]]],
];

for (const [file, html, failures] of expected) {
  test(`arc: ${file} gives ${html} HTML pages and ${failures.length} failures`, async () => {
    const got = await collect(samples(file));
    assert.equal(got.pages.length, html);
    assert.equal(got.failures.length, failures.length, JSON.stringify(got.failures));
    got.failures.forEach((f, i) => {
      assert.equal(f.source, samples(file) + failures[i]![0]);
      assert.match(f.reason, failures[i]![1]);
    });
  });
}

test("arc: a record the file ends inside is a page with a read/truncated warning", async () => {
  const { pages } = await collect(samples("warcio/example-space-in-url.arc"));
  assert.deepEqual(pages[0]!.warnings, [
    { ruleId: "read/truncated", reason: "the input ends inside this record: 1.5 kB of its 1.6 kB were read; the end of the page is missing" },
  ]);
  assert.match(Buffer.from(pages[0]!.body).toString("utf8"), /Example Domain/);
  const whole = await collect(samples("warcio/example.arc"));
  assert.equal(whole.pages[0]!.warnings, undefined);
});

test("arc: a record gives URL, ARC date as ISO and the HTML without HTTP headers", async () => {
  const { pages } = await collect(samples("warcio/example.arc"));
  const page = pages[0]!;
  assert.equal(page.url, "http://example.com/");
  assert.equal(page.crawledAt, "2014-02-16T05:02:21Z");
  assert.equal(page.kind, "html");
  assert.match(Buffer.from(page.body).toString("utf8"), /^<!doctype html>/);
});

test("arc: header lines, v1 with spaces in the URL and v2", () => {
  assert.deepEqual(parseArcHeader("http://a.b/x y z 1.2.3.4 20140216050221 text/html 1591"), {
    url: "http://a.b/x y z",
    date: "2014-02-16T05:02:21Z",
    mime: "text/html",
    length: 1591,
  });
  assert.equal(parseArcHeader("http://a.b/ 1.2.3.4 20140216050221 text/html 200 ABC http://r 1234 f.arc 99")?.mime, "text/html");
  assert.equal(parseArcHeader("http://a.b/ 1.2.3.4 20140216050221 text/html -1"), null);
  assert.equal(parseArcHeader("URL IP-address Archive-date Content-type Archive-length"), null);
});
