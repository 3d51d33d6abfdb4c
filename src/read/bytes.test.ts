import assert from "node:assert/strict";
import { test } from "node:test";
import { ByteReader } from "./bytes.js";

/** A reader over the given pieces, each arriving as its own chunk. */
const reader = (...pieces: string[]): ByteReader =>
  new ByteReader(
    (async function* () {
      for (const p of pieces) yield Buffer.from(p, "latin1");
    })(),
  );

test("bytes: lines split across chunks, CRLF and LF, last line without newline", async () => {
  const r = reader("WARC/1.", "0\r\nA: b\r", "\n\nlast");
  const lines: string[] = [];
  for (let l = await r.readLine(100); l; l = await r.readLine(100)) lines.push(l.bytes.toString("latin1"));
  assert.deepEqual(lines, ["WARC/1.0", "A: b", "", "last"]);
  assert.equal(r.offset, 21);
});

test("bytes: an over-long line is consumed but cut to the maximum", async () => {
  const r = reader("abcdef", "ghij\nnext\n");
  assert.deepEqual(await r.readLine(4), { bytes: Buffer.from("abcd"), dropped: 6 });
  assert.equal((await r.readLine(4))!.bytes.toString(), "next");
});

test("bytes: exact reads and skips across chunks, short at the end", async () => {
  const r = reader("0123", "4567", "89");
  assert.equal((await r.peek(6)).toString(), "012345");
  assert.equal((await r.read(3)).toString(), "012");
  assert.equal(await r.skip(4), 4);
  assert.equal((await r.read(10)).toString(), "789");
  assert.equal(await r.atEnd(), true);
  assert.equal(await r.skip(5), 0);
});

test("bytes: unshift gives bytes back in front", async () => {
  const r = reader("abc", "def");
  const got = await r.read(5);
  r.unshift(got.subarray(3));
  assert.equal((await r.read(3)).toString(), "def");
  assert.equal(r.offset, 6);
});

test("bytes: readToEnd stops past the limit", async () => {
  assert.deepEqual(await reader("ab", "cd").readToEnd(10), { bytes: Buffer.from("abcd"), more: false });
  assert.equal((await reader("ab", "cd", "ef").readToEnd(3)).more, true);
});

test("bytes: a stream error ends the data and is kept", async () => {
  const r = new ByteReader(
    (async function* () {
      yield Buffer.from("partial line");
      throw Object.assign(new Error("unexpected end of file"), { code: "Z_BUF_ERROR" });
    })(),
  );
  assert.equal((await r.readLine(100))!.bytes.toString(), "partial line");
  assert.equal(await r.readLine(100), null);
  assert.equal((r.error as Error & { code: string }).code, "Z_BUF_ERROR");
});
