import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../core/doc.js";
import { loadPack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { processPage } from "../pipeline/process.js";
import { readInputs } from "../read/index.js";
import type { Extraction } from "./types.js";
import { MIN_WORDS, readLanguage } from "./language.js";

const ctx = { pack: loadPack() };

async function processed(...path: string[]): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const item of readInputs([sharedPath(...path)])) if ("page" in item) docs.push(processPage(item.page, ctx));
  return docs;
}

const notEnglish = (d: Doc) => d.messages.find((m) => m.ruleId === "extract/not-english");

test("language: the seeds and English news pages are read; their statements are found", async () => {
  for (const d of [...(await processed("seeds")), ...(await processed("data", "fundus-news-html", "uk", "BBC_2026_04_25.html.gz"))]) {
    assert.equal(notEnglish(d), undefined, d.source);
    assert.ok((d.data.extract as Extraction).statements.length > 0, d.source);
  }
});

test("language: a German and a French page are not read for statements, and the message names the language", async () => {
  for (const [file, name] of [
    ["adac.de.kindersitze.html.gz", "German"],
    ["franceculture.fr.idees.html.gz", "French"],
  ] as const) {
    const [d] = await processed("data", "trafilatura-eval", "cache", file);
    assert.ok(d && d.text.length > 1000, file);
    assert.match(notEnglish(d)?.reason ?? "", new RegExp(`reads as ${name}: \\d+ % of its words are ${name} function words, \\d % English ones`), file);
    assert.equal(notEnglish(d)?.severity, "warning");
    const x = d.data.extract as Extraction;
    assert.deepEqual([x.mentions.length, x.statements.length, x.events?.length ?? 0], [0, 0, 0], file);
    // what cleaning and describing found is kept
    assert.ok(d.meta.title?.value, file);
  }
});

test("language: a Japanese page is told by its script", async () => {
  const [d] = await processed("data", "fundus-news-html", "jp", "AsahiShimbun_2025_01_13.html.gz");
  assert.match(notEnglish(d!)?.reason ?? "", /\d+ % of its letters are in Japanese script/);
  assert.equal((d!.data.extract as Extraction).statements.length, 0);
});

test("language: too few words to tell is read as English; a long text with few English function words is not", () => {
  const short = "Der Kreml hat die Gespräche über einen Friedensvertrag mit Japan abgesagt, sagte Peskow.";
  assert.ok(short.split(" ").length < MIN_WORDS);
  assert.deepEqual(readLanguage(short), { english: true });
  const list = Array.from({ length: 60 }, (_, i) => `Item${i} Sport Politik Kultur`).join("\n");
  const read = readLanguage(list);
  assert.equal(read.english, false);
  assert.match(!read.english ? read.reason : "", /^only 0 % of its words are English function words$/);
  assert.deepEqual(readLanguage(""), { english: true });
});

test("language: function words spelt past ASCII count, capitalised or not (Polish, Swedish), and Cyrillic is told by its script", async () => {
  for (const [dir, file, name] of [
    ["pl", "Rzeczpospolita_2025_02_02.html.gz", "Polish"],
    ["se", "Aftonbladet_2026_01_08.html.gz", "Swedish"],
  ] as const) {
    const [d] = await processed("data", "fundus-news-html", dir, file);
    assert.match(notEnglish(d!)?.reason ?? "", new RegExp(`reads as ${name}:`), file);
  }
  // "ŻE" in a headline is the function word "że" as much as the lower-case one is
  const polish = "Rząd twierdzi, że ten plan nie jest już możliwy, ale się zmieni. ".repeat(8);
  const shouted = polish.replace(/że/g, "ŻE").replace(/już/g, "JUŻ").replace(/się/g, "SIĘ");
  const read = readLanguage(polish);
  assert.match(!read.english ? read.reason : "", /^it reads as Polish: 50 % of its words/);
  assert.deepEqual(readLanguage(shouted), readLanguage(polish));
  const [ru] = await processed("data", "fundus-news-html", "ru", "Kommersant_2025_05_14.html.gz");
  assert.match(notEnglish(ru!)?.reason ?? "", /\d+ % of its letters are in Cyrillic script/);
});
