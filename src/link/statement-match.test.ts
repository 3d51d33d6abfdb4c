import { test } from "node:test";
import assert from "node:assert/strict";
import type { StatementRow } from "../store/store.js";
import { datesCompatible, sameStatement, sketchStatement, statementKeys } from "./statement-match.js";
import { freshStore, put } from "./link-test-kit.js";

// Reports of one statement on real pages: two outlets quoting Home Depot's chief executive on the same day.

async function statements(): Promise<{ a: StatementRow[]; b: StatementRow[] }> {
  const store = freshStore();
  const [a, b] = await put(store, ["homeDepotA", "homeDepotB"]);
  const rows = (await store.listStatements({ limit: 500 })).rows;
  await store.close();
  return { a: rows.filter((s) => s.documentId === a), b: rows.filter((s) => s.documentId === b) };
}

const byMenear = (rows: StatementRow[]): StatementRow[] => rows.filter((s) => s.speaker.name === "Craig Menear");

test("the same words quoted by two outlets are one statement; the speaker's other words are not", async () => {
  const { a, b } = await statements();
  const [quoteA] = byMenear(a);
  assert.ok(quoteA);
  const matches = byMenear(b).map((s) => sameStatement(sketchStatement(quoteA), sketchStatement(s)));
  assert.equal(matches.filter((m) => m !== null).length, 1);
  assert.ok(matches.some((m) => m !== null && m >= 0.6));
  // they meet in an LSH bucket, keyed by speaker
  const [ka, kb] = [statementKeys(sketchStatement(quoteA)), byMenear(b).map((s) => statementKeys(sketchStatement(s)))];
  assert.ok(kb.some((keys) => keys.some((k) => ka.includes(k))));
  // another speaker's words never meet the executive's
  const analyst = b.find((s) => s.speaker.name !== "Craig Menear")!;
  assert.ok(statementKeys(sketchStatement(analyst)).every((k) => !ka.includes(k)));
});

test("reports in one document are never one statement, nor are one speaker's different words on one day", async () => {
  const { b } = await statements();
  const [x, y] = byMenear(b);
  assert.ok(x && y && x.saidOn.date === y.saidOn.date);
  assert.equal(sameStatement(sketchStatement(x), sketchStatement({ ...x, id: "s_other" })), null);
  assert.equal(sameStatement(sketchStatement(x), sketchStatement({ ...y, documentId: "d_elsewhere" })), null);
});

test("dates: said_on periods must overlap; undated statements go by their documents' dates, a week apart at most", async () => {
  const { a, b } = await statements();
  const [x, y] = [byMenear(a)[0]!, byMenear(b)[0]!];
  const on = (s: StatementRow, date: string | null, published = s.document.published): StatementRow => ({
    ...s, saidOn: { ...s.saidOn, date, precision: date ? (date.length === 10 ? "day" : "month") : null }, document: { ...s.document, published },
  });
  const cases: [string | null, string | null, string | null, string | null, boolean][] = [
    ["2019-11-19", "2019-11-19", null, null, true],
    ["2019-11-19", "2019-11", null, null, true],
    ["2019-11-19", "2019-11-26", null, null, false],
    [null, "2019-11-19", "2019-11-20", "2019-11-19", true],
    [null, null, "2019-11-19", "2019-12-19", false],
    [null, null, null, "2019-12-19", true],
  ];
  for (const [da, db, pa, pb, expected] of cases) {
    assert.equal(datesCompatible(on(x, da, pa), on(y, db, pb)), expected, `${da} ${db} ${pa} ${pb}`);
  }
});
