import { test } from "node:test";
import assert from "node:assert/strict";
import { csvCell, csvStream } from "./csv.js";
import { parseCsv } from "./test-kit.js";

test("cells: quoted when they hold a comma, quote or line break; formula starters defused", () => {
  const cases: [Parameters<typeof csvCell>[0], string][] = [
    ["plain", "plain"],
    ['he said "no"', '"he said ""no"""'],
    ["a,b", '"a,b"'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+7 495", "'+7 495"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [42, "42"],
    [-1, "-1"],
    [null, ""],
    [true, "true"],
  ];
  for (const [value, want] of cases) assert.equal(csvCell(value), want, String(value));
});

test("the stream sends the header first and rows as they are pulled; a failure mid-stream is logged, not sent", async () => {
  const pulled: number[] = [];
  async function* rows() {
    for (let i = 0; i < 3000; i++) {
      pulled.push(i);
      yield [i, `row, "${i}"`];
    }
  }
  const body = await new Response(csvStream(["n", "text"], rows(), () => assert.fail("no error"))).text();
  const parsed = parseCsv(body);
  assert.deepEqual(parsed[0], ["n", "text"]);
  assert.equal(parsed.length, 3001);
  assert.deepEqual(parsed[3000], ["2999", 'row, "2999"']);

  const logged: unknown[] = [];
  async function* broken() {
    yield ["ok"];
    throw new Error("/private/path exploded");
  }
  const stream = csvStream(["a"], broken(), (err) => logged.push(err));
  await assert.rejects(new Response(stream).text());
  assert.equal(logged.length, 1);
});
