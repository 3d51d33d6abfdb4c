import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack } from "../core/pack.js";
import type { Stance } from "../extract/types.js";
import { StanceTracker, storeShifts, type Run, type Shift, type StancePoint, type Subject } from "./shifts.js";
import { stanceSeries, type SeriesStep } from "./stance.js";
import { withSeedStore } from "./views-test-kit.js";

const pack = loadPack();

async function drain<T, R>(g: AsyncGenerator<T, R>): Promise<{ items: T[]; result: R }> {
  const items: T[] = [];
  let step = await g.next();
  for (; !step.done; step = await g.next()) items.push(step.value);
  return { items, result: step.value };
}

test("shifts on the seeds: Russia goes from closed (May 2025) to open (October 2025), with both statements as evidence", async () => {
  const { items: shifts, result: positions } = await withSeedStore((store) => drain(storeShifts(store, pack)));
  const russia = shifts.filter((s) => s.subject.type === "side" && s.subject.key === "RU");
  const reopening = russia.find((s) => s.from === "closed" && s.to === "open");
  assert.ok(reopening, `Russia's shifts: ${russia.map((s) => `${s.before.date} ${s.from} → ${s.after.date} ${s.to}`).join("; ")}`);
  assert.equal(reopening.subject.name, "Russia");
  assert.match(reopening.before.date, /^2025-05/);
  assert.equal(reopening.before.stance, "closed");
  assert.match(reopening.before.text, /unfeasible|unrealistic/);
  assert.equal(reopening.before.sources[0]!.outlet, "MENAFN");
  assert.match(reopening.after.date, /^2025-10/);
  assert.equal(reopening.after.stance, "open");
  assert.match(reopening.after.text, /welcome|in favour of concluding a peace treaty/);
  assert.ok(reopening.certain, "May and October cannot overlap");
  // the earlier turn: open in January 2019, closed from the ministry's decision of March 2022
  assert.ok(russia.some((s) => s.from === "open" && s.to === "closed" && s.after.date === "2022-03"));
  // Peskov himself: closed in May 2025, open in October 2025
  assert.ok(shifts.some((s) => s.subject.key === "pack:RU-PESKOV" && s.from === "closed" && s.to === "open"));
  // and where Russia stands at the end of the record
  const now = positions.find((r) => r.subject.type === "side" && r.subject.key === "RU")!;
  assert.equal(now.stance, "open");
  assert.equal(now.first.date, "2025-10-24");
});

test("stance series of Russia on the seeds: every dated statement in order, neutral ones included, runs at the end", async () => {
  const subject: Subject = { type: "side", key: "RU", name: "Russia" };
  const { items, result: runs } = await withSeedStore((store) => drain(stanceSeries(store, subject)));
  assert.ok(items.length >= 15);
  for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.point.date <= items[i]!.point.date);
  assert.ok(items.some((s: SeriesStep) => s.point.stance === "neutral"));
  assert.ok(items.every((s) => s.point.speaker.country === "RU"));
  assert.deepEqual(runs.map((r: Run) => r.stance), ["open", "closed", "open"]);
  assert.equal(items.filter((s) => s.shift).length, 2);
});

// In memory: how the tracker treats neutral statements, statements of one day and overlapping dates.
let n = 0;
const point = (date: string, stance: Stance, speaker = "A"): StancePoint => ({
  id: `s_${String(++n).padStart(3, "0")}`, date, precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
  basis: "test", stance, cues: [], speaker: { key: speaker, name: speaker, country: "XX" }, text: `${stance} ${date}`, sources: [],
});
const subject: Subject = { type: "actor", key: "A", name: "A" };
const feed = (days: StancePoint[][]): Shift[] => {
  const tracker = new StanceTracker(() => [subject]);
  return days.flatMap((d) => tracker.addDate(d));
};

test("tracker: neutral statements neither continue nor break a run", () => {
  const shifts = feed([[point("2020-01-01", "closed")], [point("2020-02-01", "neutral")], [point("2020-03-01", "closed")], [point("2020-04-01", "neutral")], [point("2020-05-01", "open")]]);
  assert.equal(shifts.length, 1);
  assert.equal(shifts[0]!.before.date, "2020-03-01", "the last closed statement, not the neutral one after it");
  assert.equal(shifts[0]!.after.date, "2020-05-01");
});

test("tracker: statements of one day continue the run first, so the day makes one shift, marked uncertain", () => {
  const shifts = feed([[point("2021-05-01", "closed")], [point("2021-06-01", "open"), point("2021-06-01", "closed")]]);
  assert.equal(shifts.length, 1);
  assert.equal(shifts[0]!.before.date, "2021-06-01");
  assert.equal(shifts[0]!.certain, false, "two statements of one day may have come the other way round");
});

test("tracker: a year and a month within it overlap, so the order of that shift is not certain", () => {
  const shifts = feed([[point("2018", "open")], [point("2018-11", "closed")], [point("2019-02", "open")]]);
  assert.deepEqual(shifts.map((s) => [s.from, s.to, s.certain]), [["open", "closed", false], ["closed", "open", true]]);
});
