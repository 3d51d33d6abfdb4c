import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeCursor } from "../store/cursor.js";
import { HttpError } from "./errors.js";
import { checkRange, checkValues, cursorParam, dateParam, enumParam, intParam, limitParam, onlyKnown, sideParam, textParam } from "./params.js";

const q = (s: string) => new URLSearchParams(s);

/** The parameter a call refuses, or null when it accepts. */
function refused(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    assert.ok(err instanceof HttpError && err.status === 400, String(err));
    return err.parameter ?? null;
  }
}

test("dates: YYYY, YYYY-MM, YYYY-MM-DD on the calendar; anything else refused by name", () => {
  const valid = ["2023", "2023-02", "2023-02-28", "2024-02-29", "1956-10-19"];
  for (const v of valid) assert.equal(dateParam(q(`from=${v}`), "from"), v);
  const invalid = ["2023-13", "2023-02-30", "2023-2", "23", "2023-00", "yesterday", "2023-02-10T10:00"];
  for (const v of invalid) assert.equal(refused(() => dateParam(q(`to=${encodeURIComponent(v)}`), "to")), "to", v);
  assert.equal(dateParam(q("from="), "from"), undefined, "an empty form field is no filter");
});

test("from after to is refused at their common precision; equal or nested periods are fine", () => {
  assert.equal(refused(() => checkRange("2024", "2023-12")), "from");
  assert.equal(refused(() => checkRange("2023-03-01", "2023-02")), "from");
  for (const [from, to] of [["2023", "2023"], ["2023-02", "2023"], ["2023", "2023-01-01"], ["2022-12-31", "2023"]]) {
    assert.equal(refused(() => checkRange(from, to)), null, `${from}..${to}`);
  }
});

test("numbers, enums, sides, text and repeats", () => {
  assert.equal(limitParam(q(""), 50), 50);
  assert.equal(limitParam(q("limit=500"), 50), 500);
  for (const v of ["0", "501", "-3", "1.5", "ten"]) assert.equal(refused(() => limitParam(q(`limit=${v}`), 50)), "limit", v);
  assert.equal(intParam(q("offset=0"), "offset", 0, 10), 0);
  assert.equal(enumParam(q("stance=closed"), "stance", ["open", "closed"] as const), "closed");
  assert.equal(refused(() => enumParam(q("stance=Closed"), "stance", ["open", "closed"] as const)), "stance");
  assert.equal(sideParam(q("side=ru")), "RU");
  assert.equal(refused(() => sideParam(q("side=Russia!"))), "side");
  assert.equal(textParam(q("q=%20peace%20"), "q"), "peace");
  assert.equal(refused(() => textParam(q(`q=${"a".repeat(301)}`), "q")), "q");
  assert.equal(refused(() => intParam(q("limit=1&limit=2"), "limit", 1, 5)), "limit");
  assert.equal(refused(() => onlyKnown(q("stnce=open"), ["stance"])), "stnce");
});

test("cursors: one the store made passes, anything else is refused before the store sees it", () => {
  const good = encodeCursor("2023-02-10", "s_0123456789abcdef");
  assert.equal(cursorParam(q(`cursor=${good}`)), good);
  for (const v of ["bogus", "W10", Buffer.from('["a"]').toString("base64url")]) assert.equal(refused(() => cursorParam(q(`cursor=${v}`))), "cursor", v);
});

test("any value with a control character is refused by name; an empty one only where no form sends it", () => {
  for (const query of ["speaker=%00", "q=peace%0Atreaty", "side=R%7FU", "name=%1B%5B31m"]) {
    for (const emptyIsAny of [true, false]) assert.equal(refused(() => checkValues(q(query), { emptyIsAny })), query.split("=")[0], query);
  }
  assert.equal(refused(() => checkValues(q("a%00b=1"), { emptyIsAny: true })), "a\\u0000b", "a name is shown escaped");
  assert.equal(refused(() => checkValues(q("speaker=&side=RU"), { emptyIsAny: false })), "speaker");
  assert.equal(refused(() => checkValues(q("actor=&side=&q=Lavrov%20said%20%E2%80%9Cno%E2%80%9D"), { emptyIsAny: true })), null);
  assert.equal(refused(() => checkValues(q("q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0%09"), { emptyIsAny: true })), "q", "a tab too");
});
