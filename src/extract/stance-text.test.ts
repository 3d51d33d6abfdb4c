import { test } from "node:test";
import assert from "node:assert/strict";
import { spansOf, stanceText, wordsBetween } from "./stance-text.js";
import { stanceVocab } from "./stance-vocab.js";

const vocab = stanceVocab(null);

test("normalising keeps every offset: quotation marks blanked, apostrophes between letters kept", () => {
  const raw = "Tokyo’s “peace overtures” are ‘unrealistic’";
  const t = stanceText(raw, vocab);
  assert.equal(t.norm.length, raw.length);
  assert.equal(t.norm, "Tokyo's  peace overtures  are  unrealistic ");
});

test("'not A but B' is blanked so only B is read; 'not only … but also' is left alone", () => {
  const t = stanceText("Our goal is not to give anything, but to sign a treaty", vocab);
  assert.match(t.norm, /^Our goal is\s+to sign a treaty$/);
  const also = stanceText("Japan not only wants talks but also a treaty", vocab);
  assert.equal(also.norm, "Japan not only wants talks but also a treaty");
});

test("words between two offsets", () => {
  const t = stanceText("ready, if asked, to resume talks", vocab);
  const [talks] = spansOf(vocab.talks, t.norm);
  assert.equal(wordsBetween(t, "ready".length, talks!.start), 4);
});
