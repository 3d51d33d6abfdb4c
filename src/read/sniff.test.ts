import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { sharedPath } from "../core/paths.js";
import { sniff } from "./sniff.js";

const format = (head: string | Buffer, name = "input", complete = true): string => {
  const s = sniff(typeof head === "string" ? Buffer.from(head, "utf8") : head, name, complete);
  return "format" in s ? s.format : `failure: ${s.failure}`;
};

const shared = (...p: string[]): Buffer => {
  const bytes = readFileSync(sharedPath("data", ...p));
  return bytes[0] === 0x1f ? gunzipSync(bytes) : bytes;
};

test("sniff: the content decides, whatever the name", () => {
  const cases: [string | Buffer, string, string][] = [
    ["WARC/1.0\r\nWARC-Type: warcinfo\r\n", "notes.txt", "warc"],
    ["filedesc://x.arc 0.0.0.0 20080430204825 text/plain 75\n", "a.html", "arc"],
    ['{"url": "https://tass.com/1", "text": "Peace treaty"}\n{"url": "b"}\n', "a.txt", "jsonl"],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed.html", "rss"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">', "x", "atom"],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "x", "rss"],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">\n<html>', "x", "html"],
    ["\n  <!DOCTYPE html><html><head>", "page.txt", "html"],
    ["<!-- saved --><html lang=en>", "x", "html"],
    ["Some words <p>then</p> <b>bold</b> and </i>", "x.html", "html"],
    ["Some words <p>then</p> <b>bold</b> and </i>", "x.txt", "text"],
    ["TOKYO, Feb 7 (Reuters) - Japan's prime minister said...", "story.txt", "text"],
    ["TOKYO, Feb 7 (Reuters) - Japan's prime minister said...", "story.html", "html"],
    ["BZh is how this text starts, and it is text.", "x", "text"],
  ];
  for (const [head, name, expected] of cases) assert.equal(format(head, name), expected, String(head).slice(0, 40));
});

test("sniff: real files", () => {
  assert.equal(format(shared("warc-samples", "aut", "warc-example.warc.gz").subarray(0, 16384), "x", false), "warc");
  assert.equal(format(shared("warc-samples", "whirlwind", "whirlwind.warc.wet.gz")), "warc");
  assert.equal(format(shared("warc-samples", "aut", "arc-example.arc.gz").subarray(0, 16384), "x", false), "arc");
  assert.equal(format(shared("warc-samples", "warcio", "example-space-in-url.arc")), "arc");
  assert.equal(format(shared("huffpost-news-category-sample", "News_Category_Dataset_v3.head9999.jsonl.gz").subarray(0, 16384), "x", false), "jsonl");
  assert.equal(format(shared("trafilatura-eval", "eval", "proplanta.de.erloesobergrenze.html.gz").subarray(0, 16384), "x", false), "html");
});

test("sniff: what is not an input says what it is", () => {
  const gzipped = readFileSync(sharedPath("data", "warc-samples", "warcio", "example-space-in-target-uri.warc.gz"));
  assert.equal(format(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")), "failure: binary data (PNG image), not a text, HTML, JSONL, WARC or feed file");
  assert.equal(format(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")), "failure: binary data (PDF document), not a text, HTML, JSONL, WARC or feed file");
  assert.match(format(gzipped), /gzip inside gzip/); // sniff sees bytes after one gunzip
  assert.equal(format(Buffer.from([0, 1, 2, 3, 250, 17, 0, 9, 8, 7, 0, 0, 1, 5, 99, 100])), "failure: binary data (unknown format), not a text, HTML, JSONL, WARC or feed file");
  assert.equal(format(""), "failure: empty file (0 bytes)");
  assert.equal(format(" \n\t\n"), "failure: no text: the file holds only whitespace");
  assert.match(format('{\n  "url": "x"\n}\n'), /^failure: JSON that is not one object per line/);
  assert.match(format('[{"url": "x"}]'), /^failure: a JSON array, not JSON Lines/);
  assert.match(format('<?xml version="1.0"?><urlset xmlns="x">'), /^failure: an XML document with root <urlset>/);
});

test("sniff: UTF-16 with a byte order mark is looked at as text", () => {
  const head = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<html><body>Итуруп</body></html>", "utf16le")]);
  assert.equal(format(head), "html");
});
