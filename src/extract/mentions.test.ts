import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack } from "../core/pack.js";
import { findMentions } from "./mentions.js";
import { splitSentences } from "./sentences.js";
import type { Mention } from "./types.js";

// Table test: text → the mentions that can speak (people, institutions, governments), as
// "<words> = <entity name> [<title>]" in text order. Places and pronouns are left out of the table.

const pack = loadPack();

function mentions(text: string, withPack: boolean, date?: string): Mention[] {
  return findMentions(text, splitSentences(text), { pack: withPack ? pack : null, date: date ?? null });
}

const shown = (m: Mention): string => `${m.text} = ${m.entity.name}${m.title ? ` [${m.title.text}]` : ""}`;
const speakers = (list: Mention[]): string[] => list.filter((m) => m.form !== "pronoun" && m.entity.kind !== "place").map(shown);

const cases: { name: string; text: string; pack: boolean; date?: string; expect: string[] }[] = [
  {
    name: "titles before names, with the pack's canonical names and transliterations",
    text: "Russian Ambassador to Japan Nikolay Nozdrev met Japan's new Prime Minister Sanae Takaichi.",
    pack: true,
    expect: ["Nikolay Nozdrev = Nikolai Nozdrev [Russian Ambassador to Japan]", "Sanae Takaichi = Sanae Takaichi [Japan's new Prime Minister]"],
  },
  {
    name: "the same names without a pack come from the text",
    text: "Russian Ambassador to Japan Nikolay Nozdrev met Japan's new Prime Minister Sanae Takaichi.",
    pack: false,
    expect: ["Nikolay Nozdrev = Nikolay Nozdrev [Russian Ambassador to Japan]", "Sanae Takaichi = Sanae Takaichi [Japan's new Prime Minister]"],
  },
  {
    name: "institutions and capitals standing for governments",
    text: "The Russian Foreign Ministry and the Kremlin said Moscow would not yield. Japan's Foreign Ministry disagreed, and Tokyo maintains its claim.",
    pack: true,
    expect: [
      "Russian Foreign Ministry = Russian Foreign Ministry",
      "Kremlin = Kremlin",
      "Moscow = Government of Russia",
      "Japan’s Foreign Ministry = Japanese Foreign Ministry".replace("’", "'"),
      "Tokyo = Government of Japan",
    ],
  },
  {
    name: "other disputes without a pack: demonyms, possessives and capitals",
    text: "The Chinese Foreign Ministry rejected the claim. Beijing said Tokyo must stop. Argentina's Foreign Ministry and the British government also spoke.",
    pack: false,
    expect: ["Chinese Foreign Ministry = Chinese Foreign Ministry", "Beijing = China", "Tokyo = Japan", "Argentina's Foreign Ministry = Argentine Foreign Ministry", "British government = United Kingdom"],
  },
  {
    name: "a title alone resolves to the holder of the office on the document's date",
    text: "The Kremlin spokesman declined to comment.",
    pack: true,
    date: "2019-06-01",
    expect: ["Kremlin spokesman = Dmitry Peskov [Kremlin spokesman]"],
  },
  {
    name: "a surname alone links back to the full name; a name in a speaker's place is kept",
    text: "Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch spoke on Friday. \"We will respond,\" Baloch said. Jaishankar said talks were off.",
    pack: false,
    expect: [
      "Mumtaz Zahra Baloch = Mumtaz Zahra Baloch [Pakistan's Foreign Office spokesperson]",
      "Baloch = Mumtaz Zahra Baloch",
      "Jaishankar = Jaishankar",
    ],
  },
  {
    name: "a name after a comma-set title, and an appositive title after a name",
    text: "The Argentine envoy to London, Javier Figueroa, met Grant Shapps, the British defence secretary, on Monday.",
    pack: false,
    expect: ["Javier Figueroa = Javier Figueroa [Argentine envoy to London]", "Grant Shapps = Grant Shapps [British defence secretary]"],
  },
  {
    name: "treaties, islands and common nouns opening a sentence are no people",
    text: "Officials said the San Francisco Peace Treaty did not cover the Senkaku Islands. Models suggest the dispute will last.",
    pack: false,
    // "Officials" is a group the speaker rules resolve to the body that spoke before, not a person.
    expect: ["Officials = Officials [Officials]"],
  },
  {
    name: "bodies named in full: a head with its own name after \"of\"/\"for\", a demonym before a body's name, a name before a head",
    text: "The Indonesian Agency for Meteorology and Geophysics briefed the Kurdish National Council and the Congressional Budget Office.",
    pack: false,
    expect: [
      "Indonesian Agency for Meteorology and Geophysics = Indonesian Agency for Meteorology and Geophysics",
      "Kurdish National Council = Kurdish National Council",
      "Congressional Budget Office = Congressional Budget Office",
    ],
  },
  {
    name: "a time after an institution is not part of its name; a title's portfolio is part of the title",
    text: "The Moroccan Defence Ministry on Sunday thanked the UN High Commissioner for Refugees.",
    pack: false,
    expect: ["Moroccan Defence Ministry = Moroccan Defence Ministry", "UN High Commissioner for Refugees = UN High Commissioner for Refugees [UN High Commissioner for Refugees]"],
  },
  {
    name: "\"US\" alone is the country even where the pack reads it as an adjective (\"US officials\")",
    text: "The US agreed, and US officials left.",
    pack: true,
    expect: ["US = Government of the United States", "US officials = Government of the United States [US officials]"],
  },
];

for (const c of cases) {
  test(`findMentions: ${c.name}`, () => {
    assert.deepEqual(speakers(mentions(c.text, c.pack, c.date)), c.expect);
  });
}

test("findMentions: gender from the pack, from titles and honorifics, and from the pronouns that follow", () => {
  const text = "Foreign Ministry Spokeswoman Mao Ning spoke first. Mr. Hayashi replied. Then Lin Jian took the floor. He said little.";
  const byName = new Map(mentions(text, false).map((m) => [m.entity.name, m.entity.gender]));
  assert.equal(byName.get("Mao Ning"), "female");
  assert.equal(byName.get("Hayashi"), "male");
  assert.equal(byName.get("Lin Jian"), "male"); // from the "He" that opens the next sentence
  const withPack = new Map(mentions("Zakharova and Lavrov arrived.", true).map((m) => [m.entity.name, m.entity.gender]));
  assert.equal(withPack.get("Maria Zakharova"), "female");
  assert.equal(withPack.get("Sergei Lavrov"), "male");
});

test("findMentions: entity keys are stable across documents", () => {
  const a = mentions("Chinese Foreign Ministry spokesman Lin Jian said so.", false).find((m) => m.entity.name === "Lin Jian")!;
  const b = mentions("\"No,\" said Lin Jian, a spokesman.", false).find((m) => m.entity.name === "Lin Jian")!;
  assert.equal(a.entity.key, "text:person:lin jian");
  assert.equal(a.entity.key, b.entity.key);
  const peskov = mentions("Peskov said so.", true).find((m) => m.text === "Peskov")!;
  assert.equal(peskov.entity.key, "pack:RU-PESKOV");
});
