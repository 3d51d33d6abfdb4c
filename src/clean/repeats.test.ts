import { test } from "node:test";
import assert from "node:assert/strict";
import { repeats, type Repeat } from "./repeats.js";

const lede =
  "The Kremlin said on Friday that talks on a peace treaty with Japan were impossible while Tokyo kept its sanctions in place.";
const second = "Tokyo says the islands are an inherent part of Japan and were illegally occupied after the war.";

const table: { name: string; paragraphs: string[]; expected: Repeat[] }[] = [
  {
    name: "a paragraph printed twice keeps its first occurrence",
    paragraphs: [lede, second, lede],
    expected: [{ index: 2, ruleId: "repeat/duplicate", of: 0 }],
  },
  {
    name: "a block printed twice loses its second copy",
    paragraphs: [lede, second, lede, second],
    expected: [
      { index: 2, ruleId: "repeat/duplicate", of: 0 },
      { index: 3, ruleId: "repeat/duplicate", of: 1 },
    ],
  },
  {
    name: "copies that differ only in quotes, dashes, spaces and case are duplicates",
    paragraphs: [`Japan’s position — “firm”,  he said, and ${second}`, `JAPAN'S POSITION - "FIRM", he said, and ${second}`],
    expected: [{ index: 1, ruleId: "repeat/duplicate", of: 0 }],
  },
  {
    name: "a teaser cut off with an ellipsis gives way to the full paragraph",
    paragraphs: ["The Kremlin said on Friday that talks on a peace treaty ...", second, lede],
    expected: [{ index: 0, ruleId: "repeat/teaser", of: 2 }],
  },
  {
    name: "a teaser cut mid-word with '…' still matches",
    paragraphs: [lede, "The Kremlin said on Friday that talks on a pea…"],
    expected: [{ index: 1, ruleId: "repeat/teaser", of: 0 }],
  },
  {
    name: "a standfirst that is the first sentence of a later paragraph is dropped",
    paragraphs: ["Moscow and Tokyo never signed a peace treaty after the Second World War", second, `Moscow and Tokyo never signed a peace treaty after the Second World War. ${second}`],
    expected: [{ index: 0, ruleId: "repeat/teaser", of: 2 }],
  },
  {
    name: "a list item that opens a longer list item is not a teaser (no sentence end there)",
    paragraphs: ["Protein shake with one cup of blueberries and oats", "Protein shake with one cup of blueberries and oats, two rice cakes"],
    expected: [],
  },
  {
    name: "short lines may repeat (list items, separators)",
    paragraphs: ["* * *", lede, "* * *", "See the full list", second, "See the full list"],
    expected: [],
  },
  {
    name: "a line printed three or more times is page structure, not a copy",
    paragraphs: [
      "What inspired you to start cooking for a living, and what do you cook at home?",
      "My grandmother, who ran a small restaurant in the town where I grew up.",
      "What inspired you to start cooking for a living, and what do you cook at home?",
      "Travelling through Asia after university, when I had no money at all.",
      "What inspired you to start cooking for a living, and what do you cook at home?",
    ],
    expected: [],
  },
  {
    name: "different paragraphs sharing an opening are both kept",
    paragraphs: [lede, "The Kremlin said on Friday that it had no plans to hold a summit this year."],
    expected: [],
  },
];

for (const { name, paragraphs, expected } of table) {
  test(`repeats: ${name}`, () => {
    assert.deepEqual(repeats(paragraphs), expected);
  });
}

test("repeats: empty and blank paragraphs are ignored", () => {
  assert.deepEqual(repeats([]), []);
  assert.deepEqual(repeats(["", "  ", lede]), []);
});
