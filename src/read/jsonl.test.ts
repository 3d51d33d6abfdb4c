import assert from "node:assert/strict";
import { test } from "node:test";
import { Readable } from "node:stream";
import { sharedPath } from "../core/paths.js";
import type { RawPage, ReadFailure } from "../core/types.js";
import { readInputs } from "./inputs.js";

async function collect(args: string[], stdin?: string): Promise<{ pages: RawPage[]; failures: ReadFailure[] }> {
  const pages: RawPage[] = [];
  const failures: ReadFailure[] = [];
  const opts = stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin, "utf8")]) };
  for await (const item of readInputs(args, opts)) {
    if ("page" in item) pages.push(item.page);
    else failures.push(item.failure);
  }
  return { pages, failures };
}

const huffpost = sharedPath("data", "huffpost-news-category-sample", "News_Category_Dataset_v3.head9999.jsonl.gz");

test("jsonl: the HuffPost sample gives 9,999 pages whatever the key order", async () => {
  const { pages, failures } = await collect([huffpost]);
  assert.equal(pages.length, 9999);
  assert.deepEqual(failures, []);
  const first = pages[0]!;
  assert.equal(first.source, `${huffpost}#1`);
  assert.equal(first.url, "https://www.huffpost.com/entry/covid-boosters-uptake-us_n_632d719ee4b087fae6feaac9");
  assert.equal(first.kind, "text");
  assert.equal(first.charset, "utf-8");
  assert.match(Buffer.from(first.body).toString("utf8"), /^Health experts said it is too early/);
  assert.deepEqual(first.given, {
    title: "Over 4 Million Americans Roll Up Sleeves For Omicron-Targeted COVID Boosters",
    published: "2022-09-23",
    authors: ["Carla K. Johnson", "AP"],
  });
  // Lines 8,675 on start with "category": the fields are found all the same.
  const late = pages[9998]!;
  assert.equal(late.source, `${huffpost}#9999`);
  assert.equal(late.given.published, "2018-05-01");
  assert.match(late.url ?? "", /^https:\/\/www\.huffingtonpost\.com\/entry\//);
  assert.ok(late.given.title);
  assert.ok(pages.every((p) => p.body.length > 0 && p.given.title && p.given.published));
});

test("jsonl: html preferred over text, bylines split, bad lines reported and skipped", async () => {
  const lines = [
    '{"url": "https://tass.com/politics/1", "title": "Lavrov on the treaty", "html": "<p>Moscow said…</p>", "text": "ignored", "published": "2019-01-14", "authors": "Ivan Petrov and Anna Sidorova"}',
    "",
    '{"title": "No body here", "url": "https://x/2"}',
    "{not json",
    "[1, 2]",
    '{"link": "https://x/3", "headline": "H", "content": "Body text", "date_publish": 1547424000, "author": ["A. B."], "site_name": "Kyodo"}',
  ];
  const { pages, failures } = await collect(["-"], lines.join("\n") + "\n");
  assert.equal(pages.length, 2);
  assert.equal(pages[0]!.source, "-#1");
  assert.equal(pages[0]!.kind, "html");
  assert.equal(Buffer.from(pages[0]!.body).toString("utf8"), "<p>Moscow said…</p>");
  assert.deepEqual(pages[0]!.given.authors, ["Ivan Petrov", "Anna Sidorova"]);
  assert.equal(pages[1]!.source, "-#6");
  assert.deepEqual(pages[1]!.given, { title: "H", published: "2019-01-14T00:00:00.000Z", outlet: "Kyodo", authors: ["A. B."] });
  assert.deepEqual(
    failures.map((f) => f.source),
    ["-#3", "-#4", "-#5"],
  );
  assert.match(failures[0]!.reason, /^no article text: none of the keys html, .* has a value; skipped$/);
  assert.match(failures[1]!.reason, /^not valid JSON \(.*\); line skipped$/);
  assert.match(failures[2]!.reason, /not an object/);
});
