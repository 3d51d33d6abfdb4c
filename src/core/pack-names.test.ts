import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack } from "./pack.js";
import { makeFolder, plainKey, surnameOf } from "./pack-names.js";

const pack = loadPack();
const fold = makeFolder(pack.nameFolds);

test("every fold rule's own example folds to one key", () => {
  // Examples read "A = B" or "A = B, C = D" or "A = B = C".
  for (const rule of pack.nameFolds ?? []) {
    for (const group of rule.example.split(", ")) {
      const keys = new Set(group.split(" = ").map(fold));
      assert.equal(keys.size, 1, `${rule.pattern}: ${group} → ${[...keys].join(" | ")}`);
    }
  }
});

test("case, accents, apostrophes, dots, dashes and a leading 'the' do not matter", () => {
  assert.equal(plainKey("the Russian Federation"), "russian federation");
  assert.equal(plainKey("Russia’s Foreign Ministry"), plainKey("Russia's foreign ministry"));
  assert.equal(plainKey("U.S. President"), "us president");
  assert.equal(plainKey("Soviet–Japanese Joint Declaration"), "soviet japanese joint declaration");
  assert.equal(plainKey("Shinzō Abe"), "shinzo abe");
});

test("different people stay apart after folding", () => {
  const persons = pack.actors.filter((a) => a.kind === "person");
  const keys = new Map<string, string>();
  for (const p of persons) {
    const key = fold(p.name);
    assert.equal(keys.get(key), undefined, `${p.id} folds like ${keys.get(key)}`);
    keys.set(key, p.id);
  }
  assert.equal(surnameOf(pack.actors.find((a) => a.id === "CN-XI")!), "Xi");
  assert.equal(surnameOf(pack.actors.find((a) => a.id === "RU-NOZDREV")!), "Nozdrev");
});
