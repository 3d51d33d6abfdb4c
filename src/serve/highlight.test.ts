import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHtml } from "../core/html.js";
import { highlightText } from "./highlight.js";

const text = 'MOSCOW, Feb 10. "Talks are closed," Zakharova said.\n\nShe added: "We wait. <b>Nothing</b> changes," and left.';
const outer = { id: "s_outer", start: text.indexOf("We wait"), end: text.indexOf(" changes,") + 8, stance: "neutral" as const, title: "Z" };
const inner = { id: "s_inner", start: text.indexOf("<b>"), end: text.indexOf("</b>") + 4, stance: "closed" as const, title: "Z" };
const first = { id: "s_first", start: text.indexOf("Talks"), end: text.indexOf(",\""), stance: "closed" as const, title: "Z <1>" };
const speaker = { start: text.indexOf("Zakharova"), end: text.indexOf("Zakharova") + 9, href: "/actors/pack%3ARU-ZAKHAROVA", title: "Maria Zakharova" };

test("paragraphs, marks by stance, the id on the first piece, overlaps marked innermost, words escaped", () => {
  const out = highlightText(text, [outer, inner, first], [speaker]).value;
  const doc = parseHtml(out);
  assert.equal(doc.querySelectorAll("p").length, 2);
  assert.equal(doc.querySelector("#s_first").textContent, "Talks are closed");
  assert.ok(doc.querySelector("#s_first").classList.contains("closed"));
  const outerPieces = [...doc.querySelectorAll('mark[data-statement="s_outer"]')];
  assert.equal(outerPieces.length, 2, "the inner quote splits the outer one");
  assert.equal(doc.querySelectorAll("#s_outer").length, 1);
  assert.equal(doc.querySelector("#s_inner").textContent, "<b>Nothing</b>");
  assert.equal(doc.querySelectorAll("b").length, 0, "article text never becomes markup");
  assert.equal(doc.querySelector("a.speaker").getAttribute("href"), speaker.href);
  assert.equal(doc.querySelector("a.speaker").textContent, "Zakharova");
  assert.equal(doc.body.textContent.replace(/\s+/g, " ").trim(), text.replace(/\s+/g, " "));
});

test("spans past the end of the text or empty are ignored, not thrown on", () => {
  const out = highlightText("Short.", [{ id: "s_x", start: 3, end: 99, stance: "open", title: "" }, { id: "s_y", start: 2, end: 2, stance: "open", title: "" }], []).value;
  const doc = parseHtml(out);
  assert.equal(doc.querySelector("#s_x").textContent, "rt.");
  assert.equal(doc.querySelectorAll("#s_y").length, 0);
});
