import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "./sentences.js";

// Table test: text → the sentences, as written. Cases in the style of wire copy.
const cases: { name: string; text: string; sentences: string[] }[] = [
  {
    name: "titles and initials do not end a sentence",
    text: "Mr. Kishida met Gen. Valery Gerasimov in St. Petersburg. V. Putin was not there. J.R.R. Tolkien was cited.",
    sentences: ["Mr. Kishida met Gen. Valery Gerasimov in St. Petersburg.", "V. Putin was not there.", "J.R.R. Tolkien was cited."],
  },
  {
    name: "an initialism ends a sentence only before a word that opens one",
    text: "The talks were held in the U.S. State Department. Officials flew to the U.S. The talks then moved to Tokyo.",
    sentences: ["The talks were held in the U.S. State Department.", "Officials flew to the U.S.", "The talks then moved to Tokyo."],
  },
  {
    name: "number abbreviations and dates",
    text: "Resolution No. 2758 was adopted on Jan. 15 by a vote of 76 to 35. It passed.",
    sentences: ["Resolution No. 2758 was adopted on Jan. 15 by a vote of 76 to 35.", "It passed."],
  },
  {
    name: "decimals and figures stay whole",
    text: "Trade fell 3.5 percent to $1.2 billion. Exports rose.",
    sentences: ["Trade fell 3.5 percent to $1.2 billion.", "Exports rose."],
  },
  {
    name: "a quotation closing with a comma goes on into its attribution",
    text: "\"The issue remains closed for us,\" the diplomat said. Tokyo disagreed.",
    sentences: ["\"The issue remains closed for us,\" the diplomat said.", "Tokyo disagreed."],
  },
  {
    name: "a quotation of two sentences is two sentences; a period inside the marks ends one",
    text: "“We welcome this statement. We are in favour of a treaty,” Peskov said. “They support the sanctions.” He left.",
    sentences: ["“We welcome this statement.", "We are in favour of a treaty,” Peskov said.", "“They support the sanctions.”", "He left."],
  },
  {
    name: "a question inside a quotation followed by its attribution",
    text: "\"Why should we wait?\" she asked. Nobody answered.",
    sentences: ["\"Why should we wait?\" she asked.", "Nobody answered."],
  },
  {
    name: "an ellipsis before a capital ends a sentence, before lower case it does not",
    text: "The minister paused … and went on. Then he left... The room was silent.",
    sentences: ["The minister paused … and went on.", "Then he left...", "The room was silent."],
  },
  {
    name: "a paragraph break always ends a sentence",
    text: "Beijing protested the patrol\n\nThe coast guard said the ships left",
    sentences: ["Beijing protested the patrol", "The coast guard said the ships left"],
  },
  {
    name: "a TASS dateline is no sentence and takes none",
    text: "MOSCOW, February 10. /TASS/. The issue remains closed, Zakharova told a briefing on Friday.\n\nShe added nothing.",
    sentences: ["The issue remains closed, Zakharova told a briefing on Friday.", "She added nothing."],
  },
  {
    name: "a dateline without punctuation before the first word",
    text: "Moscow, Oct 24 The Kremlin spokesperson affirmed commitment to peace.",
    sentences: ["The Kremlin spokesperson affirmed commitment to peace."],
  },
  {
    name: "a dateline with an agency and a dash",
    text: "BUENOS AIRES, April 2 (Reuters) - Argentina renewed its claim to the Falklands. London rejected it.",
    sentences: ["Argentina renewed its claim to the Falklands.", "London rejected it."],
  },
];

for (const c of cases) {
  test(`splitSentences: ${c.name}`, () => {
    assert.deepEqual(
      splitSentences(c.text).map((s) => s.text),
      c.sentences,
    );
  });
}

test("splitSentences: offsets point into the text and paragraphs are counted", () => {
  const text = "ISLAMABAD, May 7 (AP) — Pakistan said it shot down five jets. India denied it.\n\nThe talks stalled.";
  const sentences = splitSentences(text);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 0, 1]);
});
