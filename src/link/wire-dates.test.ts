import { test } from "node:test";
import assert from "node:assert/strict";
import type { Published } from "../core/types.js";
import type { Member } from "./doc-groups.js";
import { wireDates } from "./wire-dates.js";

// Which member of a group of copies takes the group's date, and which keeps its own: one row per case.

const stated = (date: string, basis = "meta article:published_time"): Published => ({
  date, precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year", basis, ruleId: "published/meta", inferred: false,
});
const inferred = (date: string): Published => ({ ...stated(date, "offices held"), ruleId: "published/inferred", inferred: true });
const crawl: Published = { date: "2024-05-18", precision: "day", basis: "WARC-Date", ruleId: "published/crawl", inferred: false, crawl: true };
const none: Published = { date: null, precision: null, basis: "no date found", ruleId: "published/none", inferred: false };

const member = (id: string, own: Published): Member => ({ id, title: `title of ${id}`, shingles: new Uint32Array(), own });

const cases: [string, Published[], (string | null)[]][] = [
  ["no date and a crawl date take the stated day", [stated("2022-05-04"), none, crawl], ["2022-05-04", "2022-05-04", "2022-05-04"]],
  ["a stated month is made precise by a day inside it", [stated("2022-05-04"), stated("2022-05")], ["2022-05-04", "2022-05-04"]],
  ["a stated month outside the day keeps its own", [stated("2022-05-04"), stated("2022-06")], ["2022-05-04", "2022-06"]],
  ["a republication stating another day keeps it", [stated("2022-05-04"), stated("2022-05-09")], ["2022-05-04", "2022-05-09"]],
  ["an inferred date yields to a stated one", [stated("2022-05-04"), inferred("2022-05-06")], ["2022-05-04", "2022-05-04"]],
  ["an inferred day stays when the stated date is coarser", [stated("2022-05"), inferred("2022-05-06")], ["2022-05", "2022-05-06"]],
  ["the most precise stated date wins, whichever member states it", [none, stated("2022"), stated("2022-05-04")], ["2022-05-04", "2022-05-04", "2022-05-04"]],
  ["without any date nothing changes", [none, crawl], [null, "2024-05-18"]],
];

for (const [name, owns, expected] of cases) {
  test(`wire dates: ${name}`, () => {
    const members = owns.map((own, i) => member(`d_${i}`, own));
    const dates = wireDates(members);
    assert.deepEqual(members.map((m) => dates.get(m.id)!.date), expected);
    for (const m of members) {
      const d = dates.get(m.id)!;
      if (d === m.own) continue;
      assert.equal(d.ruleId, "published/wire-copy");
      assert.equal(d.inferred, true);
      assert.match(d.basis, /^wire copy of d_\d \('title of d_\d'\) published \d{4}/);
    }
  });
}
