import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "./entities-translit.js";
import { findMentions } from "./mentions.js";
import { splitSentences } from "./sentences.js";

// Table test: spellings of one name share a key; different names keep theirs.

const same: [string, string][] = [
  ["Nikolay Nozdrev", "Nikolai Nozdrev"],
  ["Nozdryov", "Nozdrev"],
  ["Sergey Ryabkov", "Sergei Ryabkov"],
  ["Andrey Rudenko", "Andrei Rudenko"],
  ["Dmitriy Medvedev", "Dmitry Medvedev"],
  ["Dmitrii Medvedev", "Dmitri Medvedev"],
  ["Yuriy Ushakov", "Iurii Ushakov"],
  ["Yury Ushakov", "Yuri Ushakov"],
  ["Yevgeny Primakov", "Evgeny Primakov"],
  ["Mariya Zakharova", "Maria Zakharova"],
  ["Yuliya Tymoshenko", "Iuliia Tymoshenko"],
  ["Volodymyr Zelenskiy", "Volodymyr Zelensky"],
  ["Mikhail Gorbachyov", "Mikhail Gorbachev"],
  ["Vladimir Solovyov", "Vladimir Soloviev"],
  ["Alexei Smirnoff", "Alexei Smirnov"],
];

const different: [string, string][] = [
  ["Lin Jian", "Liu Jian"],
  ["Sergei Lavrov", "Sergei Ryabkov"],
  ["Nikolai Nozdrev", "Nikolai Nozdrin"],
  ["Anna Ivanova", "Anna Ivanov"],
];

test("personKey: transliteration variants of one name share a key", () => {
  for (const [a, b] of same) assert.equal(personKey(a), personKey(b), `${a} / ${b}`);
});

test("personKey: other names keep apart", () => {
  for (const [a, b] of different) assert.notEqual(personKey(a), personKey(b), `${a} / ${b}`);
  // lower case, no accents or dots, like foldName
  assert.equal(personKey("José  Rodríguez"), "jose rodriguez");
});

test("without a pack, two spellings of one person in a document are one entity, and a surname in a third links to it", () => {
  const text =
    "Russian Ambassador to Japan Nikolay Nozdrev spoke to TASS. Later, Ambassador Nikolai Nozdrev repeated the point. " +
    "Nozdryov said the talks were over.";
  const people = findMentions(text, splitSentences(text), { pack: null, date: null }).filter((m) => m.entity.kind === "person" && m.form === "name");
  assert.deepEqual(people.map((m) => m.text), ["Nikolay Nozdrev", "Nikolai Nozdrev", "Nozdryov"]);
  assert.equal(new Set(people.map((m) => m.entity.key)).size, 1, people.map((m) => m.entity.key).join(", "));
  assert.equal(people[0]!.entity.key, "text:person:nikolai nozdrev");
});
