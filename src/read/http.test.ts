import assert from "node:assert/strict";
import { test } from "node:test";
import { deflateRawSync, gzipSync } from "node:zlib";
import { dechunk, httpPayload, parseContentType, parseHttpHead } from "./http.js";

test("http: status line and headers, LF-only and folded lines", () => {
  const block = Buffer.from("HTTP/1.0 200 OK\nContent-Type: text/html;\n  charset=koi8-r\nX-A: 1\n\n<html>");
  const head = parseHttpHead(block);
  assert.equal(head?.status, 200);
  assert.equal(head?.headers.get("content-type"), "text/html; charset=koi8-r");
  assert.equal(block.subarray(head?.bodyStart).toString(), "<html>");
  assert.equal(parseHttpHead(Buffer.from("20080430204825\nwww.archive.org.")), null);
});

test("http: Content-Type parameters", () => {
  assert.deepEqual(parseContentType('text/html; Charset="Windows-1251"'), { mime: "text/html", charset: "Windows-1251" });
  assert.deepEqual(parseContentType("TEXT/HTML;charset="), { mime: "text/html", charset: null });
  assert.deepEqual(parseContentType(undefined), { mime: "", charset: null });
});

test("http: chunked bodies are de-chunked; bodies that are not chunked are left alone", () => {
  assert.equal(dechunk(Buffer.from("4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n"))?.toString(), "Wikipedia");
  assert.equal(dechunk(Buffer.from("<html>not chunked</html>")), null);
  assert.equal(dechunk(Buffer.from("ff\r\nshort")), null);
  const headers = new Map([["transfer-encoding", "chunked"]]);
  assert.deepEqual(httpPayload(headers, Buffer.from("<p>stored decoded</p>"), 1000), { body: Buffer.from("<p>stored decoded</p>") });
});

test("http: content codings are undone, or reported when they cannot be", () => {
  const html = Buffer.from("<p>Курилы</p>");
  const gz = new Map([["content-encoding", "gzip"]]);
  assert.deepEqual(httpPayload(gz, gzipSync(html), 1000), { body: html });
  assert.deepEqual(httpPayload(gz, html, 1000), { body: html }); // header kept, body stored decoded
  assert.deepEqual(httpPayload(new Map([["content-encoding", "deflate"]]), deflateRawSync(html), 1000), { body: html });
  const cut = httpPayload(gz, gzipSync(Buffer.alloc(5000, 65)).subarray(0, 20), 100000);
  assert.match("problem" in cut ? cut.problem : "", /^the gzip-encoded body cannot be decompressed: truncated gzip/);
  const bomb = httpPayload(gz, gzipSync(Buffer.alloc(100000)), 1000);
  assert.deepEqual(bomb, { problem: "the gzip body expands beyond the size limit" });
});
