import { test } from "node:test";
import assert from "node:assert/strict";
import { snippet } from "./snippet.js";
import { indexText, tokens } from "./search-words.js";

test("search words: folded like SQLite's unicode61, whatever the server's locale", () => {
  const cases: Array<[string, string]> = [
    ["Talks in Tōkyō", "talks in tokyo"],
    ["the Russia–Japan treaty", "the russia japan treaty"],
    ["Japan’s note", "japan s note"],
    ["МОСКВА, Feb. 10 /TASS/", "москва feb 10 tass"],
    ["cafe\u0301s — 2023-02-10", "cafes 2023 02 10"],
    ["   ", ""],
  ];
  for (const [text, words] of cases) assert.equal(indexText(text), words, text);
  const [t] = tokens("  Zürich!");
  assert.deepEqual(t, { start: 2, end: 8, folded: "zurich" });
});

test("snippet: a passage around the best match, phrases marked as one, cuts marked with …", () => {
  const words = (n: number, w: string): string => Array.from({ length: n }, () => w).join(" ");
  const text = `${words(30, "filler")} Maria Zakharova told a briefing that the peace treaty talks were over. ${words(30, "tail")}`;
  assert.equal(
    snippet(text, [["zakharova"], ["peace", "treaty"]]),
    "…filler filler Maria **Zakharova** told a briefing that the **peace treaty** talks were over. tail tail…",
  );
  // at the very start: nothing cut before
  assert.equal(snippet("Peace treaty talks resumed.", [["peace", "treaty"]]), "**Peace treaty** talks resumed.");
  // the window with more of the terms wins over the first match
  const far = `Zakharova spoke. ${words(40, "x")} Zakharova and Peskov met. ${words(40, "y")}`;
  assert.match(snippet(far, [["zakharova"], ["peskov"]]), /\*\*Zakharova\*\* and \*\*Peskov\*\* met/);
  // matched only in the title: the beginning of the text, unmarked
  assert.equal(snippet(`Opening words here. ${words(30, "z")}`, [["absent"]]), `Opening words here. ${words(13, "z")}…`);
  // diacritics and case do not stop a match
  assert.match(snippet("Talks in Tōkyō ended.", [["tokyo"]]), /\*\*Tōkyō\*\*/);
});
