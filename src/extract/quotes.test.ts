import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuotes } from "./quotes.js";

// Table test: text → the words inside each quotation, and whether its marks were found.
const cases: { name: string; text: string; quotes: string[]; open?: boolean[]; close?: boolean[] }[] = [
  { name: "curly marks", text: "“We will not give up the islands,” he said.", quotes: ["We will not give up the islands,"] },
  { name: "straight marks", text: "\"The door is open,\" Lavrov said. \"Talks go on.\"", quotes: ["The door is open,", "Talks go on."] },
  { name: "guillemets", text: "Il a dit: «Nous restons prêts au dialogue.»", quotes: ["Nous restons prêts au dialogue."] },
  { name: "low-high marks", text: "Er sagte: „Die Frage ist offen.“ Dann ging er.", quotes: ["Die Frage ist offen."] },
  {
    name: "nested single quotes and apostrophes stay inside",
    text: "“Japan’s policy is to resolve the issue of the ‘northern territories’ and conclude a treaty,” she said.",
    quotes: ["Japan’s policy is to resolve the issue of the ‘northern territories’ and conclude a treaty,"],
  },
  {
    name: "single quotes carry a paragraph without double ones; apostrophes are not marks",
    text: "‘Beijing’s claim has no basis,’ the minister told MPs. ‘We will defend the islands.’",
    quotes: ["Beijing’s claim has no basis,", "We will defend the islands."],
  },
  {
    name: "a paragraph opening without its mark",
    text: "Our main goal is not to give or receive anything, but to sign a peace treaty,” Peskov said on Sunday.",
    quotes: ["Our main goal is not to give or receive anything, but to sign a peace treaty,"],
    open: [false],
    close: [true],
  },
  {
    name: "a quotation running on into the next paragraph is open at the paragraph end",
    text: "Modi said: “India will respond to every attack.\n\n“Terror and talks cannot go together,” he said.",
    quotes: ["India will respond to every attack.", "Terror and talks cannot go together,"],
    open: [true, true],
    close: [false, true],
  },
  { name: "a fragment in the middle of a sentence", text: "He called the idea “outrageous,” raising the issue.", quotes: ["outrageous,"] },
  { name: "no marks, no quotations", text: "Tokyo maintains that the islands are Japanese.", quotes: [] },
];

for (const c of cases) {
  test(`findQuotes: ${c.name}`, () => {
    const found = findQuotes(c.text);
    assert.deepEqual(found.map((q) => c.text.slice(q.start, q.end)), c.quotes);
    if (c.open) assert.deepEqual(found.map((q) => q.open >= 0), c.open);
    if (c.close) assert.deepEqual(found.map((q) => q.close >= 0), c.close);
  });
}
