import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { sharedPath } from "./paths.js";
import { insideWord, WORD_START, wordMatcher } from "./word-match.js";
import { timeRules } from "../extract/time-rules.js";

const spans = (ms: RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}`);

test("word-match: a match starting inside a word is dropped, and one starting later inside it still counts", () => {
  const m = wordMatcher(`${WORD_START}(?:ab|b)c`);
  // "xabc": "abc" starts after x (inside a word) and so does "bc"; "ab c" has no match; " bc" starts a word
  assert.deepEqual(spans(m.all("xabc abc bc")), ["5:abc", "9:bc"]);
  assert.equal(m.first("xabc")?.[0], undefined);
  // digits count as word characters, Cyrillic and astral letters too
  assert.deepEqual(spans(m.all("1bc жbc 𝐀bc -bc")), ["14:bc"]);
});

test("word-match: another opening lookbehind for one character class is checked the same way", () => {
  const text = "$abc xabc abc #bc ]bc -abc -ABC 𝐀bc ébc bc";
  // with u the class reads whole code points (𝐀 is a letter); without, one unit of it
  for (const [source, flags] of [
    ["(?<![\\p{L}$#\\]])(?:ab|b)c", "u"],
    ["(?<![\\p{L}$#\\]])(?:ab|b)c", "iu"],
    ["(?<![a-zé$#\\]])(?:ab|b)c", ""],
    ["(?<![a-zé$#\\]])(?:ab|b)c", "i"],
  ] as const) {
    const expected = spans([...text.matchAll(new RegExp(source, flags + "g"))]);
    assert.deepEqual(spans(wordMatcher(source, flags).all(text)), expected, `${source} ${flags}`);
    assert.ok(expected.length >= 2, `${flags}: ${expected.join(", ")}`);
  }
});

test("word-match: the character before a position decides", () => {
  const cases: [string, number, boolean][] = [
    ["a b", 2, false],
    ["ab", 1, true],
    ["9x", 1, true],
    ["é1", 1, true],
    ["’x", 1, false],
    ["𝐀x", 2, true],
    ["x", 0, false],
  ];
  for (const [text, at, inside] of cases) assert.equal(insideWord(text, at), inside, `${text} @${at}`);
});

test("word-match: the time rules find exactly what their lookbehind form finds, on the seeds and real pages", () => {
  const texts = readdirSync(sharedPath("seeds")).map((f) => readFileSync(sharedPath("seeds", f), "utf8"));
  const dir = sharedPath("data", "trafilatura-eval", "eval");
  // a slice of real pages in several languages: markup and all, which is harder than clean text
  texts.push(...readdirSync(dir).sort().slice(0, 40).map((f) => gunzipSync(readFileSync(`${dir}/${f}`)).toString("utf8")));
  let found = 0;
  for (const rule of timeRules) {
    const slow = new RegExp(rule.source(), "gu");
    const fast = wordMatcher(rule.source(), "gu");
    for (const text of texts) {
      const expected = spans([...text.matchAll(slow)]);
      assert.deepEqual(spans(fast.all(text)), expected, rule.id);
      found += expected.length;
    }
  }
  assert.ok(found > 500, `the rules found ${found} times`);
});
