import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  actorByAlias,
  DEFAULT_PACK_PATH,
  datesWhen,
  eventByName,
  eventsIn,
  holderOn,
  intersect,
  loadPack,
  officeByTitle,
  officesOf,
  placeByName,
  validatePack,
  type Pack,
} from "./pack.js";
import { sharedPath } from "./paths.js";

const pack = loadPack();
const raw = (): Pack => JSON.parse(readFileSync(DEFAULT_PACK_PATH, "utf8")) as Pack;
const ids = (list: Array<{ id: string }>): string[] => list.map((x) => x.id);

test("the shipped pack validates with no errors", () => {
  const result = validatePack(raw());
  assert.deepEqual(result.errors, []);
  assert.equal(result.ok, true);
  // The known vacancies: no Russian ambassador in Tokyo between Galuzin and Nozdrev; no press secretary of
  // the President between Putin's inauguration (2012-05-07) and Peskov's decree (2012-05-22); no deputy
  // minister recorded for Asia between Morgulov's release (2022-09-13) and the December 2022 distribution
  // of portfolios (given to the month, so the gap runs to 2022-11-30).
  for (const gap of [
    "ru-amb-jp: no holder recorded 2022-11-26..2024-01-18",
    "ru-kremlin-spokesperson: no holder recorded 2012-05-08..2012-05-21",
    "ru-deputy-fm-asia: no holder recorded 2022-09-14..2022-11-30",
  ]) {
    assert.ok(result.warnings.includes(gap), result.warnings.join("\n"));
  }
});

test("transliteration variants find the same actor", () => {
  const same: Array<[string, string[]]> = [
    ["RU-NOZDREV", ["Nikolay Nozdrev", "Nikolai Nozdrev", "Nikolai Nozdryov", "Nozdrev", "N. Nozdrev"]],
    ["RU-LAVROV", ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"]],
    ["RU-PESKOV", ["Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov", "PESKOV"]],
    ["RU-ZAKHAROVA", ["Maria Zakharova", "Mariya Zakharova"]],
    ["RU-AFANASIEV", ["Yevgeny Afanasiev", "Evgeny Afanasyev", "Yevgeniy Afanasyev"]],
    ["RU-LUKASHEVICH", ["Alexander Lukashevich", "Aleksandr Lukashevich"]],
    ["RU-RUDENKO", ["Andrei Rudenko", "Andrey Rudenko"]],
    ["JP-KONO", ["Taro Kono", "Tarō Kōno", "Kono Taro", "Kouno"]],
    ["JP-GEMBA", ["Koichiro Gemba", "Koichiro Genba"]],
    ["CN-XI", ["Xi Jinping", "Xi"]],
  ];
  for (const [id, names] of same) {
    for (const name of names) assert.equal(actorByAlias(pack, name)?.id, id, name);
  }
});

test("institutions, capitals and countries stand for their governments", () => {
  assert.equal(actorByAlias(pack, "the Kremlin")?.id, "RU-KREMLIN");
  assert.equal(actorByAlias(pack, "Moscow")?.id, "RU-GOV");
  assert.equal(actorByAlias(pack, "Moscow", { date: "1956-10-19" })?.id, "SU-GOV");
  assert.equal(actorByAlias(pack, "Tokyo")?.id, "JP-GOV");
  assert.equal(actorByAlias(pack, "Russia’s Foreign Ministry")?.id, "RU-MFA");
  // "the Foreign Ministry" needs the country from context.
  assert.equal(actorByAlias(pack, "the Foreign Ministry"), undefined);
  assert.equal(actorByAlias(pack, "the Foreign Ministry", { country: "RU" })?.id, "RU-MFA");
  assert.equal(actorByAlias(pack, "the Foreign Ministry", { country: "JP" })?.id, "JP-MOFA");
  assert.equal(actorByAlias(pack, "TASS")?.speaker, false);
});

test("every speaker of the gold annotations is an actor of the right country", () => {
  const lines = readFileSync(sharedPath("gold", "seeds.jsonl"), "utf8").split("\n").filter((l) => l.trim() !== "");
  let checked = 0;
  for (const line of lines) {
    const doc = JSON.parse(line) as { statements: Array<{ speaker: string; speaker_also?: string[]; speaker_country: string }> };
    for (const s of doc.statements) {
      const actor = actorByAlias(pack, s.speaker, { country: s.speaker_country });
      assert.equal(actor?.country, s.speaker_country, s.speaker);
      for (const also of s.speaker_also ?? []) assert.ok(actorByAlias(pack, also), `speaker_also "${also}"`);
      checked++;
    }
  }
  assert.ok(checked >= 40, `only ${checked} statements`);
});

test("titles as news text writes them find the office", () => {
  const cases: Array<[string, string | undefined, string]> = [
    ["Russian President", undefined, "ru-president"],
    ["Russia's President", undefined, "ru-president"],
    ["President", "RU", "ru-president"],
    ["Kremlin spokesperson", undefined, "ru-kremlin-spokesperson"],
    ["Putin's spokesman", undefined, "ru-kremlin-spokesperson"],
    ["Russian Ambassador to Japan", undefined, "ru-amb-jp"],
    ["Russia’s ambassador to Japan", undefined, "ru-amb-jp"],
    ["Japanese Prime Minister", undefined, "jp-pm"],
    ["Japan's premier", undefined, "jp-pm"],
    ["PM", "JP", "jp-pm"],
    ["Chief Cabinet Secretary", undefined, "jp-ccs"],
    ["top government spokesman", "JP", "jp-ccs"],
  ];
  for (const [title, country, office] of cases) {
    assert.equal(officeByTitle(pack, title, country ? { country } : undefined)?.id, office, title);
  }
  assert.equal(officeByTitle(pack, "President"), undefined, "a bare title needs the country");
});

test("holderOn answers at day, month and year precision", () => {
  assert.deepEqual(ids(holderOn(pack, "jp-pm", "2023-02-10")), ["JP-KISHIDA"]);
  assert.deepEqual(ids(holderOn(pack, "jp-fm", "2023-02")), ["JP-HAYASHI"]);
  assert.deepEqual(ids(holderOn(pack, "ru-kremlin-spokesperson", "2019-01")), ["RU-PESKOV"]);
  assert.deepEqual(ids(holderOn(pack, "jp-pm", "2020-09")), ["JP-ABE", "JP-SUGA"]);
  assert.deepEqual(ids(holderOn(pack, "jp-fm", "2021-11-07")), ["JP-KISHIDA"]);
  assert.deepEqual(ids(holderOn(pack, "ru-amb-jp", "2023")), [], "vacant all of 2023");
  assert.deepEqual(ids(holderOn(pack, "jp-pm", "2025-10-24")), ["JP-TAKAICHI"]);
});

test("offices held together give the window an article can date from", () => {
  assert.deepEqual(intersect(datesWhen(pack, "JP-ABE", "jp-pm"), datesWhen(pack, "JP-KONO", "jp-fm")), [
    { start: "2017-08-03", end: "2019-09-11" },
  ]);
  assert.deepEqual(intersect(datesWhen(pack, "JP-KISHIDA", "jp-pm"), datesWhen(pack, "JP-HAYASHI", "jp-fm")), [
    { start: "2021-11-10", end: "2023-09-13" },
  ]);
  assert.deepEqual(
    officesOf(pack, "JP-KISHIDA").map((h) => h.office.id),
    ["jp-fm", "jp-pm", "jp-fm"],
  );
});

test("titled names in the seed articles match the holders on their publication dates", () => {
  const seeds: Array<[string, string, string, string, string]> = [
    ["000_1cc511142c460caa", "2025-05-05", "Russian Ambassador to Japan", "Nikolay Nozdrev", "RU"],
    ["000_1cc511142c460caa", "2025-05-05", "Japanese Prime Minister", "Shigeru Ishiba", "JP"],
    ["001_cff2482fec23f13e", "2025-10-24", "Prime Minister", "Sanae Takaichi", "JP"],
    ["002_fb73e6d43d6d6af0", "2024-04-03", "Russian Ambassador to Japan", "Nikolai Nozdrev", "RU"],
    ["003_ff6a0fcddfbc72fb", "2019-01", "Prime Minister", "Shinzo Abe", "JP"],
    ["003_ff6a0fcddfbc72fb", "2019-01", "Foreign Minister", "Sergei Lavrov", "RU"],
    ["004_1d70131682665344", "2023-02-10", "Prime Minister", "Fumio Kishida", "JP"],
    ["004_1d70131682665344", "2023-02-10", "Foreign Minister", "Yoshimasa Hayashi", "JP"],
  ];
  for (const [seed, date, title, name, country] of seeds) {
    const text = readFileSync(sharedPath("seeds", `${seed}.txt`), "utf8");
    assert.ok(text.includes(`${title} ${name}`), `${seed} says "${title} ${name}"`);
    const office = officeByTitle(pack, title, { country });
    const actor = actorByAlias(pack, name);
    assert.ok(office && actor, `${title} / ${name}`);
    assert.ok(ids(holderOn(pack, office.id, date)).includes(actor.id), `${name} was ${office.id} on ${date}`);
  }
});

test("places are found by either side's name", () => {
  assert.equal(placeByName(pack, "Etorofu")?.id, "iturup");
  assert.equal(placeByName(pack, "Iturup")?.id, "iturup");
  assert.equal(placeByName(pack, "Kunashiri")?.id, "kunashir");
  assert.equal(placeByName(pack, "the Northern Territories")?.id, "southern-kurils");
  assert.equal(placeByName(pack, "South Kurils")?.id, "southern-kurils");
  assert.equal(placeByName(pack, "Lesser Kurils")?.id, "lesser-kuril-chain");
  assert.equal(placeByName(pack, "Chishima")?.id, "kuril-islands");
});

test("events are found by name and in running text", () => {
  assert.equal(eventByName(pack, "the 1956 declaration")?.id, "joint-declaration-1956");
  assert.equal(eventByName(pack, "the 1956 joint declaration")?.id, "joint-declaration-1956");
  assert.equal(eventByName(pack, "the Singapore agreement")?.date, "2018-11-14");
  const text = readFileSync(sharedPath("seeds", "003_ff6a0fcddfbc72fb.txt"), "utf8");
  const found = new Set(eventsIn(pack, text).map((m) => m.event.id));
  assert.ok(found.has("potsdam-declaration-1945") && found.has("joint-declaration-1956"), [...found].join(", "));
  for (const m of eventsIn(pack, text)) assert.equal(text.slice(m.start, m.end), m.text);
});
